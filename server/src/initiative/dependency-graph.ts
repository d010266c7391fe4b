import { EntityManager } from 'typeorm';

/** A dependency edge: `dependentId` waits for `blockerId`. */
export interface DependencyEdge {
  dependentId: string;
  blockerId: string;
}

/**
 * Dependencies in memory, to check new edges for cycles: one edge from the API, a page of them
 * from the Jira sync. The only cycle check there is.
 */
export class DependencyGraph {
  private readonly blockersOf = new Map<string, Set<string>>();

  constructor(edges: DependencyEdge[] = []) {
    for (const edge of edges) this.add(edge);
  }

  /**
   * The edges reachable from `ids` by following dependent → blocker: all a new edge whose
   * blocker is one of `ids` can run into (and, as the new edges' blockers are all among `ids`,
   * all that a batch of them can run into together).
   */
  static async reachableFrom(manager: EntityManager, ids: string[]): Promise<DependencyGraph> {
    const rows: Array<{ dependent_id: string; blocker_id: string }> = await manager.query(
      `WITH RECURSIVE reached(id) AS (
         SELECT unnest($1::uuid[])
         UNION
         SELECT d.blocker_id FROM dependency d JOIN reached r ON d.dependent_id = r.id
       )
       SELECT d.dependent_id, d.blocker_id FROM dependency d JOIN reached r ON d.dependent_id = r.id`,
      [[...new Set(ids)]],
    );
    return new DependencyGraph(rows.map((row) => ({ dependentId: row.dependent_id, blockerId: row.blocker_id })));
  }

  has({ dependentId, blockerId }: DependencyEdge): boolean {
    return this.blockersOf.get(dependentId)?.has(blockerId) ?? false;
  }

  add({ dependentId, blockerId }: DependencyEdge): void {
    const blockers = this.blockersOf.get(dependentId) ?? new Set<string>();
    blockers.add(blockerId);
    this.blockersOf.set(dependentId, blockers);
  }

  /** What `id` waits for directly. */
  blockers(id: string): Iterable<string> {
    return this.blockersOf.get(id) ?? [];
  }

  /**
   * Every one of `ids` after all its blockers among them (Kahn's algorithm), so one pass in this
   * order sees each blocker settled before its dependents. Ids on a cycle (none can be stored)
   * come last, in the order given.
   */
  topologicalOrder(ids: Iterable<string>): string[] {
    const all = new Set(ids);
    const waitingOn = new Map<string, number>();
    const dependentsOf = new Map<string, string[]>();
    for (const id of all) {
      let count = 0;
      for (const blocker of this.blockers(id)) {
        if (!all.has(blocker)) continue;
        count++;
        const dependents = dependentsOf.get(blocker);
        if (dependents) dependents.push(id);
        else dependentsOf.set(blocker, [id]);
      }
      waitingOn.set(id, count);
    }
    const order = [...all].filter((id) => waitingOn.get(id) === 0);
    for (let i = 0; i < order.length; i++) {
      for (const dependent of dependentsOf.get(order[i]) ?? []) {
        const left = waitingOn.get(dependent)! - 1;
        waitingOn.set(dependent, left);
        if (left === 0) order.push(dependent);
      }
    }
    if (order.length < all.size) {
      const placed = new Set(order);
      for (const id of all) if (!placed.has(id)) order.push(id);
    }
    return order;
  }

  /** Everything `id` depends on, directly or not (itself excluded unless on a cycle). */
  reachableBlockers(id: string): Set<string> {
    const reached = new Set<string>();
    const stack = [...this.blockers(id)];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      if (reached.has(next)) continue;
      reached.add(next);
      stack.push(...this.blockers(next));
    }
    return reached;
  }

  /**
   * The shortest chain of dependencies from `from` to `to` (both included), following each edge
   * from dependent to blocker; null when `to` cannot be reached. Breadth-first, so it terminates
   * on any graph, cyclic ones included.
   */
  pathBetween(from: string, to: string): string[] | null {
    const cameFrom = new Map<string, string | null>([[from, null]]);
    const queue = [from];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (next === to) return pathTo(cameFrom, to);
      for (const blocker of this.blockersOf.get(next) ?? []) {
        if (cameFrom.has(blocker)) continue;
        cameFrom.set(blocker, next);
        queue.push(blocker);
      }
    }
    return null;
  }

  /**
   * The cycle that adding `edge` would close, as the ids around it starting and ending with the
   * dependent (e.g. [A, B, A]); null when it closes none.
   */
  cycleClosedBy(edge: DependencyEdge): string[] | null {
    const back = this.pathBetween(edge.blockerId, edge.dependentId);
    return back ? [edge.dependentId, ...back] : null;
  }
}

function pathTo(cameFrom: Map<string, string | null>, to: string): string[] {
  const path: string[] = [];
  for (let node: string | null | undefined = to; node != null; node = cameFrom.get(node)) path.unshift(node);
  return path;
}
