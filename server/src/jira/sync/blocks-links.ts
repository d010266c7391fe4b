import { EntityManager } from 'typeorm';
import { Actor } from '../../auth/caller';
import { DependencyEdge } from '../../initiative/dependency-graph';
import { DependencyStore } from '../../initiative/dependency-store';
import { DependencyOrigin } from '../../initiative/initiative-links.entity';
import { ImportedIssue } from './issue-content';

interface Link {
  blocker: string;
  blocked: string;
}

interface LinkContext {
  connectionId: string;
  actor: Actor;
  warnings: string[];
  dependencies: DependencyStore;
}

/**
 * Turns the "Blocks" links of the issues a page changed into dependencies (A blocks B: B depends
 * on A) among imported issues: the links they have now, the links pointing at issues imported for
 * the first time, and the removal of links Jira no longer has (dependencies made by hand stay). An
 * edge that would close a cycle (with any dependency, Jira's or a user's) is skipped and reported
 * in `warnings`.
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
  await context.dependencies.remove(manager, context.actor, edgesOf(dropped, imported), DependencyOrigin.JIRA);
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

/** The dependencies that links between imported issues stand for: A blocks B, so B depends on A. */
function edgesOf(links: Link[], imported: Map<string, Imported>): DependencyEdge[] {
  return links.flatMap((link) => {
    const blocker = imported.get(link.blocker);
    const dependent = imported.get(link.blocked);
    return blocker && dependent ? [{ dependentId: dependent.initiativeId, blockerId: blocker.initiativeId }] : [];
  });
}

/** Adds the edges that close no cycle; each refused one becomes a warning naming the Jira keys. */
async function addDependencies(
  manager: EntityManager,
  context: LinkContext,
  links: Link[],
  imported: Map<string, Imported>,
): Promise<void> {
  const { refused } = await context.dependencies.add(manager, context.actor, edgesOf(links, imported), DependencyOrigin.JIRA);
  if (!refused.length) return;
  const keyOf = new Map([...imported.values()].map((issue) => [issue.initiativeId, issue.key]));
  for (const { edge } of refused) {
    const [blocker, dependent] = [keyOf.get(edge.blockerId), keyOf.get(edge.dependentId)];
    context.warnings.push(`${blocker} blocks ${dependent} in Jira, but that dependency would close a cycle; it was skipped`);
  }
}
