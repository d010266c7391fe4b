import { Injectable } from '@nestjs/common';
import { InitiativeStatus } from '@throughline/shared';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Actor } from '../../auth/caller';
import { DependencyStore } from '../../initiative/dependency-store';
import { InitiativeField, InitiativeStore, NewInitiative } from '../../initiative/initiative-store';
import { TeamStore } from '../../team/team-store';
import { applyBlocksLinks } from './blocks-links';
import { ImportedIssue } from './issue-content';
import { LeadTeams } from './lead-teams';
import { recomputeProgress } from './progress';
import { removeUnseen } from './removal';

export interface ApplyContext {
  connectionId: string;
  runId: string;
  /** Whom the audit trail names for what the run changes. */
  actor: Actor;
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
}

interface Planned extends ImportedIssue {
  initiativeId: string;
  leadTeamId: string;
}

/** What a sync owns of an initiative (the contract's Jira section); everything else is Throughline's. */
const SYNCED_FIELDS: InitiativeField[] = [
  'title',
  'description',
  'status',
  'startDate',
  'endDate',
  'leadTeamId',
  'externalKey',
  'externalUrl',
];

function initiativeOf(issue: Planned): NewInitiative {
  const { initiativeId: id, title, description, status, startDate, endDate, leadTeamId, key: externalKey, url: externalUrl } = issue;
  return { id, title, description, status: InitiativeStatus[status], startDate, endDate, leadTeamId, externalKey, externalUrl };
}

/**
 * Turns what a run reads from Jira into initiatives, teams and dependencies, writing them only
 * through their features' stores; the Jira tables (jira_issue, jira_issue_link) are its own.
 */
@Injectable()
export class IssueApplier {
  constructor(
    private readonly initiatives: InitiativeStore,
    private readonly dependencies: DependencyStore,
    private readonly teams: TeamStore,
  ) {}

  /** What one attempt at a run applies pages with. */
  contextFor(connectionId: string, runId: string, actor: Actor, warnings: string[]): ApplyContext {
    return { connectionId, runId, actor, teams: new LeadTeams(this.teams, actor), warnings };
  }

  /**
   * Applies one page of imported issues inside the caller's transaction: creates the initiatives of
   * new issues, updates those whose content changed, leaves the rest untouched (no write at all).
   */
  async applyPage(manager: EntityManager, context: ApplyContext, page: ImportedIssue[]): Promise<PageOutcome> {
    const { outcome, toCreate, toUpdate } = await plan(manager, context, page);
    await this.initiatives.insert(manager, context.actor, toCreate.map(initiativeOf));
    const changes = toUpdate.map((issue) => ({ id: issue.initiativeId, values: initiativeOf(issue) }));
    await this.initiatives.update(manager, context.actor, SYNCED_FIELDS, changes, { onlyIfChanged: true, replacedLeadLeaves: true });
    await upsertIssues(manager, context, [...toCreate, ...toUpdate]);
    await applyBlocksLinks(manager, { ...context, dependencies: this.dependencies }, [...toCreate, ...toUpdate], outcome.created);
    return outcome;
  }

  /** See removal.ts. */
  removeUnseen(manager: EntityManager, context: ApplyContext, seenImported: Set<string>, seenChildren: Set<string>): Promise<number> {
    return removeUnseen(manager, this.initiatives, context, seenImported, seenChildren);
  }

  /** See progress.ts. */
  recomputeProgress(manager: EntityManager, context: ApplyContext, parents: string[] | null): Promise<string[]> {
    return recomputeProgress(manager, this.initiatives, context, parents);
  }
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
    (existing ? toUpdate : toCreate).push({ ...issue, leadTeamId, initiativeId });
    (existing ? outcome.updated : outcome.created).push(issue.jiraId);
    outcome.parents.push(...[issue.parentJiraId, row?.parent_jira_id].filter((id): id is string => !!id));
    context.warnings.push(...issue.warnings);
  }
  return { outcome, toCreate, toUpdate };
}

async function knownIssues(manager: EntityManager, connectionId: string, jiraIds: string[]): Promise<Map<string, KnownIssue>> {
  const rows: KnownIssue[] = await manager.query(
    `SELECT jira_id, initiative_id, content_hash, imported, removed, last_changed_run_id, parent_jira_id
       FROM jira_issue WHERE connection_id = $1 AND jira_id = ANY($2)`,
    [connectionId, jiraIds],
  );
  return new Map(rows.map((row) => [row.jira_id, row]));
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
