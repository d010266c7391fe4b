/**
 * An issue's `fields` as Jira sends them: the standard ones the mapper reads are typed (each may
 * be missing); custom fields (`customfield_…`) are read by id and checked where they are used.
 */
export interface JiraIssueFields {
  summary?: unknown;
  description?: unknown;
  duedate?: unknown;
  updated?: unknown;
  project?: { key?: string; name?: string };
  parent?: { id?: string | number; key?: string; fields?: { summary?: string } };
  status?: { name?: string; statusCategory?: { key?: string } };
  issuelinks?: unknown;
  [field: string]: unknown;
}

export interface JiraIssue {
  id: string;
  key: string;
  self?: string;
  fields: JiraIssueFields;
}

export interface JiraSearchPage {
  issues: JiraIssue[];
  nextPageToken?: string;
  isLast: boolean;
}

export interface JiraField {
  id: string;
  name: string;
  custom: boolean;
  schema?: { type: string; custom?: string; customId?: number; items?: string };
}
