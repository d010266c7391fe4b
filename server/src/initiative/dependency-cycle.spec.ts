import { cycleClosedBy, DependencyEdge, findDependencyPath } from './dependency-cycle';

const edges = (...pairs: string[]): DependencyEdge[] =>
  pairs.map((pair) => {
    const [dependentId, blockerId] = pair.split('>');
    return { dependentId, blockerId };
  });

describe('findDependencyPath', () => {
  it('follows edges from dependent to blocker', () => {
    expect(findDependencyPath(edges('A>B', 'B>C'), 'A', 'C')).toEqual(['A', 'B', 'C']);
  });

  it('does not follow edges backwards', () => {
    expect(findDependencyPath(edges('A>B', 'B>C'), 'C', 'A')).toBeNull();
  });

  it('finds the shortest of several paths', () => {
    expect(findDependencyPath(edges('A>B', 'B>C', 'C>D', 'A>D'), 'A', 'D')).toEqual(['A', 'D']);
  });

  it('is a path of one node from a node to itself', () => {
    expect(findDependencyPath([], 'A', 'A')).toEqual(['A']);
  });

  it('terminates on a graph that already has a cycle', () => {
    expect(findDependencyPath(edges('A>B', 'B>A', 'B>C'), 'A', 'Z')).toBeNull();
  });

  it('handles a long chain', () => {
    const chain = Array.from({ length: 2000 }, (_, i) => `N${i}>N${i + 1}`);
    expect(findDependencyPath(edges(...chain), 'N0', 'N2000')).toHaveLength(2001);
  });
});

describe('cycleClosedBy', () => {
  it('names the two-node cycle of an edge back', () => {
    expect(cycleClosedBy(edges('B>A'), 'A', 'B')).toEqual(['A', 'B', 'A']);
  });

  it('names a long cycle starting and ending with the dependent', () => {
    expect(cycleClosedBy(edges('B>C', 'C>D', 'D>A'), 'A', 'B')).toEqual(['A', 'B', 'C', 'D', 'A']);
  });

  it('is null for an edge that closes no cycle, even in a diamond', () => {
    expect(cycleClosedBy(edges('A>B', 'A>C', 'B>D'), 'C', 'D')).toBeNull();
  });
});
