import { EntityManager } from 'typeorm';
import { JiraIssue } from '../client/jira-types';
import { parseJiraInstant, statusCategoryOf } from './issue-content';

/** The fields a child issue is read with: enough for its parent's progress. */
export const CHILD_FIELDS = ['parent', 'status', 'updated'];

interface KnownChild {
  jira_id: string;
  key: string;
  parent_jira_id: string | null;
  status_category: string;
}

/**
 * Records one page of child issues (their parent and status category) inside the caller's
 * transaction, writing only those that changed. Returns the parents whose progress may have
 * moved: the old and the new parent of each changed child.
 */
export async function applyChildPage(manager: EntityManager, connectionId: string, page: JiraIssue[]): Promise<string[]> {
  const children = page.map((issue) => ({
    jiraId: issue.id,
    key: issue.key,
    parentJiraId: typeof issue.fields?.parent?.id === 'string' ? issue.fields.parent.id : null,
    statusCategory: statusCategoryOf(issue),
    updatedAt: parseJiraInstant(issue.fields?.updated),
  }));
  const rows: KnownChild[] = await manager.query(
    `SELECT jira_id, key, parent_jira_id, status_category FROM jira_issue WHERE connection_id = $1 AND jira_id = ANY($2)`,
    [connectionId, children.map((child) => child.jiraId)],
  );
  const known = new Map(rows.map((row) => [row.jira_id, row]));
  const changed = children.filter((child) => {
    const row = known.get(child.jiraId);
    return !row || row.key !== child.key || row.parent_jira_id !== child.parentJiraId || row.status_category !== child.statusCategory;
  });
  if (!changed.length) return [];
  await manager.query(
    `INSERT INTO jira_issue (connection_id, jira_id, key, parent_jira_id, status_category, updated_at_jira)
     SELECT $1, * FROM unnest($2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::timestamptz[])
     ON CONFLICT (connection_id, jira_id) DO UPDATE
        SET key = EXCLUDED.key, parent_jira_id = EXCLUDED.parent_jira_id, status_category = EXCLUDED.status_category`,
    [
      connectionId,
      ...['jiraId', 'key', 'parentJiraId', 'statusCategory', 'updatedAt'].map((f) => changed.map((c) => c[f as keyof typeof c])),
    ],
  );
  return changed
    .flatMap((child) => [child.parentJiraId, known.get(child.jiraId)?.parent_jira_id ?? null])
    .filter((id): id is string => !!id);
}
