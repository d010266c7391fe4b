import type { InitiativeFieldsFragment } from '../../gql/graphql';
import { changedInput, valuesOf } from './initiative-form-values';

const initiative: InitiativeFieldsFragment = {
  __typename: 'Initiative',
  id: 'i1',
  key: 'TL-2',
  title: 'Redesign the caching layer',
  description: null,
  status: 'PLANNED',
  health: 'ON_TRACK',
  startDate: '2027-01-01',
  endDate: '2027-06-30',
  owner: null,
  effortWeeks: 20,
  version: 3,
  externalKey: null,
  externalUrl: null,
  progress: null,
  leadTeam: { __typename: 'Team', id: 'plat', key: 'PLAT', name: 'Platform' },
  teams: [
    { __typename: 'Team', id: 'plat', key: 'PLAT', name: 'Platform' },
    { __typename: 'Team', id: 'chk', key: 'CHK', name: 'Checkout' },
  ],
  goals: [{ __typename: 'Goal', id: 'g1', title: 'Churn' }],
  metrics: [],
};

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
