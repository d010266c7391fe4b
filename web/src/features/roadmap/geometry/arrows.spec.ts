import { arrowPath, visibleArrows } from './arrows';

describe('dependency arrows', () => {
  it('runs straight along a row when both ends share it', () => {
    expect(arrowPath({ x: 100, y: 50 }, { x: 140, y: 50 }, 34)).toBe('M100,50H140');
  });

  it('elbows down to a later row when the dependent starts after the blocker ends', () => {
    expect(arrowPath({ x: 100, y: 50 }, { x: 140, y: 120 }, 34)).toBe('M100,50H108V120H140');
  });

  it('doubles back between the rows when the dependent starts too early (a conflict)', () => {
    expect(arrowPath({ x: 100, y: 50 }, { x: 60, y: 120 }, 34)).toBe('M100,50H108V85H52V120H60');
    expect(arrowPath({ x: 100, y: 50 }, { x: 60, y: 50 }, 34)).toBe('M100,50H108V67H52V50H60');
  });

  const rows = Array.from({ length: 100 }, (_, i) => ({ top: i * 34, height: 34 }));
  const placements = new Map([
    ['a', [{ rowIndex: 1, left: 0, right: 100 }]],
    ['b', [{ rowIndex: 2, left: 140, right: 200 }]],
    ['far', [{ rowIndex: 90, left: 0, right: 50 }]],
    ['farther', [{ rowIndex: 95, left: 80, right: 120 }]],
  ]);

  it('draws only arrows with both ends among the rendered rows, from blocker end to dependent start', () => {
    const deps = [
      { blockerId: 'a', dependentId: 'b', conflict: false },
      { blockerId: 'a', dependentId: 'far', conflict: true },
      { blockerId: 'far', dependentId: 'farther', conflict: false },
      { blockerId: 'a', dependentId: 'collapsed', conflict: false },
    ];
    const sut = visibleArrows(deps, placements, rows, [0, 10], 34);
    expect(sut.map((a) => a.key)).toEqual(['a>b']);
    expect(sut[0].d).toBe('M100,51H108V85H140');
    expect(visibleArrows(deps, placements, rows, [0, 100], 34).map((a) => a.key)).toEqual(['a>b', 'a>far', 'far>farther']);
    expect(visibleArrows(deps, placements, rows, [0, 100], 34)[1].conflict).toBe(true);
  });

  it('answers each scroll position and each new layout from the same list of dependencies', () => {
    const deps = [
      { blockerId: 'a', dependentId: 'b', conflict: false },
      { blockerId: 'far', dependentId: 'farther', conflict: false },
    ];
    expect(visibleArrows(deps, placements, rows, [85, 100], 34).map((a) => a.key)).toEqual(['far>farther']);
    expect(visibleArrows(deps, placements, rows, [0, 10], 34).map((a) => a.key)).toEqual(['a>b']);
    // Another layout (a lane folded, say): the bars' new rows count, not the old ones.
    const moved = new Map([
      ...placements,
      ['far', [{ rowIndex: 5, left: 0, right: 50 }]],
      ['farther', [{ rowIndex: 6, left: 80, right: 120 }]],
    ]);
    expect(visibleArrows(deps, moved, rows, [0, 10], 34).map((a) => a.key)).toEqual(['a>b', 'far>farther']);
  });
});
