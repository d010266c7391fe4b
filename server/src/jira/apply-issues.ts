import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { applyBlocksLinks } from './blocks-links';
import { ImportedIssue } from './issue-content';
import { LeadTeams } from './lead-teams';

export interface ApplyContext {
  connectionId: string;
  runId: string;
  teams: LeadTeams;
  warnings: string[];
}

/** What one page did, by Jira issue id. */
export interface PageOutcome {
  created: string[];
  updated: string[];
  /** Unchanged and not already changed by this run in an earlier, interrupted attempt. */
  unchanged: string[];
  /** Old and new parents of the issues created or updated: their progress may have moved. */
  parents: string[];
}

interface KnownIssue {
  jira_id: string;
  initiative_id: string | null;
  content_hash: string | null;
  imported: boolean;
  removed: boolean;
  last_changed_run_id: string | null;
  parent_jira_id: string | null;
  lead_team_id: string | null;
}

interface Planned extends ImportedIssue {
  initiativeId: string;
  leadTeamId: string;
  previousLeadTeamId: string | null;
}

/**
 * Applies one page of imported issues inside the caller's transaction: creates the initiatives of
 * new issues, updates those whose content changed, leaves the rest untouched (no write at all).
 */
export async function applyIssuePage(manager: EntityManager, context: ApplyContext, page: ImportedIssue[]): Promise<PageOutcome> {
  const { outcome, toCreate, toUpdate } = await plan(manager, context, page);
  const changed = [...toCreate, ...toUpdate];
  await insertInitiatives(manager, toCreate);
  await updateInitiatives(manager, toUpdate);
  await linkLeadTeams(manager, changed);
  await upsertIssues(manager, context, changed);
  await applyBlocksLinks(manager, context, changed, outcome.created);
  return outcome;
}

/** Sorts a page into issues to create, to update and unchanged, resolving lead teams of the first two. */
async function plan(manager: EntityManager, context: ApplyContext, page: ImportedIssue[]) {
  const issues = [...new Map(page.map((issue) => [issue.jiraId, issue])).values()];
  const known = await knownIssues(
    manager,
    context.connectionId,
    issues.map((issue) => issue.jiraId),
  );
  const outcome: PageOutcome = { created: [], updated: [], unchanged: [], parents: [] };
  const toCreate: Planned[] = [];
  const toUpdate: Planned[] = [];
  for (const issue of issues) {
    const row = known.get(issue.jiraId);
    const existing = row?.imported && row.initiative_id ? row : null;
    if (existing && !existing.removed && existing.content_hash === issue.hash) {
      if (existing.last_changed_run_id !== context.runId) outcome.unchanged.push(issue.jiraId);
      continue;
    }
    const leadTeamId = await context.teams.idFor(manager, issue);
    const initiativeId = existing?.initiative_id ?? randomUUID();
    (existing ? toUpdate : toCreate).push({ ...issue, leadTeamId, initiativeId, previousLeadTeamId: existing?.lead_team_id ?? null });
    (existing ? outcome.updated : outcome.created).push(issue.jiraId);
    outcome.parents.push(...[issue.parentJiraId, row?.parent_jira_id].filter((id): id is string => !!id));
    context.warnings.push(...issue.warnings);
  }
  return { outcome, toCreate, toUpdate };
}

async function knownIssues(manager: EntityManager, connectionId: string, jiraIds: string[]): Promise<Map<string, KnownIssue>> {
  const rows: KnownIssue[] = await manager.query(
    `SELECT ji.jira_id, ji.initiative_id, ji.content_hash, ji.imported, ji.removed, ji.last_changed_run_id, ji.parent_jira_id, i.lead_team_id
       FROM jira_issue ji LEFT JOIN initiative i ON i.id = ji.initiative_id
      WHERE ji.connection_id = $1 AND ji.jira_id = ANY($2)`,
    [connectionId, jiraIds],
  );
  return new Map(rows.map((row) => [row.jira_id, row]));
}

/** The initiative columns a sync owns, as parallel arrays for unnest(). */
function initiativeColumns(issues: Planned[]): unknown[] {
  return [
    issues.map((i) => i.initiativeId),
    issues.map((i) => i.title),
    issues.map((i) => i.description),
    issues.map((i) => i.status),
    issues.map((i) => i.startDate),
    issues.map((i) => i.endDate),
    issues.map((i) => i.leadTeamId),
    issues.map((i) => i.key),
    issues.map((i) => i.url),
  ];
}

const UNNEST_INITIATIVES = `unnest($1::uuid[], $2::varchar[], $3::text[], $4::initiative_status[], $5::date[], $6::date[], $7::uuid[], $8::varchar[], $9::varchar[])
  AS u(id, title, description, status, start_date, end_date, lead_team_id, external_key, external_url)`;

async function insertInitiatives(manager: EntityManager, issues: Planned[]): Promise<void> {
  if (!issues.length) return;
  await manager.query(
    `INSERT INTO initiative (id, key, title, description, status, start_date, end_date, lead_team_id, external_key, external_url)
     SELECT u.id, 'TL-' || nextval('initiative_key_seq'), u.title, u.description, u.status, u.start_date, u.end_date, u.lead_team_id, u.external_key, u.external_url
       FROM ${UNNEST_INITIATIVES}`,
    initiativeColumns(issues),
  );
}

/** Only rows that really differ are written, so their version moves only on a real change. */
async function updateInitiatives(manager: EntityManager, issues: Planned[]): Promise<void> {
  if (!issues.length) return;
  await manager.query(
    `UPDATE initiative i
        SET title = u.title, description = u.description, status = u.status, start_date = u.start_date, end_date = u.end_date,
            lead_team_id = u.lead_team_id, external_key = u.external_key, external_url = u.external_url,
            version = i.version + 1, updated_at = now()
       FROM ${UNNEST_INITIATIVES}
      WHERE i.id = u.id
        AND (i.title, i.description, i.status, i.start_date, i.end_date, i.lead_team_id, i.external_key, i.external_url)
            IS DISTINCT FROM (u.title, u.description, u.status, u.start_date, u.end_date, u.lead_team_id, u.external_key, u.external_url)`,
    initiativeColumns(issues),
  );
}

/** The lead team is always one of an initiative's teams; a replaced lead leaves with its role. */
async function linkLeadTeams(manager: EntityManager, issues: Planned[]): Promise<void> {
  if (!issues.length) return;
  const replaced = issues.filter((i) => i.previousLeadTeamId && i.previousLeadTeamId !== i.leadTeamId);
  if (replaced.length) {
    await manager.query(
      `DELETE FROM initiative_team t USING unnest($1::uuid[], $2::uuid[]) AS r(initiative_id, team_id)
        WHERE t.initiative_id = r.initiative_id AND t.team_id = r.team_id`,
      [replaced.map((i) => i.initiativeId), replaced.map((i) => i.previousLeadTeamId)],
    );
  }
  await manager.query(
    `INSERT INTO initiative_team (initiative_id, team_id) SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`,
    [issues.map((i) => i.initiativeId), issues.map((i) => i.leadTeamId)],
  );
}

async function upsertIssues(manager: EntityManager, context: ApplyContext, issues: Planned[]): Promise<void> {
  if (!issues.length) return;
  await manager.query(
    `INSERT INTO jira_issue (connection_id, jira_id, key, imported, removed, initiative_id, parent_jira_id, status_category, updated_at_jira, content_hash, last_changed_run_id)
     SELECT $1, u.jira_id, u.key, true, false, u.initiative_id, u.parent_jira_id, u.status_category, u.updated_at_jira, u.content_hash, $2
       FROM unnest($3::varchar[], $4::varchar[], $5::uuid[], $6::varchar[], $7::varchar[], $8::timestamptz[], $9::varchar[])
         AS u(jira_id, key, initiative_id, parent_jira_id, status_category, updated_at_jira, content_hash)
     ON CONFLICT (connection_id, jira_id) DO UPDATE
        SET key = EXCLUDED.key, imported = true, removed = false, initiative_id = EXCLUDED.initiative_id,
            parent_jira_id = EXCLUDED.parent_jira_id, status_category = EXCLUDED.status_category,
            updated_at_jira = EXCLUDED.updated_at_jira, content_hash = EXCLUDED.content_hash, last_changed_run_id = EXCLUDED.last_changed_run_id`,
    [
      context.connectionId,
      context.runId,
      issues.map((i) => i.jiraId),
      issues.map((i) => i.key),
      issues.map((i) => i.initiativeId),
      issues.map((i) => i.parentJiraId),
      issues.map((i) => i.statusCategory),
      issues.map((i) => i.updatedAt),
      issues.map((i) => i.hash),
    ],
  );
}
