import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditLog, byId, eventsBetween } from '../audit/audit-log';
import { Actor } from '../auth/caller';

/** One team's capacity in one quarter; weeks null: not set (the row goes). */
export interface CapacityRow {
  teamId: string;
  period: string;
  weeks: number | null;
}

const FIELDS = ['teamId', 'period', 'weeks'] as const;

/** The trail's id of a capacity cell: "<team id> <period>". */
export const capacityId = (teamId: string, period: string) => `${teamId} ${period}`;

/**
 * The only code that writes team capacity: the API and the seed, inside the caller's
 * transaction. Each cell it sets, changes or clears is one "TeamCapacity" audit event of the actor's.
 */
@Injectable()
export class CapacityStore {
  /** Upserts the rows with weeks and deletes those without. */
  async write(manager: EntityManager, actor: Actor, rows: CapacityRow[]): Promise<void> {
    if (!rows.length) return;
    const pairs = (list: CapacityRow[]) => [list.map((row) => row.teamId), list.map((row) => row.period)];
    const before: Array<CapacityRow & { id: string }> = await manager.query(
      `SELECT c.team_id || ' ' || c.period AS id, c.team_id AS "teamId", c.period, c.weeks
         FROM team_capacity c JOIN unnest($1::uuid[], $2::varchar[]) AS u(team_id, period) USING (team_id, period) FOR UPDATE OF c`,
      pairs(rows),
    );
    const [cleared, set] = [rows.filter((row) => row.weeks === null), rows.filter((row) => row.weeks !== null)];
    if (cleared.length) {
      await manager.query(
        `DELETE FROM team_capacity c USING unnest($1::uuid[], $2::varchar[]) AS u(team_id, period) WHERE c.team_id = u.team_id AND c.period = u.period`,
        pairs(cleared),
      );
    }
    if (set.length) {
      await manager.query(
        `INSERT INTO team_capacity (team_id, period, weeks) SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::float8[])
         ON CONFLICT (team_id, period) DO UPDATE SET weeks = EXCLUDED.weeks, updated_at = now()`,
        [...pairs(set), set.map((row) => row.weeks)],
      );
    }
    const after = byId(set.map((row) => ({ id: capacityId(row.teamId, row.period), ...row })));
    await AuditLog.record(manager, actor, eventsBetween('TeamCapacity', FIELDS, byId(before), after));
  }
}
