import { EntityManager } from 'typeorm';
import { Actor } from '../../auth/caller';
import { InitiativeStore } from '../../initiative/initiative-store';

/**
 * Sets the progress of imported initiatives to the share of their child issues that are done
 * (null without children): of the given parents, or of all of the connection's when `parents`
 * is null. Writes only what differs; returns the Jira ids whose progress changed.
 */
export async function recomputeProgress(
  manager: EntityManager,
  initiatives: InitiativeStore,
  run: { connectionId: string; actor: Actor },
  parents: string[] | null,
): Promise<string[]> {
  if (parents && !parents.length) return [];
  const stats: Array<{ jira_id: string; initiative_id: string; progress: number | null }> = await manager.query(
    `SELECT p.jira_id, p.initiative_id,
            (SELECT CASE WHEN count(*) = 0 THEN NULL ELSE (count(*) FILTER (WHERE c.status_category = 'done'))::float8 / count(*) END
               FROM jira_issue c WHERE c.connection_id = p.connection_id AND c.parent_jira_id = p.jira_id) AS progress
       FROM jira_issue p
      WHERE p.connection_id = $1 AND p.imported AND NOT p.removed AND p.initiative_id IS NOT NULL
        AND ($2::varchar[] IS NULL OR p.jira_id = ANY($2))`,
    [run.connectionId, parents ? [...new Set(parents)] : null],
  );
  const changed = new Set(
    await initiatives.update(
      manager,
      run.actor,
      ['progress'],
      stats.map((row) => ({ id: row.initiative_id, values: { progress: row.progress } })),
      { onlyIfChanged: true },
    ),
  );
  return stats.filter((row) => changed.has(row.initiative_id)).map((row) => row.jira_id);
}
