import { JiraField } from './jira-types';

export interface JiraFieldIds {
  targetStart?: string;
  targetEnd?: string;
  team?: string;
}

// Matched by field type, never by display name: sites rename fields and keep look-alikes
// ("Target start" date pickers, "Team" select lists) that hold other data.
const FIELD_TYPES: Record<keyof JiraFieldIds, string[]> = {
  targetStart: ['com.atlassian.jpo:jpo-custom-field-baseline-start'],
  targetEnd: ['com.atlassian.jpo:jpo-custom-field-baseline-end'],
  team: [
    'com.atlassian.teams:rm-teams-custom-field-team',
    // The newer platform type key of the same Atlassian Team field.
    'com.atlassian.jira.plugin.system.customfieldtypes:atlassian-team',
  ],
};

/** The ids of the Advanced Roadmaps date fields and the Team field on a site; overrides win. */
export function discoverFieldIds(fields: JiraField[], overrides?: Partial<JiraFieldIds>): JiraFieldIds {
  const ids: JiraFieldIds = {};
  for (const name of Object.keys(FIELD_TYPES) as Array<keyof JiraFieldIds>) {
    const id = overrides?.[name]?.trim() || firstOfType(fields, FIELD_TYPES[name]);
    if (id) ids[name] = id;
  }
  return ids;
}

function firstOfType(fields: JiraField[], types: string[]): string | undefined {
  for (const type of types) {
    const matches = fields.filter((field) => field.schema?.custom === type).map((field) => field.id);
    // Two fields of one type happen after site merges; the oldest (lowest number) is the one plans use.
    if (matches.length) return matches.sort(byCustomFieldNumber)[0];
  }
  return undefined;
}

function byCustomFieldNumber(a: string, b: string): number {
  const number = (id: string) => Number(/(\d+)$/.exec(id)?.[1] ?? Number.MAX_SAFE_INTEGER);
  return number(a) - number(b);
}
