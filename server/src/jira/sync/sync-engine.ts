import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { discoverFieldIds } from '../client/field-discovery';
import { JiraClient } from '../client/jira-client';
import { JiraError } from '../client/jira-errors';
import { JiraConnectionEntity } from '../connection/jira-connection.entity';
import { baseJql, BY_ID, BY_UPDATED, jqlWith, updatedSince } from './jql';
import { IssueApplier } from './apply-issues';
import { createRunContext, inPageTransaction, RunContext, RunHooks, RunInterruptedError, syncActor } from './run-context';
import { importChildren, importIssues, updateProgress } from './run-phases';
import { SecretBox, SecretUnreadableError } from '../../common/secret-box';
import { NetworkGuard } from '../../common/network-guard';
import { SyncRunEntity } from '../runs/sync-run.entity';
import { HEARTBEAT_SECONDS, RunLease, RunLostError, SyncRuns } from '../runs/sync-runs';

/** How far before the last successful run's start an incremental run looks: clock skew, index lag. */
export const INCREMENTAL_OVERLAP_MS = 10 * 60 * 1000;

/** A failure whose message is meant for the user as it is. */
export class SyncFailure extends Error {}

/**
 * Executes sync runs: claims the run, reads Jira and applies it page by page, and ends the run
 * SUCCEEDED or FAILED (with a message a user can act on). Safe to call from any process: only
 * the one that claims a run works on it.
 */
@Injectable()
export class SyncEngine {
  private readonly logger = new Logger('JiraSync');

  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: SyncRuns,
    @Inject(SecretBox) private readonly secrets: SecretBox,
    private readonly applier: IssueApplier,
    @Inject(NetworkGuard) private readonly guard: NetworkGuard,
  ) {}

  /** Runs `runId` if it can be claimed; returns the run as it ended, or null when another process has it. */
  async execute(runId: string, hooks: RunHooks = {}): Promise<SyncRunEntity | null> {
    const claimed = await this.runs.claim(runId);
    if (!claimed) return null;
    const { run, lease } = claimed;
    const beat = setInterval(() => void this.runs.heartbeat(lease).catch(() => undefined), HEARTBEAT_SECONDS * 1000);
    beat.unref();
    try {
      const context = await this.open(run, lease, hooks);
      const cursor = run.full ? null : context.cursor;
      // Asked incremental, but with nothing to be incremental from: it reads everything, and says so.
      if (!cursor && !run.full) await this.dataSource.query(`UPDATE sync_run SET "full" = true WHERE id = $1`, [run.id]);
      await (cursor ? this.incrementalRun(context, cursor) : this.fullRun(context));
      await this.runs.succeed(lease, context.counters, run.startedAt);
    } catch (error) {
      await this.end(run, lease, error);
    } finally {
      clearInterval(beat);
    }
    return this.runs.get(runId);
  }

  private async end(run: SyncRunEntity, lease: RunLease, error: unknown): Promise<void> {
    if (error instanceof RunLostError) return;
    if (error instanceof RunInterruptedError) return this.runs.release(lease);
    if (!(error instanceof JiraError || error instanceof SyncFailure)) this.logger.error(`run ${run.id} failed`, error);
    await this.runs.fail(run.id, messageFor(error), lease);
  }

  private async open(run: SyncRunEntity, lease: RunLease, hooks: RunHooks): Promise<RunContext & { client: JiraClient }> {
    const connection = await this.dataSource.getRepository(JiraConnectionEntity).findOneBy({ id: run.connectionId });
    if (!connection) throw new SyncFailure('The connection was deleted while the run waited.');
    // The guard's fetch checks the address each connection reaches, so a site whose DNS now points inside is refused.
    const { baseUrl, email } = connection;
    const client = new JiraClient({ baseUrl, email, apiToken: this.tokenOf(connection), fetch: this.guard.fetch });
    const myself = await client.myself();
    const fieldIds = discoverFieldIds(await client.fields(), connection.fieldOverrides ?? undefined);
    const context = createRunContext({
      ...{ dataSource: this.dataSource, runs: this.runs, applier: this.applier, run, lease, hooks, fieldIds },
      actor: syncActor(connection.name),
      ...{ site: client.site, client, jql: connection.jql, cursor: connection.lastCursor, timeZone: myself.timeZone },
    });
    return { ...context, client };
  }

  private tokenOf(connection: JiraConnectionEntity): string {
    if (!connection.apiTokenEncrypted) {
      throw new SyncFailure(
        'This connection has no API token (it was made by a CSV import): add the site, email and API token to sync it from Jira.',
      );
    }
    try {
      return this.secrets.decrypt(connection.apiTokenEncrypted, connection.id);
    } catch (error) {
      if (!(error instanceof SecretUnreadableError)) throw error;
      throw new SyncFailure(
        "The stored API token cannot be decrypted: this server's THROUGHLINE_SECRET_KEY differs from the key it was saved with. Enter the API token again.",
      );
    }
  }

  /** Every issue the JQL selects, then their children, then removal of what is gone, then progress. */
  private async fullRun(context: RunContext & { client: JiraClient }): Promise<void> {
    const jql = jqlWith(baseJql(context.jql), [], BY_ID);
    context.counters.expect(await this.expectedIssues(context, jql));
    const read = await importIssues(context, jql);
    const children = await importChildren(context, [...read.seen], null);
    await inPageTransaction(context, async (manager) => {
      context.counters.addRemoved(await context.applier.removeUnseen(manager, context.apply, read.seen, children.seen));
    });
    await updateProgress(context, null, read);
  }

  /**
   * Jira's count of the selected issues plus the child issues the last run found: counting the
   * children in Jira would cost a request per `parent in (…)` query, for a progress bar.
   */
  private async expectedIssues(context: RunContext & { client: JiraClient }, jql: string): Promise<number | null> {
    const selected = await context.client.approximateCount(jql);
    if (selected === null) return null;
    const [{ children }] = await this.dataSource.query(
      `SELECT count(*)::int AS children FROM jira_issue WHERE connection_id = $1 AND NOT imported`,
      [context.connectionId],
    );
    return selected + children;
  }

  /** What changed since the last successful run (minus an overlap), and the children that changed. */
  private async incrementalRun(context: RunContext & { client: JiraClient }, cursor: Date): Promise<void> {
    const since = updatedSince(new Date(cursor.getTime() - INCREMENTAL_OVERLAP_MS), context.timeZone);
    const jql = jqlWith(baseJql(context.jql), [since], BY_UPDATED);
    context.counters.expect(await context.client.approximateCount(jql));
    const read = await importIssues(context, jql);
    const imported: Array<{ jira_id: string }> = await this.dataSource.query(
      `SELECT jira_id FROM jira_issue WHERE connection_id = $1 AND imported AND NOT removed ORDER BY jira_id`,
      [context.connectionId],
    );
    const changedChildren = await importChildren(
      context,
      imported.map((row) => row.jira_id),
      since,
    );
    const childrenOfNew = await importChildren(context, read.created, null);
    const parents = new Set([...read.changed, ...read.parents, ...changedChildren.parents, ...childrenOfNew.parents]);
    await updateProgress(context, parents, read);
  }
}

/** What a FAILED run tells the user. */
export function messageFor(error: unknown): string {
  if (error instanceof JiraError || error instanceof SyncFailure) return error.message;
  return `The sync stopped on an unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}
