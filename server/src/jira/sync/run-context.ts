import { ActorKind } from '@throughline/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../auth/caller';
import { ApplyContext, IssueApplier } from './apply-issues';
import { SyncRunEntity } from '../runs/sync-run.entity';
import { JiraFieldIds } from '../client/field-discovery';
import { JiraClient } from '../client/jira-client';
import { RunCounters, RunTally } from '../runs/run-counters';
import { RunLease, SyncRuns } from '../runs/sync-runs';

/** Where a run is, for a progress bar or a test that interrupts it. */
export interface PageEvent {
  phase: 'issues' | 'children' | 'csv';
  page: number;
  counters: RunTally;
}

export interface RunHooks {
  /** After each page's transaction committed; throwing stops the run there (tests use it). */
  afterPage?: (event: PageEvent) => Promise<void> | void;
  /** Aborting stops the run at the next page and hands it back to the queue. */
  signal?: AbortSignal;
}

/** Everything one attempt at a run works with. */
export interface RunContext {
  dataSource: DataSource;
  runs: SyncRuns;
  lease: RunLease;
  connectionId: string;
  /** The site's origin for browse links; empty when unknown (a CSV import without one). */
  site: string;
  /** Null for a CSV import. */
  client: JiraClient | null;
  /** The connection's JQL and the start of its last successful run. */
  jql: string;
  cursor: Date | null;
  timeZone: string | undefined;
  fieldIds: JiraFieldIds;
  /** Writes what the run reads, through the initiative and team stores. */
  applier: IssueApplier;
  apply: ApplyContext;
  counters: RunCounters;
  hooks: RunHooks;
}

/** Thrown at a page boundary when the run's signal was aborted. */
export class RunInterruptedError extends Error {}

export type RunSetup = Omit<RunContext, 'connectionId' | 'apply' | 'counters'> & { run: SyncRunEntity; actor: Actor };

/** The audit trail's actor for what a sync of this connection changes. */
export function syncActor(connectionName: string): Actor {
  return { kind: ActorKind.JIRA_SYNC, name: `Jira sync: ${connectionName}`, userId: null, tokenId: null, requestId: null };
}

/** A fresh context for an attempt; a resumed run keeps what earlier attempts changed and reads everything again. */
export function createRunContext(setup: RunSetup): RunContext {
  const { run, actor, ...rest } = setup;
  const counters = new RunCounters(run);
  const apply = rest.applier.contextFor(run.connectionId, run.id, actor, counters.warnings);
  return { ...rest, connectionId: run.connectionId, apply, counters };
}

export function throwIfAborted(context: RunContext): void {
  if (context.hooks.signal?.aborted) throw new RunInterruptedError('the run was interrupted');
}

/**
 * One page, all or nothing: the page's writes and the run's counters commit together. The lock
 * serialises pages of one connection across processes; the counters' update is fenced by the
 * attempt, so a process that lost the run rolls back instead of writing.
 */
export async function inPageTransaction<T>(context: RunContext, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  let result!: T;
  try {
    await context.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('throughline.jira.connection:' || $1))`, [context.connectionId]);
      result = await work(manager);
      await context.runs.saveCounters(manager, context.lease, context.counters);
    });
  } catch (error) {
    context.apply.teams.settle(false);
    throw error;
  }
  context.apply.teams.settle(true);
  return result;
}

export async function afterPage(context: RunContext, phase: PageEvent['phase'], page: number): Promise<void> {
  await context.hooks.afterPage?.({ phase, page, counters: context.counters });
}
