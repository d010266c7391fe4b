import { DependencyEdge, DependencyGraph } from './dependency-graph';

const edges = (...pairs: string[]): DependencyEdge[] =>
  pairs.map((pair) => {
    const [dependentId, blockerId] = pair.split('>');
    return { dependentId, blockerId };
  });

const graph = (...pairs: string[]) => new DependencyGraph(edges(...pairs));

describe('DependencyGraph.pathBetween', () => {
  it('follows edges from dependent to blocker', () => {
    expect(graph('A>B', 'B>C').pathBetween('A', 'C')).toEqual(['A', 'B', 'C']);
  });

  it('does not follow edges backwards', () => {
    expect(graph('A>B', 'B>C').pathBetween('C', 'A')).toBeNull();
  });

  it('finds the shortest of several paths', () => {
    expect(graph('A>B', 'B>C', 'C>D', 'A>D').pathBetween('A', 'D')).toEqual(['A', 'D']);
  });

  it('is a path of one node from a node to itself', () => {
    expect(graph().pathBetween('A', 'A')).toEqual(['A']);
  });

  it('terminates on a graph that already has a cycle', () => {
    expect(graph('A>B', 'B>A', 'B>C').pathBetween('A', 'Z')).toBeNull();
  });

  it('handles a long chain', () => {
    const chain = Array.from({ length: 2000 }, (_, i) => `N${i}>N${i + 1}`);
    expect(graph(...chain).pathBetween('N0', 'N2000')).toHaveLength(2001);
  });
});

describe('DependencyGraph.cycleClosedBy', () => {
  const edge = (pair: string) => edges(pair)[0];

  it('names the two-node cycle of an edge back', () => {
    expect(graph('B>A').cycleClosedBy(edge('A>B'))).toEqual(['A', 'B', 'A']);
  });

  it('names a long cycle starting and ending with the dependent', () => {
    expect(graph('B>C', 'C>D', 'D>A').cycleClosedBy(edge('A>B'))).toEqual(['A', 'B', 'C', 'D', 'A']);
  });

  it('is null for an edge that closes no cycle, even in a diamond', () => {
    expect(graph('A>B', 'A>C', 'B>D').cycleClosedBy(edge('C>D'))).toBeNull();
  });

  it('counts an edge to itself as a cycle', () => {
    expect(graph().cycleClosedBy(edge('A>A'))).toEqual(['A', 'A']);
  });

  it('sees edges added after it was built, as a batch adds them', () => {
    const sut = graph('A>B');
    expect(sut.cycleClosedBy(edge('C>A'))).toBeNull();
    sut.add(edge('C>A'));
    expect(sut.has(edge('C>A'))).toBe(true);
    expect(sut.cycleClosedBy(edge('B>C'))).toEqual(['B', 'C', 'A', 'B']);
  });
});

describe('DependencyGraph.topologicalOrder and reachableBlockers', () => {
  it('puts every blocker before its dependents, leaving out edges to ids not asked for', () => {
    const order = graph('D>B', 'D>C', 'B>A', 'C>A', 'A>OUTSIDE').topologicalOrder(['D', 'C', 'B', 'A']);
    expect(order).toHaveLength(4);
    expect(order[0]).toBe('A');
    expect(order[3]).toBe('D');
  });

  it('still lists ids on a cycle, last', () => {
    expect(graph('A>B', 'B>A').topologicalOrder(['C', 'A', 'B'])).toEqual(['C', 'A', 'B']);
  });

  it('reaches everything a node depends on, directly or not', () => {
    expect([...graph('A>B', 'B>C', 'B>D', 'X>A').reachableBlockers('A')].sort()).toEqual(['B', 'C', 'D']);
  });
});
