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
