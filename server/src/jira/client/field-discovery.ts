import { JiraField } from './jira-types';

export interface JiraFieldIds {
  targetStart?: string;
  targetEnd?: string;
  /** Jira's own "Start date" (the timeline's), the fallback for a missing Target start. */
  startDate?: string;
  team?: string;
}

type Matcher = (field: JiraField) => boolean;

const ofType =
  (type: string): Matcher =>
  (field) =>
    field.schema?.custom === type;

const DATEPICKER = 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker';

// Matched by field type, never by display name alone: sites rename fields and keep look-alikes
// ("Target start" date pickers, "Team" select lists) that hold other data. Jira's "Start date"
// is an ordinary date picker, so it takes its name and its type; a text field named so is not it.
// Each list is in order of preference.
const MATCHERS: Record<keyof JiraFieldIds, Matcher[]> = {
  targetStart: [ofType('com.atlassian.jpo:jpo-custom-field-baseline-start')],
  targetEnd: [ofType('com.atlassian.jpo:jpo-custom-field-baseline-end')],
  startDate: [(field) => ofType(DATEPICKER)(field) && field.name.trim().toLowerCase() === 'start date'],
  team: [
    ofType('com.atlassian.teams:rm-teams-custom-field-team'),
    // The newer platform type key of the same Atlassian Team field.
    ofType('com.atlassian.jira.plugin.system.customfieldtypes:atlassian-team'),
  ],
};

/** The ids of the Advanced Roadmaps date fields, Jira's Start date and the Team field on a site; overrides win. */
export function discoverFieldIds(fields: JiraField[], overrides?: Partial<JiraFieldIds>): JiraFieldIds {
  const ids: JiraFieldIds = {};
  for (const name of Object.keys(MATCHERS) as Array<keyof JiraFieldIds>) {
    const id = overrides?.[name]?.trim() || firstMatch(fields, MATCHERS[name]);
    if (id) ids[name] = id;
  }
  return ids;
}

function firstMatch(fields: JiraField[], matchers: Matcher[]): string | undefined {
  for (const matches of matchers) {
    const found = fields.filter(matches).map((field) => field.id);
    // Two fields of one kind happen after site merges; the oldest (lowest number) is the one plans use.
    if (found.length) return found.sort(byCustomFieldNumber)[0];
  }
  return undefined;
}

function byCustomFieldNumber(a: string, b: string): number {
  const number = (id: string) => Number(/(\d+)$/.exec(id)?.[1] ?? Number.MAX_SAFE_INTEGER);
  return number(a) - number(b);
}
