import { AnswerValue, TestApp } from './test-app';
import { Credentials, okAs } from './callers';

// Reading the audit trail in tests, as an admin.

export const EVENT_FIELDS = `id at action entityType entityId requestId actor { kind name user { id name } } changes { field before after }`;

export interface FieldChangeView {
  field: string;
  before: string | null;
  after: string | null;
}

export interface AuditEventView {
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  requestId: string | null;
  actor: { kind: string; name: string; user: { id: string; name: string } | null };
  changes: FieldChangeView[];
}

/**
 * The newest 20 events that match `filter`, newest first (20 full events stay under the GraphQL
 * cost limit, which counts `first`).
 */
export async function auditEvents(t: TestApp, admin: Credentials, filter: Record<string, unknown>): Promise<AuditEventView[]> {
  const data = await okAs<{ auditEvents: { items: AuditEventView[] } }>(
    t,
    admin,
    `query ($filter: AuditFilter) { auditEvents(filter: $filter, first: 20) { items { ${EVENT_FIELDS} } } }`,
    { filter },
  );
  return data.auditEvents.items;
}

/** An event's changes as { field: [before, after] }, with the JSON text parsed. */
export function changesOf(event: AuditEventView): Record<string, [AnswerValue, AnswerValue]> {
  const parse = (text: string | null) => (text === null ? undefined : JSON.parse(text));
  return Object.fromEntries(event.changes.map((change) => [change.field, [parse(change.before), parse(change.after)]]));
}
