import { EntityManager } from 'typeorm';

/**
 * Sets the progress of imported initiatives to the share of their child issues that are done
 * (null without children): of the given parents, or of all of the connection's when `parents`
 * is null. Writes only what differs; returns the Jira ids whose progress changed.
 */
export async function recomputeProgress(manager: EntityManager, connectionId: string, parents: string[] | null): Promise<string[]> {
  if (parents && !parents.length) return [];
  // An UPDATE answers [rows, count] through TypeORM.
  const [rows]: [Array<{ jira_id: string }>] = await manager.query(
    `WITH stats AS (
       SELECT p.jira_id, p.initiative_id,
              (SELECT CASE WHEN count(*) = 0 THEN NULL ELSE (count(*) FILTER (WHERE c.status_category = 'done'))::float8 / count(*) END
                 FROM jira_issue c WHERE c.connection_id = p.connection_id AND c.parent_jira_id = p.jira_id) AS progress
         FROM jira_issue p
        WHERE p.connection_id = $1 AND p.imported AND NOT p.removed AND p.initiative_id IS NOT NULL
          AND ($2::varchar[] IS NULL OR p.jira_id = ANY($2))
     )
     UPDATE initiative i SET progress = s.progress, version = i.version + 1, updated_at = now()
       FROM stats s
      WHERE i.id = s.initiative_id AND i.progress IS DISTINCT FROM s.progress
     RETURNING s.jira_id`,
    [connectionId, parents ? [...new Set(parents)] : null],
  );
  return rows.map((row) => row.jira_id);
}
