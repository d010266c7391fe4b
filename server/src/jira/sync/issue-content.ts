import { createHash } from 'node:crypto';
import { isIsoDate, LIMITS } from '@throughline/shared';
import { JiraFieldIds } from '../client/field-discovery';
import { isDone, mapIssue, MappedIssue } from '../client/issue-mapper';
import { JiraIssue } from '../client/jira-types';

// Part of every hash: bumping it makes the next run re-apply every issue after a mapping change.
const MAPPING_VERSION = 1;

/** An issue as the import applies it: mapped, made to fit the initiative's constraints, hashed. */
export interface ImportedIssue extends Omit<MappedIssue, 'url'> {
  url: string | null;
  statusCategory: string;
  updatedAt: Date | null;
  hash: string;
  warnings: string[];
}

export function statusCategoryOf(issue: JiraIssue): string {
  const key = issue.fields?.status?.statusCategory?.key;
  if (typeof key === 'string' && key) return key;
  return isDone(issue) ? 'done' : 'new';
}

/** Jira writes "2027-01-31T10:00:00.000+0000"; Date wants "+00:00". */
export function parseJiraInstant(text: unknown): Date | null {
  if (typeof text !== 'string' || !text) return null;
  const date = new Date(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(date.getTime()) ? null : date;
}

function clip(text: string, max: number): string {
  return text.length <= max
    ? text
    : Array.from(text)
        .slice(0, max - 1)
        .join('') + '…';
}

function validDate(date: string | null): string | null {
  return date && isIsoDate(date) ? date : null;
}

function fitted(mapped: MappedIssue, hasSite: boolean): Omit<ImportedIssue, 'statusCategory' | 'updatedAt' | 'hash'> {
  const warnings: string[] = [];
  const startDate = validDate(mapped.startDate);
  let endDate = validDate(mapped.endDate);
  if (startDate && endDate && endDate < startDate) {
    warnings.push(`${mapped.key}: its end (${endDate}) is before its start (${startDate}); the end date was left empty`);
    endDate = null;
  }
  const description = mapped.description?.trim() ? clip(mapped.description, LIMITS.description) : null;
  const blocksJiraIds = [...new Set(mapped.blocksJiraIds)].filter((id) => id !== mapped.jiraId).sort();
  const title = clip(mapped.title?.trim() || mapped.key, LIMITS.title);
  return { ...mapped, url: hasSite ? mapped.url : null, title, description, startDate, endDate, blocksJiraIds, warnings };
}

export function prepareIssue(raw: JiraIssue, fieldIds: JiraFieldIds, baseUrl: string): ImportedIssue {
  const issue = fitted(mapIssue(raw, fieldIds, baseUrl), baseUrl !== '');
  const statusCategory = statusCategoryOf(raw);
  const content = [
    MAPPING_VERSION,
    issue.key,
    issue.url,
    issue.title,
    issue.description,
    issue.status,
    issue.startDate,
    issue.endDate,
    issue.teamName,
    issue.projectKey,
    issue.projectName,
    issue.parentJiraId,
    issue.blocksJiraIds,
    statusCategory,
  ];
  const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  return { ...issue, statusCategory, updatedAt: parseJiraInstant(issue.updated), hash };
}
