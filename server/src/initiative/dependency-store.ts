import { Injectable } from '@nestjs/common';
import { AuditAction } from '@throughline/shared';
import { EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { Actor } from '../auth/caller';
import { dependencyEvents } from './dependency-audit';
import { DependencyEdge, DependencyGraph } from './dependency-graph';
import { DependencyOrigin } from './initiative-links.entity';

// One lock for the whole graph: a cycle can run through any initiatives, so two additions
// that are each fine alone (A→B, B→A) must not be checked at the same time.
const DEPENDENCY_GRAPH_LOCK = 4_611_201;

export interface AddedDependencies {
  added: DependencyEdge[];
  /** The edges refused, each with the cycle it would have closed ([A, B, …, A]). */
  refused: Array<{ edge: DependencyEdge; cycle: string[] }>;
}

/**
 * The only writer of the dependency table: the API and the Jira sync both come through here. Each
 * dependency it adds or removes is an audit event of the actor's (entity "Dependency").
 */
@Injectable()
export class DependencyStore {
  /**
   * Adds the edges that close no cycle, checked together against the graph as it is under the
   * graph's lock (held until the caller's transaction ends). An edge that exists already stays
   * as it is, whoever made it.
   */
  async add(manager: EntityManager, actor: Actor, edges: DependencyEdge[], origin: DependencyOrigin): Promise<AddedDependencies> {
    const result: AddedDependencies = { added: [], refused: [] };
    if (!edges.length) return result;
    await manager.query('SELECT pg_advisory_xact_lock($1)', [DEPENDENCY_GRAPH_LOCK]);
    const graph = await DependencyGraph.reachableFrom(
      manager,
      edges.map((edge) => edge.blockerId),
    );
    for (const edge of edges) {
      if (graph.has(edge)) continue;
      const cycle = graph.cycleClosedBy(edge);
      if (cycle) {
        result.refused.push({ edge, cycle });
        continue;
      }
      graph.add(edge);
      result.added.push(edge);
    }
    await this.insert(manager, actor, result.added, origin);
    return result;
  }

  /** Removes the edges (those of `origin` only, when given); ones that do not exist are passed over. */
  async remove(manager: EntityManager, actor: Actor, edges: DependencyEdge[], origin?: DependencyOrigin): Promise<void> {
    if (!edges.length) return;
    const removed: Array<DependencyEdge & { origin: DependencyOrigin }> = (
      await manager.query(
        `DELETE FROM dependency d USING unnest($1::uuid[], $2::uuid[]) AS e(dependent_id, blocker_id)
          WHERE d.dependent_id = e.dependent_id AND d.blocker_id = e.blocker_id AND ($3::varchar IS NULL OR d.origin = $3)
         RETURNING d.dependent_id AS "dependentId", d.blocker_id AS "blockerId", d.origin`,
        [edges.map((e) => e.dependentId), edges.map((e) => e.blockerId), origin ?? null],
      )
    )[0];
    await AuditLog.record(manager, actor, dependencyEvents(AuditAction.DELETE, removed));
  }

  /** Who made the edge; null when there is no such dependency. */
  async originOf(manager: EntityManager, edge: DependencyEdge): Promise<DependencyOrigin | null> {
    const [row] = await manager.query(`SELECT origin FROM dependency WHERE dependent_id = $1 AND blocker_id = $2`, [
      edge.dependentId,
      edge.blockerId,
    ]);
    return row?.origin ?? null;
  }

  private async insert(manager: EntityManager, actor: Actor, edges: DependencyEdge[], origin: DependencyOrigin): Promise<void> {
    if (!edges.length) return;
    const inserted: DependencyEdge[] = await manager.query(
      `INSERT INTO dependency (dependent_id, blocker_id, origin) SELECT e.*, $3 FROM unnest($1::uuid[], $2::uuid[]) AS e
       ON CONFLICT DO NOTHING RETURNING dependent_id AS "dependentId", blocker_id AS "blockerId"`,
      [edges.map((e) => e.dependentId), edges.map((e) => e.blockerId), origin],
    );
    const events = dependencyEvents(
      AuditAction.CREATE,
      inserted.map((edge) => ({ ...edge, origin })),
    );
    await AuditLog.record(manager, actor, events);
  }
}
