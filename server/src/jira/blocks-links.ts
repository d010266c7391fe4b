import { EntityManager } from 'typeorm';
import { lockDependencyGraph } from '../initiative/dependency.service';
import { DependencyGraph } from './dependency-graph';
import { ImportedIssue } from './issue-content';

interface Link {
  blocker: string;
  blocked: string;
}

interface LinkContext {
  connectionId: string;
  warnings: string[];
}

/**
 * Turns the "Blocks" links of the issues a page changed into dependencies (A blocks B: B depends
 * on A) among imported issues: the links they have now, the links pointing at issues imported for
 * the first time, and the removal of links Jira no longer has. An edge that would close a cycle
 * (with any dependency, Jira's or a user's) is skipped and reported in `warnings`.
 */
export async function applyBlocksLinks(
  manager: EntityManager,
  context: LinkContext,
  changed: ImportedIssue[],
  createdIds: string[],
): Promise<void> {
  if (!changed.length) return;
  const changedIds = changed.map((issue) => issue.jiraId);
  const before = await replaceLinks(manager, context.connectionId, changed);
  const now = new Set(changed.flatMap((issue) => issue.blocksJiraIds.map((blocked) => `${issue.jiraId}>${blocked}`)));
  const dropped = before.filter((link) => !now.has(`${link.blocker}>${link.blocked}`));
  const incoming: Link[] = createdIds.length
    ? await manager.query(
        `SELECT blocker_jira_id AS blocker, blocked_jira_id AS blocked FROM jira_issue_link WHERE connection_id = $1 AND blocked_jira_id = ANY($2)`,
        [context.connectionId, createdIds],
      )
    : [];
  const wanted = [...changed.flatMap((issue) => issue.blocksJiraIds.map((blocked) => ({ blocker: issue.jiraId, blocked }))), ...incoming];
  const imported = await importedInitiatives(manager, context.connectionId, [
    ...changedIds,
    ...[...dropped, ...wanted].flatMap((l) => [l.blocker, l.blocked]),
  ]);
  await dropDependencies(manager, dropped, imported);
  await addDependencies(manager, context, wanted, imported);
}

/** Stores the changed issues' current links; returns the ones stored before. */
async function replaceLinks(manager: EntityManager, connectionId: string, changed: ImportedIssue[]): Promise<Link[]> {
  const ids = changed.map((issue) => issue.jiraId);
  const [before]: [Link[]] = await manager.query(
    `DELETE FROM jira_issue_link WHERE connection_id = $1 AND blocker_jira_id = ANY($2) RETURNING blocker_jira_id AS blocker, blocked_jira_id AS blocked`,
    [connectionId, ids],
  );
  const blockers = changed.flatMap((issue) => issue.blocksJiraIds.map(() => issue.jiraId));
  const blocked = changed.flatMap((issue) => issue.blocksJiraIds);
  if (blockers.length) {
    await manager.query(
      `INSERT INTO jira_issue_link (connection_id, blocker_jira_id, blocked_jira_id) SELECT $1, * FROM unnest($2::varchar[], $3::varchar[])`,
      [connectionId, blockers, blocked],
    );
  }
  return before;
}

interface Imported {
  initiativeId: string;
  key: string;
}

async function importedInitiatives(manager: EntityManager, connectionId: string, jiraIds: string[]): Promise<Map<string, Imported>> {
  const rows: Array<{ jira_id: string; initiative_id: string; key: string }> = await manager.query(
    `SELECT jira_id, initiative_id, key FROM jira_issue WHERE connection_id = $1 AND jira_id = ANY($2) AND imported AND initiative_id IS NOT NULL`,
    [connectionId, [...new Set(jiraIds)]],
  );
  return new Map(rows.map((row) => [row.jira_id, { initiativeId: row.initiative_id, key: row.key }]));
}

async function dropDependencies(manager: EntityManager, links: Link[], imported: Map<string, Imported>): Promise<void> {
  const edges = links.flatMap((link) => {
    const blocker = imported.get(link.blocker);
    const dependent = imported.get(link.blocked);
    return blocker && dependent ? [{ dependent: dependent.initiativeId, blocker: blocker.initiativeId }] : [];
  });
  if (!edges.length) return;
  await manager.query(
    `DELETE FROM dependency d USING unnest($1::uuid[], $2::uuid[]) AS e(dependent_id, blocker_id)
      WHERE d.dependent_id = e.dependent_id AND d.blocker_id = e.blocker_id`,
    [edges.map((e) => e.dependent), edges.map((e) => e.blocker)],
  );
}

/** Adds the edges that close no cycle, checked against the graph as it is under the graph's lock. */
async function addDependencies(
  manager: EntityManager,
  context: LinkContext,
  links: Link[],
  imported: Map<string, Imported>,
): Promise<void> {
  const candidates = links.flatMap((link) => {
    const blocker = imported.get(link.blocker);
    const dependent = imported.get(link.blocked);
    return blocker && dependent ? [{ blocker, dependent }] : [];
  });
  if (!candidates.length) return;
  await lockDependencyGraph(manager);
  const graph = await DependencyGraph.load(manager);
  const dependents: string[] = [];
  const blockers: string[] = [];
  for (const { blocker, dependent } of candidates) {
    if (graph.has(dependent.initiativeId, blocker.initiativeId)) continue;
    if (graph.wouldCycle(dependent.initiativeId, blocker.initiativeId)) {
      context.warnings.push(`${blocker.key} blocks ${dependent.key} in Jira, but that dependency would close a cycle; it was skipped`);
      continue;
    }
    graph.add(dependent.initiativeId, blocker.initiativeId);
    dependents.push(dependent.initiativeId);
    blockers.push(blocker.initiativeId);
  }
  if (!dependents.length) return;
  await manager.query(
    `INSERT INTO dependency (dependent_id, blocker_id) SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`,
    [dependents, blockers],
  );
}
