import type { Health, InitiativeStatus } from '@throughline/shared';
import type { InitiativeFieldsFragment, UpdateInitiativeInput } from '../../gql/graphql';
import { trimmedOrNull } from '../../lib/form-input';

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
