import { Injectable } from '@nestjs/common';
import { SyncRunStatus } from '@throughline/shared';
import { DataSource, EntityManager } from 'typeorm';
import { RunTally } from './run-counters';
import { SyncRunEntity } from './sync-run.entity';

/** A run whose process stopped renewing its heartbeat for this long may be taken over. */
export const STALE_AFTER_SECONDS = 120;
export const HEARTBEAT_SECONDS = 20;
/** A run interrupted this many times is failed instead of resumed again. */
export const MAX_ATTEMPTS = 3;
const RUNS_KEPT_PER_CONNECTION = 200;
const WARNINGS_KEPT = 100;

/** The process working on a run, fenced by its attempt number: a superseded one cannot write. */
export interface RunLease {
  runId: string;
  attempt: number;
}

/** Thrown in a page's transaction when another process took the run over: the page rolls back. */
export class RunLostError extends Error {}

const ACTIVE = `status IN ('QUEUED', 'RUNNING')`;
/** A connection `c` with a schedule, a token, and no run active or asked for within its interval. */
const DUE = `c.sync_every_minutes IS NOT NULL AND c.api_token_encrypted IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM sync_run r WHERE r.connection_id = c.id
                   AND (r.${ACTIVE} OR r.created_at > now() - make_interval(mins => c.sync_every_minutes)))`;

/** The sync_run table: asking for a run, claiming it, its counters and its end. */
@Injectable()
export class SyncRuns {
  constructor(private readonly dataSource: DataSource) {}

  /** A new queued run, or the connection's queued or running one; `isNew` says which. */
  async request(connectionId: string, full: boolean, source: 'JIRA' | 'CSV' = 'JIRA'): Promise<{ run: SyncRunEntity; isNew: boolean }> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const inserted: Array<{ id: string }> = await this.dataSource.query(
        `INSERT INTO sync_run (connection_id, "full", source) VALUES ($1, $2, $3)
         ON CONFLICT (connection_id) WHERE ${ACTIVE} DO NOTHING RETURNING id`,
        [connectionId, full, source],
      );
      const run = inserted.length ? await this.get(inserted[0].id) : await this.active(connectionId);
      if (run) return { run, isNew: inserted.length > 0 };
    }
    throw new Error(`could not queue a run for connection ${connectionId}`);
  }

  get(id: string): Promise<SyncRunEntity | null> {
    return this.dataSource.getRepository(SyncRunEntity).findOneBy({ id });
  }

  active(connectionId: string): Promise<SyncRunEntity | null> {
    return this.dataSource.getRepository(SyncRunEntity).findOne({
      where: [
        { connectionId, status: SyncRunStatus.QUEUED },
        { connectionId, status: SyncRunStatus.RUNNING },
      ],
    });
  }

  /** Starts a queued run, or takes over one whose process went silent; null when neither. */
  async claim(runId: string): Promise<{ run: SyncRunEntity; lease: RunLease } | null> {
    const [rows]: [Array<{ attempts: number }>] = await this.dataSource.query(
      `UPDATE sync_run SET status = 'RUNNING', started_at = coalesce(started_at, now()), heartbeat_at = now(),
              attempts = attempts + 1, issues_seen = 0, unchanged = 0
        WHERE id = $1 AND (status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $2)))
        RETURNING attempts`,
      [runId, STALE_AFTER_SECONDS],
    );
    const run = rows.length ? await this.get(runId) : null;
    return run ? { run, lease: { runId, attempt: rows[0].attempts } } : null;
  }

  async heartbeat(lease: RunLease): Promise<boolean> {
    const [, affected] = await this.dataSource.query(
      `UPDATE sync_run SET heartbeat_at = now() WHERE id = $1 AND status = 'RUNNING' AND attempts = $2`,
      [lease.runId, lease.attempt],
    );
    return affected > 0;
  }

  /** Inside a page's transaction, so the counters always match what was applied. */
  async saveCounters(manager: EntityManager, lease: RunLease, counters: RunTally): Promise<void> {
    const [, affected] = await manager.query(
      `UPDATE sync_run SET expected_issues = $3, issues_seen = $4, created = $5, updated = $6, unchanged = $7, removed = $8,
              warnings = $9::jsonb, heartbeat_at = now()
        WHERE id = $1 AND status = 'RUNNING' AND attempts = $2`,
      [lease.runId, lease.attempt, ...counterValues(counters)],
    );
    if (!affected) throw new RunLostError('another process took this run over');
  }

  /** Ends the run as SUCCEEDED; a Jira run also moves the connection's incremental cursor. */
  async succeed(lease: RunLease, counters: RunTally, cursor: Date | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.saveCounters(manager, lease, counters);
      const [[row]] = await manager.query(
        `UPDATE sync_run SET status = 'SUCCEEDED', finished_at = now(), heartbeat_at = NULL WHERE id = $1 RETURNING connection_id`,
        [lease.runId],
      );
      await manager.query(`UPDATE jira_connection SET last_synced_at = now(), last_cursor = coalesce($2, last_cursor) WHERE id = $1`, [
        row.connection_id,
        cursor,
      ]);
      await this.prune(manager, row.connection_id);
    });
  }

  /** Ends the run as FAILED with a message for the user; a superseded attempt changes nothing. */
  async fail(runId: string, message: string, lease?: RunLease): Promise<void> {
    await this.dataSource.query(
      `UPDATE sync_run SET status = 'FAILED', error = $2, finished_at = now(), heartbeat_at = NULL
        WHERE id = $1 AND ${ACTIVE} AND ($3::int IS NULL OR attempts = $3)`,
      [runId, message, lease?.attempt ?? null],
    );
  }

  /** Hands an interrupted run back to the queue (this process is shutting down). */
  async release(lease: RunLease): Promise<void> {
    await this.dataSource.query(
      `UPDATE sync_run SET status = 'QUEUED', heartbeat_at = NULL WHERE id = $1 AND status = 'RUNNING' AND attempts = $2`,
      [lease.runId, lease.attempt],
    );
  }

  /** Runs that need a (new) job: running ones gone silent, queued ones waiting longer than a job should. */
  async orphaned(): Promise<Array<{ id: string; attempts: number }>> {
    return this.dataSource.query(
      `SELECT id, attempts FROM sync_run
        WHERE (status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $1))
           OR (status = 'QUEUED' AND coalesce(heartbeat_at, created_at) < now() - make_interval(secs => $2))`,
      [STALE_AFTER_SECONDS, HEARTBEAT_SECONDS * 3],
    );
  }

  /** Connections with a schedule whose last run was asked for at least one interval ago. */
  async dueConnections(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT c.id FROM jira_connection c WHERE ${DUE}`);
    return rows.map((row) => row.id);
  }

  /**
   * The scheduled run of a connection that is due, or null when it is not due (any more). The slot
   * is claimed under a lock per connection: a process ticking at the same moment waits, then sees
   * the run just asked for (even one that already ended) and asks for none, so one slot never
   * gets two runs.
   */
  async requestScheduled(connectionId: string): Promise<SyncRunEntity | null> {
    const inserted: Array<{ id: string }> = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('jira-schedule:' || $1, 0))`, [connectionId]);
      // A statement after the lock: it sees what the process that held it committed.
      return manager.query(
        `INSERT INTO sync_run (connection_id, "full", source)
         SELECT c.id, false, 'JIRA' FROM jira_connection c WHERE c.id = $1 AND ${DUE}
         ON CONFLICT (connection_id) WHERE ${ACTIVE} DO NOTHING RETURNING id`,
        [connectionId],
      );
    });
    return inserted.length ? this.get(inserted[0].id) : null;
  }

  private async prune(manager: EntityManager, connectionId: string): Promise<void> {
    await manager.query(
      `DELETE FROM sync_run WHERE connection_id = $1 AND NOT ${ACTIVE}
          AND id NOT IN (SELECT id FROM sync_run WHERE connection_id = $1 ORDER BY created_at DESC LIMIT $2)`,
      [connectionId, RUNS_KEPT_PER_CONNECTION],
    );
  }
}

function counterValues(c: RunTally): unknown[] {
  return [c.expectedIssues, c.issuesSeen, c.created, c.updated, c.unchanged, c.removed, JSON.stringify(c.warnings.slice(0, WARNINGS_KEPT))];
}
