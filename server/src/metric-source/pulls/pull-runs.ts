import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PullRunStatus } from '../metric-source.enums';
import { PullRunEntity } from './pull-run.entity';

/** A RUNNING pull whose process has not finished it in this long lost its process. */
export const STALE_AFTER_SECONDS = 15 * 60;
/** A pull interrupted this many times is failed instead of run again. */
export const MAX_ATTEMPTS = 3;
const RUNS_KEPT_PER_BINDING = 100;
const ACTIVE = `status IN ('QUEUED', 'RUNNING')`;
/** Every column of pull_run under its PullRunEntity property name (the claim reads the row it wrote). */
const RUN_COLUMNS = `id, binding_id AS "bindingId", status, created_at AS "createdAt", started_at AS "startedAt",
  finished_at AS "finishedAt", heartbeat_at AS "heartbeatAt", attempts, points, error`;
/** A binding `b` with no pull active or asked for within its interval. */
const DUE = `NOT EXISTS (SELECT 1 FROM pull_run r WHERE r.binding_id = b.id
               AND (r.${ACTIVE} OR r.created_at > now() - make_interval(mins => b.pull_every_minutes)))`;

/** The pull_run table: asking for a pull, claiming it (one process only), and its end. */
@Injectable()
export class PullRuns {
  constructor(private readonly dataSource: DataSource) {}

  /** A new queued pull, or the binding's queued or running one; `isNew` says which. */
  async request(bindingId: string, manager: EntityManager = this.dataSource.manager): Promise<{ run: PullRunEntity; isNew: boolean }> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO pull_run (binding_id) VALUES ($1) ON CONFLICT (binding_id) WHERE ${ACTIVE} DO NOTHING RETURNING id`,
        [bindingId],
      );
      const repository = manager.getRepository(PullRunEntity);
      const run = inserted.length
        ? await repository.findOneBy({ id: inserted[0].id })
        : await repository.findOne({
            where: [
              { bindingId, status: PullRunStatus.QUEUED },
              { bindingId, status: PullRunStatus.RUNNING },
            ],
          });
      if (run) return { run, isNew: inserted.length > 0 };
    }
    throw new Error(`could not queue a pull for binding ${bindingId}`);
  }

  get(id: string): Promise<PullRunEntity | null> {
    return this.dataSource.getRepository(PullRunEntity).findOneBy({ id });
  }

  /** Starts a queued pull (or one whose process died); null when another process has it or it is over. */
  async claim(runId: string): Promise<PullRunEntity | null> {
    const [rows]: [Array<Partial<PullRunEntity>>] = await this.dataSource.query(
      `UPDATE pull_run SET status = 'RUNNING', started_at = now(), heartbeat_at = now(), attempts = attempts + 1
        WHERE id = $1 AND (status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $2)))
        RETURNING ${RUN_COLUMNS}`,
      [runId, STALE_AFTER_SECONDS],
    );
    return rows.length ? this.dataSource.manager.create(PullRunEntity, rows[0]) : null;
  }

  /** Inside the transaction that wrote the measurements: the run and its binding's cursor move with them. */
  async succeed(manager: EntityManager, run: PullRunEntity, points: number, pulledThrough: Date): Promise<void> {
    // One statement (a round trip per pull, not three). Its parts see the rows as they were before
    // it: this run is still RUNNING to the DELETE, which keeps it anyway (it is the newest).
    await manager.query(
      `WITH ended AS (
         UPDATE pull_run SET status = 'SUCCEEDED', points = $2, finished_at = now(), heartbeat_at = NULL
          WHERE id = $1 AND status = 'RUNNING'),
       moved AS (UPDATE metric_binding SET last_pulled_at = now(), pulled_through = $4 WHERE id = $3)
       DELETE FROM pull_run WHERE binding_id = $3 AND NOT ${ACTIVE}
          AND id NOT IN (SELECT id FROM pull_run WHERE binding_id = $3 ORDER BY created_at DESC LIMIT $5)`,
      [run.id, points, run.bindingId, pulledThrough, RUNS_KEPT_PER_BINDING],
    );
  }

  async fail(runId: string, message: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE pull_run SET status = 'FAILED', error = $2, finished_at = now(), heartbeat_at = NULL WHERE id = $1 AND ${ACTIVE}`,
      [runId, message],
    );
  }

  /** Pulls that need a (new) job: running ones gone silent, queued ones waiting longer than a job should. */
  orphaned(): Promise<Array<{ id: string; attempts: number }>> {
    return this.dataSource.query(
      `SELECT id, attempts FROM pull_run
        WHERE (status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $1))
           OR (status = 'QUEUED' AND created_at < now() - interval '2 minutes')`,
      [STALE_AFTER_SECONDS],
    );
  }

  /** Bindings whose last pull was asked for at least one interval ago (or never), with no pull under way. */
  async dueBindings(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT b.id FROM metric_binding b WHERE ${DUE}`);
    return rows.map((row) => row.id);
  }

  /**
   * The scheduled pull of a binding that is due, or null when it is not due (any more). The slot is
   * claimed under a lock per binding (as Jira's scheduled runs are): a process ticking at the same
   * moment waits, then sees the pull just asked for (even one already over) and asks for none.
   */
  async requestScheduled(bindingId: string): Promise<PullRunEntity | null> {
    const inserted: Array<{ id: string }> = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('metric-pull-schedule:' || $1, 0))`, [bindingId]);
      return manager.query(
        `INSERT INTO pull_run (binding_id) SELECT b.id FROM metric_binding b WHERE b.id = $1 AND ${DUE}
         ON CONFLICT (binding_id) WHERE ${ACTIVE} DO NOTHING RETURNING id`,
        [bindingId],
      );
    });
    return inserted.length ? this.get(inserted[0].id) : null;
  }
}
