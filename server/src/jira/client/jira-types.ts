export interface JiraIssue {
  id: string;
  key: string;
  self?: string;
  fields: Record<string, any>;
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
