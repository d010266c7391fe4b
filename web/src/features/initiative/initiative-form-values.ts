import { Health, InitiativeStatus, JIRA_OWNED_FIELDS } from '@throughline/shared';
import type { InitiativeFieldsFragment, UpdateInitiativeInput } from '../../gql/graphql';
import { trimmedOrNull } from '../../lib/form-input';
import { HEALTH_LABEL, STATUS_LABEL } from '../../lib/format';
import type { FieldProblems } from '../../lib/use-form-mutation';

/** The initiative form's state: text boxes hold strings, pickers hold ids. */
export interface InitiativeFormValues {
  title: string;
  description: string;
  status: `${InitiativeStatus}`;
  health: `${Health}`;
  startDate: string;
  endDate: string;
  owner: string;
  effortWeeks: string;
  leadTeamId: string;
  /** Contributing teams other than the lead; the API's teamIds is the lead plus these. */
  otherTeamIds: string[];
  goalIds: string[];
  metricIds: string[];
}

export const INITIATIVE_FIELDS = [
  'title',
  'description',
  'status',
  'health',
  'startDate',
  'endDate',
  'owner',
  'effortWeeks',
  'leadTeamId',
  'teamIds',
  'goalIds',
  'metricIds',
] as const;

export function valuesOf(initiative: InitiativeFieldsFragment): InitiativeFormValues {
  const leadTeamId = initiative.leadTeam?.id ?? '';
  return {
    title: initiative.title,
    description: initiative.description ?? '',
    status: initiative.status,
    health: initiative.health,
    startDate: initiative.startDate ?? '',
    endDate: initiative.endDate ?? '',
    owner: initiative.owner ?? '',
    effortWeeks: initiative.effortWeeks === null || initiative.effortWeeks === undefined ? '' : String(initiative.effortWeeks),
    leadTeamId,
    otherTeamIds: initiative.teams.map((t) => t.id).filter((id) => id !== leadTeamId),
    goalIds: initiative.goals.map((g) => g.id),
    metricIds: initiative.metrics.map((m) => m.id),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Effort as the API takes it; a non-number goes through as NaN so the form can say so. */
export function effortOf(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

export const STATUS_OPTIONS = Object.values(InitiativeStatus).map((s) => ({ value: s, label: STATUS_LABEL[s] }));
export const HEALTH_OPTIONS = Object.values(Health).map((h) => ({ value: h, label: HEALTH_LABEL[h] }));

export function teamOptions(teams: ReadonlyArray<{ id: string; key: string; name: string }> = []) {
  return teams.map((t) => ({ value: t.id, label: `${t.key} · ${t.name}` }));
}

/**
 * The fields Jira owns when the initiative was imported from it: shown here but edited in Jira
 * (the API refuses a change) until two-way sync exists.
 */
export function lockedFieldsOf(initiative: { externalKey?: string | null }): ReadonlySet<string> {
  return new Set<string>(initiative.externalKey ? JIRA_OWNED_FIELDS : []);
}

/** What the create and edit forms check before sending. */
export function initiativeProblems(values: { title: string; effortWeeks: string }): FieldProblems {
  const effort = effortOf(values.effortWeeks);
  return {
    title: values.title.trim() ? undefined : 'Say what the work is.',
    effortWeeks:
      effort !== null && !(Number.isFinite(effort) && effort >= 0) ? 'Enter engineer-weeks as a number, e.g. 6 or 2.5.' : undefined,
  };
}

/** The API's fields for the form's values: empty text is null (clears), teams include the lead. */
function inputOf(values: InitiativeFormValues) {
  return {
    title: values.title.trim(),
    description: trimmedOrNull(values.description),
    status: values.status,
    health: values.health,
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    owner: trimmedOrNull(values.owner),
    effortWeeks: effortOf(values.effortWeeks),
    leadTeamId: values.leadTeamId || null,
    teamIds: values.leadTeamId ? [values.leadTeamId, ...values.otherTeamIds.filter((id) => id !== values.leadTeamId)] : values.otherTeamIds,
    goalIds: values.goalIds,
    metricIds: values.metricIds,
  };
}

/**
 * Only what the user changed goes to the API (an omitted field stays as it is), so a save
 * never rewrites a field the user did not touch.
 */
export function changedInput(
  initial: InitiativeFormValues,
  values: InitiativeFormValues,
): Partial<Omit<UpdateInitiativeInput, 'id' | 'version'>> {
  const before = inputOf(initial);
  const after = inputOf(values);
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof typeof after>) {
    const a = before[key];
    const b = after[key];
    const same = Array.isArray(a) && Array.isArray(b) ? sameSet(a, b) : Object.is(a, b);
    if (!same) changed[key] = b;
  }
  return changed;
}
