import { alignedShare, effortCells, goalTree } from './alignment-math';

const goal = (id: string, title: string, parentId: string | null = null) => ({ id, title, parentId });

describe('goalTree', () => {
  it('puts roots by title, each followed depth-first by its children by title', () => {
    const sut = goalTree([
      goal('c', 'Zeta'),
      goal('a', 'Alpha'),
      goal('a2', 'B child', 'a'),
      goal('a1', 'A child', 'a'),
      goal('x', 'Leaf', 'a2'),
    ]);
    expect(sut.map(({ goal: g, depth }) => [g.id, depth])).toEqual([
      ['a', 0],
      ['a1', 1],
      ['a2', 1],
      ['x', 2],
      ['c', 0],
    ]);
  });

  it('keeps goals whose parent is missing or who sit in a parent cycle', () => {
    const sut = goalTree([goal('o', 'Orphan', 'gone'), goal('p', 'P', 'q'), goal('q', 'Q', 'p')]);
    expect(sut.map(({ goal: g }) => g.id).sort()).toEqual(['o', 'p', 'q']);
  });
});

describe('alignedShare', () => {
  const aligned = (item: { aligned: boolean }) => item.aligned;

  it('weighs by effort only when every item is estimated and the total is above 0', () => {
    expect(
      alignedShare(
        [
          { effortWeeks: 3, aligned: true },
          { effortWeeks: 1, aligned: false },
        ],
        aligned,
      ),
    ).toEqual({ share: 0.75, effortWeighted: true });
    expect(
      alignedShare(
        [
          { effortWeeks: 3, aligned: true },
          { effortWeeks: null, aligned: false },
        ],
        aligned,
      ),
    ).toEqual({ share: 0.5, effortWeighted: false });
    expect(
      alignedShare(
        [
          { effortWeeks: 0, aligned: true },
          { effortWeeks: 0, aligned: false },
        ],
        aligned,
      ),
    ).toEqual({ share: 0.5, effortWeighted: false });
    expect(alignedShare([], aligned)).toEqual({ share: 0, effortWeighted: false });
  });
});

describe('effortCells', () => {
  it('counts an initiative in full under each goal, orders by team then goal rank, unknowns last', () => {
    const items = [
      { id: '1', leadTeamId: 'B', effortWeeks: 2, goals: ['g2', 'g1'] },
      { id: '2', leadTeamId: null, effortWeeks: 1, goals: [] },
      { id: '3', leadTeamId: 'A', effortWeeks: null, goals: ['g1'] },
    ];
    const sut = effortCells(
      items,
      (item) => item.goals,
      new Map([
        ['A', 0],
        ['B', 1],
      ]),
      new Map([
        ['g1', 0],
        ['g2', 1],
      ]),
    );
    expect(sut).toEqual([
      { teamId: 'A', goalId: 'g1', effortWeeks: 0, initiativeCount: 1 },
      { teamId: 'B', goalId: 'g1', effortWeeks: 2, initiativeCount: 1 },
      { teamId: 'B', goalId: 'g2', effortWeeks: 2, initiativeCount: 1 },
      { teamId: null, goalId: null, effortWeeks: 1, initiativeCount: 1 },
    ]);
  });
});
