import { EntityManager } from 'typeorm';
import { AuditedRow, byId } from '../audit/audit-log';
import { DEPENDENCY_ID_SQL } from './dependency-audit';

/**
 * What the audit trail records of an initiative: its columns, its link sets (as id lists) and its
 * allocations (as "<team id>=<share>" per team).
 */
export const AUDITED_FIELDS = [
  'key',
  'title',
  'description',
  'status',
  'health',
  'startDate',
  'endDate',
  'owner',
  'effortWeeks',
  'leadTeamId',
  'externalKey',
  'externalUrl',
  'progress',
  'teamIds',
  'goalIds',
  'metricIds',
  'allocations',
] as const;

export type InitiativeSnapshot = AuditedRow & { id: string; leadTeamId: string | null };

const SNAPSHOT_SQL = `
  SELECT i.id, i.key, i.title, i.description, i.status, i.health, i.start_date AS "startDate", i.end_date AS "endDate",
         i.owner, i.effort_weeks AS "effortWeeks", i.lead_team_id AS "leadTeamId", i.external_key AS "externalKey",
         i.external_url AS "externalUrl", i.progress,
         ARRAY(SELECT team_id FROM initiative_team WHERE initiative_id = i.id) AS "teamIds",
         ARRAY(SELECT goal_id FROM initiative_goal WHERE initiative_id = i.id) AS "goalIds",
         ARRAY(SELECT metric_id FROM initiative_metric WHERE initiative_id = i.id) AS "metricIds",
         ARRAY(SELECT team_id || '=' || share FROM initiative_allocation WHERE initiative_id = i.id) AS "allocations"
    FROM initiative i WHERE i.id = ANY($1::uuid[])`;

/**
 * The audited state of the initiatives, in one statement; `lock` takes their row locks (FOR
 * UPDATE) so that the state read is the one the write changes, whoever else writes meanwhile.
 */
export async function snapshotInitiatives(manager: EntityManager, ids: string[], lock: boolean): Promise<Map<string, InitiativeSnapshot>> {
  if (!ids.length) return new Map();
  const rows: InitiativeSnapshot[] = await manager.query(`${SNAPSHOT_SQL} ORDER BY i.id ${lock ? 'FOR UPDATE OF i' : ''}`, [ids]);
  return byId(rows);
}

// The risk columns the trail records when a risk goes with its initiative (the risk feature records the same).
const RISK_COLUMNS = {
  title: 'title',
  description: 'description',
  likelihood: 'likelihood',
  impact: 'impact',
  status: 'status',
  owner: 'owner',
  mitigation: 'mitigation',
  initiativeId: 'initiative_id',
  goalId: 'goal_id',
};
export const CASCADED_RISK_FIELDS = Object.keys(RISK_COLUMNS);

/** The audited state of what deleting the initiatives takes with it: their dependencies and risks. */
export async function snapshotCascade(manager: EntityManager, ids: string[]) {
  const dependencies: Array<AuditedRow & { id: string }> = await manager.query(
    `SELECT ${DEPENDENCY_ID_SQL} AS id, dependent_id AS "dependentId", blocker_id AS "blockerId", origin
       FROM dependency WHERE dependent_id = ANY($1::uuid[]) OR blocker_id = ANY($1::uuid[])`,
    [ids],
  );
  const columns = Object.entries(RISK_COLUMNS).map(([field, column]) => `${column} AS "${field}"`);
  const risks: Array<AuditedRow & { id: string }> = await manager.query(
    `SELECT id, ${columns.join(', ')} FROM risk WHERE initiative_id = ANY($1::uuid[])`,
    [ids],
  );
  return { dependencies: byId(dependencies), risks: byId(risks) };
}
