import { AuditAction } from '@throughline/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../auth/caller';

/** One field of an audited change; `before` and `after` are JSON text (null: there was none / is none). */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** One audit event to write: one per entity a mutation changed. */
export interface AuditRecord {
  action: AuditAction;
  entityType: string;
  entityId: string;
  changes: FieldChange[];
}

/** A row as a store or service read it in the writing transaction (an entity, a query's row). */
export type AuditedRow = object;

const valueOf = (row: AuditedRow, field: string): unknown => (row as Record<string, unknown>)[field];

// Secrets never enter the trail: a field named like one is a programming error, refused loudly.
const SECRET_FIELD = /password|secret|token|credential|apikey|private/i;

/** Lists as sets (order-free), dates as ISO text, undefined as null: what the trail compares and stores. */
function normalised(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return [...value].map(normalised).sort();
  return value;
}

function isBlank(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

/**
 * The changed fields between two states of one row: on creation (no `before`) the fields it was
 * given, on deletion (no `after`) the fields it had, else those whose value differs.
 */
export function changesBetween(before: AuditedRow | null, after: AuditedRow | null, fields: readonly string[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const old = before ? normalised(valueOf(before, field)) : null;
    const now = after ? normalised(valueOf(after, field)) : null;
    const [oldText, nowText] = [JSON.stringify(old), JSON.stringify(now)];
    if (!before && isBlank(now)) continue;
    if (!after && isBlank(old)) continue;
    if (before && after && oldText === nowText) continue;
    changes.push({ field, before: before ? oldText : null, after: after ? nowText : null });
  }
  return changes;
}

/**
 * The events between two states of a set of rows, by id: a row only in `after` was created, one
 * only in `before` deleted, one in both updated (no event when nothing differs).
 */
export function eventsBetween(
  entityType: string,
  fields: readonly string[],
  before: Map<string, AuditedRow>,
  after: Map<string, AuditedRow>,
): AuditRecord[] {
  const ids = new Set([...before.keys(), ...after.keys()]);
  return [...ids].map((entityId) => {
    const [old, now] = [before.get(entityId) ?? null, after.get(entityId) ?? null];
    const action = !old ? AuditAction.CREATE : !now ? AuditAction.DELETE : AuditAction.UPDATE;
    return { action, entityType, entityId, changes: changesBetween(old, now, fields) };
  });
}

/** Rows keyed by their `id`. */
export function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * The append-only audit trail. Every writer records what it changed through here, in its own
 * transaction: a rolled-back change leaves no event, a committed one always has its events.
 */
export const AuditLog = {
  /** Writes the events in one statement; an update that changed nothing writes none. */
  async record(manager: EntityManager, actor: Actor, events: AuditRecord[]): Promise<void> {
    const kept = events.filter((event) => event.action !== AuditAction.UPDATE || event.changes.length);
    if (!kept.length) return;
    const secret = kept.flatMap((event) => event.changes).find((change) => SECRET_FIELD.test(change.field));
    if (secret) throw new Error(`the audit trail never records secrets, but was given the field "${secret.field}"`);
    await manager.query(
      `INSERT INTO audit_event (actor_kind, actor_name, actor_user_id, actor_token_id, request_id, action, entity_type, entity_id, changes)
       SELECT $1, $2, $3, $4, $5, u.action, u.entity_type, u.entity_id, u.changes
         FROM unnest($6::audit_action[], $7::varchar[], $8::varchar[], $9::jsonb[]) WITH ORDINALITY AS u(action, entity_type, entity_id, changes, n)
        ORDER BY u.n`,
      [
        actor.kind,
        actor.name,
        actor.userId,
        actor.tokenId,
        actor.requestId,
        kept.map((event) => event.action),
        kept.map((event) => event.entityType),
        kept.map((event) => event.entityId),
        kept.map((event) => JSON.stringify(event.changes)),
      ],
    );
  },

  /** The event of one row's change: created (no `before`), deleted (no `after`) or updated. */
  recordRow(
    manager: EntityManager,
    actor: Actor,
    entityType: string,
    fields: readonly string[],
    before: (AuditedRow & { id: string }) | null,
    after: (AuditedRow & { id: string }) | null,
  ): Promise<void> {
    const rows = (row: typeof before) => (row ? byId([row]) : new Map<string, AuditedRow>());
    return AuditLog.record(manager, actor, eventsBetween(entityType, fields, rows(before), rows(after)));
  },
};
