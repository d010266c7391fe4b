import { Logger } from '@nestjs/common';
// pg-boss 10 (CommonJS): 12 is ESM-only and needs Node 22, this project runs on Node 20.
import { Pool } from 'pg';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { withSessionLock } from '../database/session-lock';

const PG_BOSS_WORKER_POLL_MS = 1_100;
/** At most this long stop() waits for the queue's queries under way (a worker's fetch) to answer. */
const POOL_DRAIN_MS = 5_000;

/**
 * pg_advisory_lock's key for "installing pg-boss and creating its queues". Two queues created side by
 * side (this process's two, or another process's) deadlock in Postgres: each attaches a partition to
 * pgboss.job and adds foreign keys to pgboss.queue, taking those locks in different orders.
 */
const QUEUE_SETUP_LOCK = 7_346_211_810;

export interface JobQueueSettings<T> {
  /** The pg-boss queue name, e.g. "jira-sync". */
  name: string;
  /** Postgres application_name of the queue's connections. */
  applicationName: string;
  /** Workers this process runs at once. */
  workers: number;
  /** A job not finished in this time is expired by pg-boss (the owner's own records decide what then). */
  expireInSeconds: number;
  /** Works on one job; the job's own record (a run row) is claimed there, so a duplicate job is a no-op. */
  handle: (data: T) => Promise<void>;
}

/**
 * A pg-boss queue in Postgres, so that every server process takes its share and a queued job
 * survives a restart. Jobs only name a record (a run); claiming that record (an UPDATE … WHERE
 * status = 'QUEUED') is what makes one process, and only one, work on it.
 */
export class JobQueue<T extends object> {
  private boss: Promise<PgBoss | null> = Promise.resolve(null);
  private readonly workerIds: string[] = [];
  private pool: Pool | null = null;
  private readonly logger: Logger;

  constructor(private readonly settings: JobQueueSettings<T>) {
    this.logger = new Logger(`JobQueue:${settings.name}`);
  }

  /** Starts the workers without waiting for them (the app answers at once); a job sent meanwhile waits. */
  start(dataSource: DataSource, onStarted?: (queue: JobQueue<T>) => void): void {
    if (this.settings.workers < 1) return;
    this.boss = this.connect(dataSource)
      .then((boss) => {
        onStarted?.(this);
        return boss;
      })
      .catch((error) => {
        this.logger.error(`the ${this.settings.name} queue did not start: ${(error as Error).message}`);
        return null;
      });
  }

  /** Whether jobs can be sent from this process (it runs workers). */
  async started(): Promise<boolean> {
    return (await this.boss) !== null;
  }

  /** Queues a job; `singletonKey` sends at most one per key and minute (a re-send). */
  async send(data: T, singletonKey?: string): Promise<void> {
    const boss = await this.boss;
    if (!boss) return; // a scheduler re-sends jobs for records left waiting
    await boss.send(this.settings.name, data, singletonKey ? { singletonKey, singletonSeconds: 60 } : {});
    for (const id of this.workerIds) boss.notifyWorker(id);
  }

  /** Jobs waiting, for every process. */
  async size(): Promise<number> {
    const boss = await this.boss;
    return boss ? boss.getQueueSize(this.settings.name) : 0;
  }

  async stop(): Promise<void> {
    const boss = await this.boss;
    if (!this.pool) return;
    await boss?.stop({ graceful: false, wait: true, timeout: 2000 });
    // A worker may be fetching its next job (it looks again at once after one): the pool stays
    // open until that answers. pg-boss, ending its own pool, left such a fetch waiting for ever;
    // its stopped worker then never ended, pg-boss kept looking for it and the process never exited.
    const deadline = Date.now() + POOL_DRAIN_MS;
    while ((this.pool.waitingCount > 0 || this.pool.idleCount < this.pool.totalCount) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await this.pool.end();
    // pg-boss polls its stopping workers once a second after stop() returns; let that loop end
    // so nothing of it outlives the app (and, in tests, the test file).
    await new Promise((resolve) => setTimeout(resolve, PG_BOSS_WORKER_POLL_MS));
  }

  private async connect(dataSource: DataSource): Promise<PgBoss> {
    const { name, applicationName, workers, expireInSeconds, handle } = this.settings;
    const url = (dataSource.options as { url?: string }).url;
    // The queue's own pool (stop() ends it once nothing waits on it): a connection for each worker's
    // fetch, and two for sending, completing and pg-boss's upkeep.
    const pool = new Pool({ connectionString: url, max: workers + 2, application_name: applicationName });
    pool.on('error', (error) => this.logger.error(`pg-boss pool: ${error.message}`));
    this.pool = pool;
    const boss = new PgBoss({ db: { executeSql: (text, values) => pool.query(text, values) }, schedule: false });
    boss.on('error', (error) => this.logger.error(`pg-boss: ${error.message}`));
    await withSessionLock(dataSource, QUEUE_SETUP_LOCK, async () => {
      await boss.start();
      await boss.createQueue(name, { name, retryLimit: 0, expireInSeconds });
    });
    for (let i = 0; i < workers; i++) {
      // pg-boss's worker waits out its polling interval (two seconds) after every job, even with more
      // jobs waiting: a worker that just did one looks for the next at once (waiting only when none).
      const worker: { id?: string } = {};
      worker.id = await boss.work<T>(name, { batchSize: 1 }, async ([job]) => {
        try {
          await handle(job.data);
        } finally {
          if (worker.id) boss.notifyWorker(worker.id);
        }
      });
      this.workerIds.push(worker.id);
    }
    return boss;
  }
}
