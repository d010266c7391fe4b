import { EntityManager } from 'typeorm';

/**
 * The dependencies in memory, to check a page's many new edges for cycles in one go (the
 * dependency API checks one edge at a time against the database).
 */
export class DependencyGraph {
  private readonly blockersOf = new Map<string, Set<string>>();

  static async load(manager: EntityManager): Promise<DependencyGraph> {
    const graph = new DependencyGraph();
    const rows: Array<{ dependent_id: string; blocker_id: string }> = await manager.query(
      `SELECT dependent_id, blocker_id FROM dependency`,
    );
    for (const row of rows) graph.add(row.dependent_id, row.blocker_id);
    return graph;
  }

  has(dependent: string, blocker: string): boolean {
    return this.blockersOf.get(dependent)?.has(blocker) ?? false;
  }

  /** Whether `dependent` depending on `blocker` closes a cycle: the blocker already waits for it. */
  wouldCycle(dependent: string, blocker: string): boolean {
    if (dependent === blocker) return true;
    const stack = [blocker];
    const visited = new Set(stack);
    while (stack.length) {
      for (const next of this.blockersOf.get(stack.pop()!) ?? []) {
        if (next === dependent) return true;
        if (visited.has(next)) continue;
        visited.add(next);
        stack.push(next);
      }
    }
    return false;
  }

  add(dependent: string, blocker: string): void {
    const blockers = this.blockersOf.get(dependent) ?? new Set<string>();
    blockers.add(blocker);
    this.blockersOf.set(dependent, blockers);
  }
}
