import type { ActorKind, AuditFilter } from '../../gql/graphql';

/** The filters as the URL keeps them, so a filtered trail can be linked to and survives a reload. */
export interface AuditFilterValues {
  /** "user:<id>" for a person, "kind:JIRA_SYNC" for every actor of a kind; "" for anyone. */
  who: string;
  entityType: string;
  entityId: string;
  /** Dates "2027-03-01", inclusive, in the viewer's time zone. */
  from: string;
  to: string;
}

const KEYS = ['who', 'entityType', 'entityId', 'from', 'to'] as const;

export function filterValuesOf(params: URLSearchParams): AuditFilterValues {
  return Object.fromEntries(KEYS.map((key) => [key, params.get(key) ?? ''])) as unknown as AuditFilterValues;
}

export function searchOf(values: AuditFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) if (values[key].trim()) params.set(key, values[key].trim());
  return params;
}

/** The API's filter: dates become the start of the first day and the end of the last, locally. */
export function auditFilterOf(values: AuditFilterValues): AuditFilter {
  const filter: AuditFilter = {};
  const [kind, id] = values.who.split(':');
  if (kind === 'user' && id) filter.actorUserId = id;
  if (kind === 'kind' && id) filter.actorKind = id as ActorKind;
  if (values.entityType) filter.entityType = values.entityType;
  if (values.entityId.trim()) filter.entityId = values.entityId.trim();
  if (values.from) filter.from = new Date(`${values.from}T00:00:00`).toISOString();
  if (values.to) filter.to = new Date(`${values.to}T23:59:59.999`).toISOString();
  return filter;
}
