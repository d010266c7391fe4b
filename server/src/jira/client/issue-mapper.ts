import { adfToMarkdown } from './adf-to-markdown';
import { JiraFieldIds } from './field-discovery';
import { JiraIssue } from './jira-types';

export type MappedStatus = 'PLANNED' | 'IN_PROGRESS' | 'DONE';

/** A Jira issue in the words of an initiative. */
export interface MappedIssue {
  jiraId: string;
  key: string;
  url: string;
  title: string;
  description: string | null;
  status: MappedStatus;
  startDate: string | null;
  endDate: string | null;
  teamName: string | null;
  projectKey: string;
  projectName: string;
  parentJiraId: string | null;
  /** Issues this one blocks (its outward "blocks" links). */
  blocksJiraIds: string[];
  /** Issues that block this one (its inward "is blocked by" links); the same links seen from the other end. */
  blockedByJiraIds: string[];
  updated: string;
}

const BASE_FIELDS = ['summary', 'description', 'status', 'duedate', 'project', 'parent', 'issuelinks', 'updated'];

/** The `fields` to ask Jira for: only what mapIssue reads. */
export function requiredFields(ids: JiraFieldIds): string[] {
  const custom = [ids.targetStart, ids.targetEnd, ids.startDate, ids.team].filter((id): id is string => !!id);
  return [...new Set([...BASE_FIELDS, ...custom])];
}

export function mapIssue(issue: JiraIssue, ids: JiraFieldIds, baseUrl: string): MappedIssue {
  const fields = issue.fields ?? {};
  const dateOf = (id: string | undefined) => isoDate(id ? fields[id] : null);
  const projectKey = String(fields.project?.key ?? issue.key.replace(/-\d+$/, ''));
  const links = blockLinks(fields.issuelinks);
  return {
    jiraId: String(issue.id),
    key: issue.key,
    url: `${baseUrl.replace(/\/+$/, '')}/browse/${issue.key}`,
    title: String(fields.summary ?? '').trim(),
    description: adfToMarkdown(fields.description) || null,
    status: statusOf(issue),
    // Each end falls back on its own: a Target start with only a due date spans the two.
    startDate: dateOf(ids.targetStart) ?? dateOf(ids.startDate),
    endDate: dateOf(ids.targetEnd) ?? isoDate(fields.duedate),
    teamName: teamNameOf(ids.team ? fields[ids.team] : null),
    projectKey,
    projectName: String(fields.project?.name ?? projectKey),
    parentJiraId: fields.parent?.id != null ? String(fields.parent.id) : null,
    blocksJiraIds: links.outward,
    blockedByJiraIds: links.inward,
    updated: String(fields.updated ?? ''),
  };
}

/** Whether the issue's status is in the "done" category (counts toward its parent's progress). */
export function isDone(issue: JiraIssue): boolean {
  return issue.fields?.status?.statusCategory?.key === 'done';
}

function statusOf(issue: JiraIssue): MappedStatus {
  switch (issue.fields?.status?.statusCategory?.key) {
    case 'done':
      return 'DONE';
    case 'indeterminate':
      return 'IN_PROGRESS';
    default:
      return 'PLANNED';
  }
}

function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return match ? match[1] : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Jira answers the Team field with {id, name, title…}; some sites give only the team's id,
// which carries no name to match a Throughline team by.
function teamNameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() && !UUID.test(value.trim()) ? value.trim() : null;
  if (!value || typeof value !== 'object') return null;
  const { name, title } = value as { name?: unknown; title?: unknown };
  const text = typeof name === 'string' && name.trim() ? name : typeof title === 'string' ? title : '';
  return text.trim() || null;
}

interface IssueLink {
  type?: { name?: string; inward?: string; outward?: string };
  inwardIssue?: { id?: string | number };
  outwardIssue?: { id?: string | number };
}

function blockLinks(value: unknown): { outward: string[]; inward: string[] } {
  const links = Array.isArray(value) ? (value as IssueLink[]) : [];
  const blocks = links.filter((link) => link.type?.name === 'Blocks' || link.type?.outward?.toLowerCase() === 'blocks');
  const ids = (pick: (link: IssueLink) => string | number | undefined) => [
    ...new Set(
      blocks
        .map(pick)
        .filter((id) => id != null)
        .map(String),
    ),
  ];
  return { outward: ids((link) => link.outwardIssue?.id), inward: ids((link) => link.inwardIssue?.id) };
}
