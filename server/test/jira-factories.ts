import { SyncRunStatus } from '@throughline/shared';
import { FakeJira, FakeJiraIssueInput } from './fake-jira/fake-jira';
import { TestApp } from './test-app';

// Helpers for the Jira sync API tests: connections made through the API, runs followed to
// their end through the API, results read back from the tables.

export const RUN_FIELDS = 'id status full startedAt finishedAt expectedIssues issuesSeen created updated unchanged removed error warnings';

export interface RunView {
  id: string;
  status: SyncRunStatus;
  full: boolean;
  expectedIssues: number | null;
  issuesSeen: number;
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
  error: string | null;
  warnings: string[];
}

let names = 0;

export async function createConnection(t: TestApp, fake: FakeJira, jql: string, extra: Record<string, unknown> = {}): Promise<string> {
  const data = await t.ok<{ createJiraConnection: { id: string } }>(
    `mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id } }`,
    { input: { name: `Jira ${++names} ${Date.now()}`, baseUrl: fake.baseUrl, email: fake.email, apiToken: fake.apiToken, jql, ...extra } },
  );
  return data.createJiraConnection.id;
}

/** Polls the run through the API until it has ended. */
export async function waitForRun(t: TestApp, runId: string): Promise<RunView> {
  for (;;) {
    const { syncRun } = await t.ok<{ syncRun: RunView }>(`query($id: ID!) { syncRun(id: $id) { ${RUN_FIELDS} } }`, { id: runId });
    if (syncRun.status === SyncRunStatus.SUCCEEDED || syncRun.status === SyncRunStatus.FAILED) return syncRun;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** "Sync now" through the API, then waits for the run to end. */
export async function sync(t: TestApp, connectionId: string, full = false): Promise<RunView> {
  const { syncJiraConnection } = await t.ok<{ syncJiraConnection: { id: string } }>(
    `mutation($id: ID!, $full: Boolean) { syncJiraConnection(id: $id, full: $full) { id } }`,
    { id: connectionId, full },
  );
  return waitForRun(t, syncJiraConnection.id);
}

export interface ImportedRow {
  jiraId: string;
  initiativeId: string;
  key: string;
  title: string;
  description: string | null;
  status: string;
  startDate: string | null;
  endDate: string | null;
  externalKey: string;
  externalUrl: string | null;
  progress: number | null;
  version: number;
  updatedAt: Date;
  leadTeamKey: string | null;
  leadTeamName: string | null;
}

/** The initiatives a connection imported, by Jira key. */
export async function imported(t: TestApp, connectionId: string): Promise<Map<string, ImportedRow>> {
  const rows: ImportedRow[] = await t.dataSource.query(
    `SELECT ji.jira_id AS "jiraId", i.id AS "initiativeId", i.key, i.title, i.description, i.status, i.start_date AS "startDate",
            i.end_date AS "endDate", i.external_key AS "externalKey", i.external_url AS "externalUrl", i.progress, i.version,
            i.updated_at AS "updatedAt", t.key AS "leadTeamKey", t.name AS "leadTeamName"
       FROM jira_issue ji JOIN initiative i ON i.id = ji.initiative_id LEFT JOIN team t ON t.id = i.lead_team_id
      WHERE ji.connection_id = $1 AND ji.imported`,
    [connectionId],
  );
  return new Map(rows.map((row) => [row.externalKey, row]));
}

/** "A blocks B" pairs among the connection's initiatives, as "A>B" by Jira key, sorted. */
export async function blocks(t: TestApp, connectionId: string): Promise<string[]> {
  const rows: Array<{ pair: string }> = await t.dataSource.query(
    `SELECT b.external_key || '>' || d.external_key AS pair
       FROM dependency x
       JOIN initiative b ON b.id = x.blocker_id JOIN initiative d ON d.id = x.dependent_id
       JOIN jira_issue jb ON jb.initiative_id = b.id AND jb.connection_id = $1
       JOIN jira_issue jd ON jd.initiative_id = d.id AND jd.connection_id = $1
      ORDER BY pair`,
    [connectionId],
  );
  return rows.map((row) => row.pair);
}

export function epic(key: string, summary: string, extra: Partial<FakeJiraIssueInput> = {}): FakeJiraIssueInput {
  return { key, summary, issuetype: 'Epic', ...extra };
}

export function story(key: string, parentKey: string, statusCategory: FakeJiraIssueInput['statusCategory'] = 'new'): FakeJiraIssueInput {
  return { key, summary: `Story ${key}`, issuetype: 'Story', parentKey, statusCategory };
}
