import { PageOutcome } from './apply-issues';
import { applyChildPage, CHILD_FIELDS } from './child-issues';
import { requiredFields } from '../client/issue-mapper';
import { JiraClient } from '../client/jira-client';
import { ImportedIssue, prepareIssue } from './issue-content';
import { BY_ID, jqlWith, parentIn } from './jql';
import { forEachPage } from './search-pages';
import { afterPage, inPageTransaction, RunContext, throwIfAborted } from './run-context';

/** Parents per `parent in (…)` query: long enough to be few queries, short enough for Jira's limits. */
const PARENTS_PER_QUERY = 500;

/** What reading the connection's own issues found, across all pages. */
export interface IssuesRead {
  seen: Set<string>;
  created: string[];
  /** Created or updated. */
  changed: Set<string>;
  /** Counted unchanged by this attempt: a progress change later makes them updated. */
  unchanged: Set<string>;
  /** Whose progress may have moved because a child of theirs that is imported changed. */
  parents: Set<string>;
}

export function newIssuesRead(): IssuesRead {
  return { seen: new Set(), created: [], changed: new Set(), unchanged: new Set(), parents: new Set() };
}

function client(context: RunContext): JiraClient {
  if (!context.client) throw new Error('this run has no Jira client');
  return context.client;
}

/** Applies prepared issues as one page and adds what happened to the counters and to `read`. */
export async function applyPage(context: RunContext, issues: ImportedIssue[], read: IssuesRead): Promise<void> {
  const outcome: PageOutcome = await inPageTransaction(context, async (manager) => {
    const result = await context.applier.applyPage(manager, context.apply, issues);
    const { created, updated, unchanged } = result;
    context.counters.addPage({ seen: issues.length, created: created.length, updated: updated.length, unchanged: unchanged.length });
    return result;
  });
  for (const issue of issues) read.seen.add(issue.jiraId);
  read.created.push(...outcome.created);
  for (const id of [...outcome.created, ...outcome.updated]) read.changed.add(id);
  for (const id of outcome.unchanged) read.unchanged.add(id);
  for (const id of outcome.parents) read.parents.add(id);
}

/** Reads the issues a JQL selects, page by page, each page applied in one transaction. */
export async function importIssues(context: RunContext, jql: string): Promise<IssuesRead> {
  const read = newIssuesRead();
  let page = 0;
  await forEachPage(client(context), jql, requiredFields(context.fieldIds), async ({ issues }) => {
    throwIfAborted(context);
    await applyPage(
      context,
      issues.map((issue) => prepareIssue(issue, context.fieldIds, context.site)),
      read,
    );
    await afterPage(context, 'issues', ++page);
  });
  return read;
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/** What reading child issues found. */
export interface ChildrenRead {
  seen: Set<string>;
  /** Parents whose set of children or their statuses changed. */
  parents: Set<string>;
}

/**
 * Reads the child issues of `parents` (those updated since `since` when given) for progress.
 */
export async function importChildren(context: RunContext, parents: string[], since: string | null): Promise<ChildrenRead> {
  const read: ChildrenRead = { seen: new Set(), parents: new Set() };
  const queries = chunks(parents, PARENTS_PER_QUERY).map((chunk) => jqlWith(parentIn(chunk), since ? [since] : [], BY_ID));
  let page = 0;
  for (const jql of queries) {
    await forEachPage(client(context), jql, CHILD_FIELDS, async ({ issues }) => {
      throwIfAborted(context);
      const touched = await inPageTransaction(context, async (manager) => {
        context.counters.addChildren(issues.length);
        return applyChildPage(manager, context.connectionId, issues);
      });
      for (const issue of issues) read.seen.add(issue.id);
      for (const id of touched) read.parents.add(id);
      await afterPage(context, 'children', ++page);
    });
  }
  return read;
}

/**
 * Recomputes the progress of `parents` (all imported issues when null); an initiative counted
 * unchanged whose progress moved is counted updated instead.
 */
export async function updateProgress(context: RunContext, parents: Set<string> | null, read: IssuesRead): Promise<void> {
  await inPageTransaction(context, async (manager) => {
    const moved = await context.applier.recomputeProgress(manager, context.apply, parents ? [...parents] : null);
    for (const id of moved) {
      if (read.unchanged.delete(id)) context.counters.unchangedBecameUpdated();
    }
  });
}
