import { DependencyGraph } from './dependency-graph';

describe('DependencyGraph', () => {
  it('finds the cycle an edge would close, however long, and only that', () => {
    const sut = new DependencyGraph();
    sut.add('A', 'B');
    sut.add('B', 'C');
    sut.add('C', 'D');

    expect(sut.wouldCycle('D', 'A')).toBe(true);
    expect(sut.wouldCycle('C', 'A')).toBe(true);
    expect(sut.wouldCycle('A', 'A')).toBe(true);
    expect(sut.wouldCycle('A', 'D')).toBe(false);
    expect(sut.wouldCycle('E', 'A')).toBe(false);
  });
});
