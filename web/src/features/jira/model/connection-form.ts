import type { CreateJiraConnectionInput, JiraConnectionFieldsFragment, UpdateJiraConnectionInput } from '../../../gql/graphql';
import { trimmedOrNull } from '../../../lib/form-input';

export interface ConnectionFormValues {
  name: string;
  baseUrl: string;
  email: string;
  /** Blank on edit keeps the stored token (the API never returns it). */
  apiToken: string;
  jql: string;
  /** Minutes as text for the select; "" is on demand. */
  syncEveryMinutes: string;
  targetStart: string;
  targetEnd: string;
  team: string;
}

/** The inputs the form shows, in the API's names, so `fieldErrors` keys match them. */
export const CONNECTION_FIELDS = [
  'name',
  'baseUrl',
  'email',
  'apiToken',
  'jql',
  'syncEveryMinutes',
  'fieldOverrides.targetStart',
  'fieldOverrides.targetEnd',
  'fieldOverrides.team',
] as const;

export type ConnectionField = (typeof CONNECTION_FIELDS)[number];

export const SAMPLE_JQL = 'project in (PLAT, CHK) AND issuetype = Epic';

export const EMPTY_CONNECTION: ConnectionFormValues = {
  name: '',
  baseUrl: '',
  email: '',
  apiToken: '',
  jql: SAMPLE_JQL,
  syncEveryMinutes: '60',
  targetStart: '',
  targetEnd: '',
  team: '',
};

export function valuesOf(connection: JiraConnectionFieldsFragment): ConnectionFormValues {
  const overrides = connection.fieldOverrides;
  return {
    name: connection.name,
    baseUrl: connection.baseUrl,
    email: connection.email,
    apiToken: '',
    jql: connection.jql,
    syncEveryMinutes: connection.syncEveryMinutes ? String(connection.syncEveryMinutes) : '',
    targetStart: overrides.targetStart ?? '',
    targetEnd: overrides.targetEnd ?? '',
    team: overrides.team ?? '',
  };
}

/** What must be filled in before asking the server (which checks the rest against Jira). */
export function missingFields(values: ConnectionFormValues, tokenStored: boolean): Partial<Record<ConnectionField, string>> {
  const problems: Partial<Record<ConnectionField, string>> = {};
  if (!values.name.trim()) problems.name = 'Give the connection a name.';
  if (!values.baseUrl.trim()) problems.baseUrl = 'Enter your Jira site, e.g. https://your-company.atlassian.net.';
  if (!values.email.trim()) problems.email = 'Enter the e-mail of the Atlassian account the token belongs to.';
  if (!tokenStored && !values.apiToken.trim()) problems.apiToken = 'Paste an API token of that account.';
  if (!values.jql.trim()) problems.jql = 'Enter the JQL that selects the issues to import.';
  return problems;
}

function overridesOf(values: ConnectionFormValues) {
  return { targetStart: trimmedOrNull(values.targetStart), targetEnd: trimmedOrNull(values.targetEnd), team: trimmedOrNull(values.team) };
}

function scheduleOf(values: ConnectionFormValues): number | null {
  return values.syncEveryMinutes ? Number(values.syncEveryMinutes) : null;
}

export function createInput(values: ConnectionFormValues): CreateJiraConnectionInput {
  const overrides = overridesOf(values);
  return {
    name: values.name.trim(),
    baseUrl: values.baseUrl.trim(),
    email: values.email.trim(),
    apiToken: values.apiToken.trim(),
    jql: values.jql.trim(),
    syncEveryMinutes: scheduleOf(values),
    ...(Object.values(overrides).some(Boolean) ? { fieldOverrides: overrides } : {}),
  };
}

/**
 * Only what changed: the server checks a changed site, e-mail, token or JQL against Jira, and
 * a changed site or JQL makes the next run a full one. A blank token keeps the stored one.
 */
export function updateInput(id: string, values: ConnectionFormValues, before: ConnectionFormValues): UpdateJiraConnectionInput {
  const input: UpdateJiraConnectionInput = { id };
  for (const key of ['name', 'baseUrl', 'email', 'jql'] as const) {
    if (values[key].trim() !== before[key]) input[key] = values[key].trim();
  }
  if (values.apiToken.trim()) input.apiToken = values.apiToken.trim();
  if (values.syncEveryMinutes !== before.syncEveryMinutes) input.syncEveryMinutes = scheduleOf(values);
  const overrides = overridesOf(values);
  if (JSON.stringify(overrides) !== JSON.stringify(overridesOf(before))) input.fieldOverrides = overrides;
  return input;
}

export const SCHEDULE_OPTIONS = [
  { value: '', label: 'On demand only' },
  { value: '15', label: 'Every 15 minutes' },
  { value: '30', label: 'Every 30 minutes' },
  { value: '60', label: 'Every hour' },
  { value: '240', label: 'Every 4 hours' },
  { value: '720', label: 'Every 12 hours' },
  { value: '1440', label: 'Every day' },
];

/** The preset schedules, plus the connection's own when it was set to another value. */
export function scheduleOptions(current: string) {
  if (SCHEDULE_OPTIONS.some((o) => o.value === current)) return SCHEDULE_OPTIONS;
  return [...SCHEDULE_OPTIONS, { value: current, label: `Every ${current} minutes` }];
}
