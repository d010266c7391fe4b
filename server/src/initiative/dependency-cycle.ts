/** A dependency edge: `dependentId` waits for `blockerId`. */
export interface DependencyEdge {
  dependentId: string;
  blockerId: string;
}

/**
 * The shortest chain of dependencies leading from `from` to `to` (both included), following
 * each edge from dependent to blocker; null when `to` cannot be reached. Breadth-first, so it
 * terminates on any graph, cyclic ones included.
 */
export function findDependencyPath(edges: DependencyEdge[], from: string, to: string): string[] | null {
  const blockersOf = new Map<string, string[]>();
  for (const { dependentId, blockerId } of edges) {
    blockersOf.set(dependentId, [...(blockersOf.get(dependentId) ?? []), blockerId]);
  }
  const cameFrom = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (next === to) return pathTo(cameFrom, to);
    for (const blocker of blockersOf.get(next) ?? []) {
      if (cameFrom.has(blocker)) continue;
      cameFrom.set(blocker, next);
      queue.push(blocker);
    }
  }
  return null;
}

function pathTo(cameFrom: Map<string, string | null>, to: string): string[] {
  const path: string[] = [];
  for (let node: string | null | undefined = to; node != null; node = cameFrom.get(node)) path.unshift(node);
  return path;
}

/**
 * The cycle that adding `dependentId → blockerId` would close, as the ids around it starting
 * and ending with `dependentId` (e.g. [A, B, A]); null when the edge closes none.
 */
export function cycleClosedBy(edges: DependencyEdge[], dependentId: string, blockerId: string): string[] | null {
  const back = findDependencyPath(edges, blockerId, dependentId);
  return back ? [dependentId, ...back] : null;
}
