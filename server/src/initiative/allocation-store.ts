import { Injectable } from '@nestjs/common';
import { TeamShare } from '@throughline/shared';
import { EntityManager } from 'typeorm';
import { AuditLog, eventsBetween } from '../audit/audit-log';
import { Actor } from '../auth/caller';
import { AUDITED_FIELDS, snapshotInitiatives } from './initiative-snapshot';

/**
 * The only code that writes initiative allocations, kept beside InitiativeStore with its rules:
 * the initiative's version is checked in the UPDATE and bumped, and the change is one
 * "Initiative" audit event of the actor's (field `allocations`), read from the same snapshot the
 * store's other writes use. (A team whose link to the initiative goes takes its share with it,
 * by the foreign key.)
 */
@Injectable()
export class AllocationStore {
  /**
   * Replaces the shares (empty: back to all on the lead team); false when the initiative is not
   * at `version` (or is gone). The caller checks the teams are the initiative's own and the
   * shares sum to 1.
   */
  async set(manager: EntityManager, actor: Actor, id: string, version: number, shares: TeamShare[]): Promise<boolean> {
    const before = await snapshotInitiatives(manager, [id], true);
    const [updated]: [Array<{ id: string }>] = await manager.query(
      `UPDATE initiative SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version],
    );
    if (!updated.length) return false;
    await manager.query(`DELETE FROM initiative_allocation WHERE initiative_id = $1`, [id]);
    if (shares.length) {
      await manager.query(
        `INSERT INTO initiative_allocation (initiative_id, team_id, share) SELECT $1, * FROM unnest($2::uuid[], $3::float8[])`,
        [id, shares.map((s) => s.teamId), shares.map((s) => s.share)],
      );
    }
    const after = await snapshotInitiatives(manager, [id], false);
    await AuditLog.record(manager, actor, eventsBetween('Initiative', AUDITED_FIELDS, before, after));
    return true;
  }
}
