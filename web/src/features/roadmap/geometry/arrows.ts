import type { Placement } from './layout';

export interface Point {
  x: number;
  y: number;
}

/** How far an arrow runs straight out of the blocker and into the dependent. */
export const ARROW_STUB = 8;

/**
 * An orthogonal path from a blocker's end to its dependent's start. When the dependent starts
 * too early for a forward elbow (a conflict, or nearly one), the path doubles back between rows.
 */
export function arrowPath(from: Point, to: Point, rowHeight: number): string {
  const out = from.x + ARROW_STUB;
  if (to.x - out >= ARROW_STUB) {
    return from.y === to.y ? `M${from.x},${from.y}H${to.x}` : `M${from.x},${from.y}H${out}V${to.y}H${to.x}`;
  }
  const between = from.y === to.y ? from.y + rowHeight / 2 : (from.y + to.y) / 2;
  const back = to.x - ARROW_STUB;
  return `M${from.x},${from.y}H${out}V${between}H${back}V${to.y}H${to.x}`;
}

export interface DependencyRef {
  blockerId: string;
  dependentId: string;
  conflict: boolean;
}

export interface Arrow {
  key: string;
  d: string;
  conflict: boolean;
  blockerId: string;
  dependentId: string;
}

function pick(list: Placement[] | undefined, start: number, end: number): Placement | undefined {
  if (!list) return undefined;
  return list.find((p) => p.rowIndex >= start && p.rowIndex < end) ?? list[0];
}

/** For each row, the positions in `dependencies` of those whose blocker has a bar there. */
type RowIndex = Map<number, number[]>;

// One index per list of dependencies and layout, kept while both live: scrolling reuses it.
const indexes = new WeakMap<readonly DependencyRef[], { placements: ReadonlyMap<string, Placement[]>; byRow: RowIndex }>();

function blockersByRow(dependencies: readonly DependencyRef[], placements: ReadonlyMap<string, Placement[]>): RowIndex {
  const cached = indexes.get(dependencies);
  if (cached?.placements === placements) return cached.byRow;
  const byRow: RowIndex = new Map();
  dependencies.forEach((dep, i) => {
    for (const { rowIndex } of placements.get(dep.blockerId) ?? []) {
      const list = byRow.get(rowIndex);
      if (list) list.push(i);
      else byRow.set(rowIndex, [i]);
    }
  });
  indexes.set(dependencies, { placements, byRow });
  return byRow;
}

/**
 * Arrows for the dependencies with both ends among the rendered rows [start, end): the rest are
 * not drawn, so their cost does not grow with the size of the roadmap (and a screen of 5,000
 * initiatives is not crossed by hundreds of lines to bars nobody can see). Only the dependencies
 * whose blocker is in those rows are looked at (an index by row, made once per layout), so a
 * scroll costs the same with 40,000 dependencies as with 400.
 */
export function visibleArrows(
  dependencies: readonly DependencyRef[],
  placements: ReadonlyMap<string, Placement[]>,
  rows: ReadonlyArray<{ top: number; height: number }>,
  [start, end]: [number, number],
  rowHeight: number,
): Arrow[] {
  if (start >= end) return [];
  const byRow = blockersByRow(dependencies, placements);
  const candidates = new Set<number>();
  for (let row = start; row < end; row++) for (const i of byRow.get(row) ?? []) candidates.add(i);
  const arrows: Arrow[] = [];
  const centre = (p: Placement) => rows[p.rowIndex].top + rows[p.rowIndex].height / 2;
  const inView = (p: Placement) => p.rowIndex >= start && p.rowIndex < end;
  // In the order of `dependencies`, as when every one was looked at.
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const dep = dependencies[i];
    const blocker = pick(placements.get(dep.blockerId), start, end);
    const dependent = pick(placements.get(dep.dependentId), start, end);
    if (!blocker || !dependent) continue;
    if (!inView(blocker) || !inView(dependent)) continue;
    const d = arrowPath({ x: blocker.right, y: centre(blocker) }, { x: dependent.left, y: centre(dependent) }, rowHeight);
    arrows.push({
      key: `${dep.blockerId}>${dep.dependentId}`,
      d,
      conflict: dep.conflict,
      blockerId: dep.blockerId,
      dependentId: dep.dependentId,
    });
  }
  return arrows;
}
