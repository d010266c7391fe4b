import { Injectable } from '@nestjs/common';
import { Health } from '@throughline/shared';
import { EntityManager, In } from 'typeorm';
import { AuditLog, byId, eventsBetween } from '../audit/audit-log';
import { Actor } from '../auth/caller';
import { CheckInEntity } from './check-in.entity';

/** What the audit trail records of a check-in (the author is the event's actor). */
const CHECK_IN_AUDITED_FIELDS = ['initiativeId', 'health', 'body', 'expectedEndDate'] as const;

export interface NewCheckIn {
  initiativeId: string;
  health: Health;
  body: string;
  expectedEndDate: string | null;
  /** Only the seed backdates; everything else is posted now. */
  createdAt?: Date;
}

/**
 * The only code that writes the check_in table (the API and the seed), in the caller's
 * transaction: each check-in is posted by the actor and is one audit event of theirs. Giving the
 * initiative its health is the caller's part (through InitiativeStore).
 */
@Injectable()
export class CheckInStore {
  async insert(manager: EntityManager, actor: Actor, rows: NewCheckIn[]): Promise<CheckInEntity[]> {
    if (!rows.length) return [];
    const { identifiers } = await manager.insert(
      CheckInEntity,
      rows.map((row) => ({ ...row, authorKind: actor.kind, authorName: actor.name, authorUserId: actor.userId })),
    );
    const ids: string[] = identifiers.map((identifier) => identifier.id);
    const saved = byId(await manager.findBy(CheckInEntity, { id: In(ids) }));
    await AuditLog.record(manager, actor, eventsBetween('CheckIn', CHECK_IN_AUDITED_FIELDS, new Map(), saved));
    return ids.map((id) => saved.get(id)!);
  }
}
