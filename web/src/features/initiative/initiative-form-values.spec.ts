import { changedInput, valuesOf } from './initiative-form-values';
import { anInitiative, plat } from './test/fixtures';

const initiative = anInitiative({
  startDate: '2027-01-01',
  teams: [plat, { __typename: 'Team', id: 'chk', key: 'CHK', name: 'Checkout' }],
  goals: [{ __typename: 'Goal', id: 'g1', title: 'Churn' }],
});

describe('the initiative form values', () => {
  const initial = valuesOf(initiative);

  it('keeps the lead team out of the contributing teams', () => {
    expect(initial.leadTeamId).toBe('plat');
    expect(initial.otherTeamIds).toEqual(['chk']);
  });

  it('sends nothing when nothing changed', () => {
    expect(changedInput(initial, { ...initial })).toEqual({});
  });

  it('sends only the changed fields, empty text as null and teams with the lead', () => {
    const sut = changedInput(initial, { ...initial, endDate: '2027-07-31', owner: '  ', effortWeeks: '', otherTeamIds: [] });
    expect(sut).toEqual({ endDate: '2027-07-31', effortWeeks: null, teamIds: ['plat'] });
  });

  it('treats the same set of goals in another order as unchanged', () => {
    const two = valuesOf({ ...initiative, goals: [...initiative.goals, { __typename: 'Goal', id: 'g2', title: 'Speed' }] });
    expect(changedInput(two, { ...two, goalIds: ['g2', 'g1'] })).toEqual({});
  });
});
