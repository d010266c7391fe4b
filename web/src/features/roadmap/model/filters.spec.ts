import { InitiativeStatus } from '@throughline/shared';
import { activeFilterCount, clearFilters, matchingOptions, toggle, toInitiativeFilter } from './filters';
import { parseView, type RoadmapView } from './view-state';

function view(overrides: Partial<RoadmapView> = {}): RoadmapView {
  return { ...parseView(new URLSearchParams(), '2027-05-14'), ...overrides };
}

describe('roadmap filters', () => {
  it('sends no filter when nothing is filtered', () => {
    expect(toInitiativeFilter(view())).toBeUndefined();
    expect(activeFilterCount(view())).toBe(0);
  });

  it('sends only the parts that are set', () => {
    const sut = view({ teamIds: ['t1'], statuses: [InitiativeStatus.DONE], search: 'cache' });
    expect(toInitiativeFilter(sut)).toEqual({ teamIds: ['t1'], statuses: ['DONE'], search: 'cache' });
    expect(activeFilterCount(sut)).toBe(3);
  });

  it('clears filters but keeps the window, grouping and folded lanes', () => {
    const sut = view({ teamIds: ['t1'], goalIds: ['g1'], search: 'x', groupBy: 'GOAL', collapsed: ['g1'] });
    expect(clearFilters(sut)).toEqual(view({ groupBy: 'GOAL', collapsed: ['g1'] }));
  });

  it('toggles a value in and out, keeping order', () => {
    expect(toggle(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggle(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('narrows a long option list by its own search box', () => {
    const options = [{ label: 'Platform' }, { label: 'Checkout' }, { label: 'Infrastructure' }];
    expect(matchingOptions(options, 'A')).toEqual([{ label: 'Platform' }, { label: 'Infrastructure' }]);
    expect(matchingOptions(options, ' ')).toHaveLength(3);
  });
});
