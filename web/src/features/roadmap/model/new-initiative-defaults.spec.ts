import { newInitiativeDefaults } from './new-initiative-defaults';
import { parseView, type RoadmapView } from './view-state';

const TODAY = '2027-05-14';

function view(overrides: Partial<RoadmapView> = {}): RoadmapView {
  return { ...parseView(new URLSearchParams(), TODAY), ...overrides };
}

describe('defaults of a new initiative on the roadmap', () => {
  it('spans the first quarter of a window that lies ahead', () => {
    const sut = newInitiativeDefaults(view({ from: '2027-07-01', to: '2028-06-30' }), TODAY, 1);
    expect(sut).toMatchObject({ startDate: '2027-07-01', endDate: '2027-09-30' });
  });

  it('spans today’s quarter when the window starts with a quarter that is over', () => {
    const sut = newInitiativeDefaults(view({ from: '2027-01-01', to: '2027-12-31' }), TODAY, 1);
    expect(sut).toMatchObject({ startDate: '2027-04-01', endDate: '2027-06-30' });
  });

  it('keeps the first quarter of a window wholly in the past', () => {
    const sut = newInitiativeDefaults(view({ from: '2026-01-01', to: '2026-06-30' }), TODAY, 1);
    expect(sut).toMatchObject({ startDate: '2026-01-01', endDate: '2026-03-31' });
  });

  it('follows the fiscal calendar', () => {
    const sut = newInitiativeDefaults(view({ from: '2027-08-01', to: '2028-07-31' }), TODAY, 2);
    expect(sut).toMatchObject({ startDate: '2027-08-01', endDate: '2027-10-31' });
  });

  it('leads with the one team the view is filtered to, and serves the goals it is filtered to', () => {
    expect(newInitiativeDefaults(view({ teamIds: ['t1'], goalIds: ['g1', 'g2'] }), TODAY, 1)).toMatchObject({
      leadTeamId: 't1',
      goalIds: ['g1', 'g2'],
    });
    expect(newInitiativeDefaults(view({ teamIds: ['t1', 't2'] }), TODAY, 1).leadTeamId).toBeUndefined();
  });
});
