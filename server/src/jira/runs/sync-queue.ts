import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import type { Counter } from 'prom-client';
// pg-boss 10 (CommonJS): 12 is ESM-only and needs Node 22, this project runs on Node 20.
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { SyncEngine } from '../sync/sync-engine';
import { SyncRunStatus } from '@throughline/shared';
import { AppConfig, CONFIG } from '../../config/config';
import { MetricsService } from '../../metrics/metrics.service';

const QUEUE = 'jira-sync';
const SHUTDOWN_WAIT_MS = 10_000;
const PG_BOSS_WORKER_POLL_MS = 1_100;

interface SyncJob {
  runId: string;
}

/**
 * Sync runs as pg-boss jobs in Postgres, so that every server process takes its share and a
 * queued run survives a restart. The job only names the run: sync_run holds the state, and a
 * duplicate job for a run some process already has is a no-op.
 */
@Injectable()
export class SyncQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JiraSyncQueue');
  private boss: Promise<PgBoss | null> = Promise.resolve(null);
  private readonly workerIds: string[] = [];
  private readonly stopping = new AbortController();
  private readonly running = new Set<Promise<unknown>>();
  private readonly finished: Counter<'status'> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: SyncEngine,
    @Inject(CONFIG) private readonly config: AppConfig,
    // Absent in the command-line tools, which serve no metrics.
    @Optional() private readonly metrics?: MetricsService,
  ) {
    this.finished = metrics?.counter({
      name: 'jira_sync_runs_finished_total',
      help: 'Jira sync runs this process worked on, by the status they ended in (QUEUED: handed back at shutdown)',
      labelNames: ['status'] as const,
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.jiraSyncWorkers < 1) return;
    // Not awaited: the app answers at once; a run asked for meanwhile waits for the queue.
    this.boss = this.start().catch((error) => {
      this.logger.error(`the Jira sync queue did not start: ${(error as Error).message}`);
      return null;
    });
  }

  /** Queues a job for the run; `throttled` sends at most one per run and minute (a re-send). */
  async enqueue(runId: string, throttled = false): Promise<void> {
    const boss = await this.boss;
    if (!boss) return; // the scheduler re-sends jobs for runs left waiting
    await boss.send(QUEUE, { runId } satisfies SyncJob, throttled ? { singletonKey: runId, singletonSeconds: 60 } : {});
    for (const id of this.workerIds) boss.notifyWorker(id);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await Promise.race([Promise.allSettled([...this.running]), new Promise((resolve) => setTimeout(resolve, SHUTDOWN_WAIT_MS).unref())]);
    const boss = await this.boss;
    if (!boss) return;
    await boss.stop({ graceful: false, wait: true, timeout: 2000 });
    // pg-boss polls its stopping workers once a second after stop() returns; let that loop end
    // so nothing of it outlives the app (and, in tests, the test file).
    await new Promise((resolve) => setTimeout(resolve, PG_BOSS_WORKER_POLL_MS));
  }

  private async start(): Promise<PgBoss> {
    const url = (this.dataSource.options as { url?: string }).url;
    const boss = new PgBoss({ connectionString: url, max: 3, schedule: false, application_name: 'throughline-jira-sync' });
    boss.on('error', (error) => this.logger.error(`pg-boss: ${error.message}`));
    await boss.start();
    await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 0, expireInSeconds: 4 * 60 * 60 });
    this.metrics?.gauge({
      name: 'jira_sync_queue_depth',
      help: 'Jira sync jobs waiting in the queue (pg-boss), for every process',
      async collect() {
        this.set(await boss.getQueueSize(QUEUE));
      },
    });
    for (let i = 0; i < this.config.jiraSyncWorkers; i++) {
      this.workerIds.push(await boss.work<SyncJob>(QUEUE, { batchSize: 1 }, ([job]) => this.handle(boss, job.data.runId)));
    }
    return boss;
  }

  private async handle(boss: PgBoss, runId: string): Promise<void> {
    const run = this.engine.execute(runId, { signal: this.stopping.signal });
    this.running.add(run);
    try {
      const ended = await run;
      if (ended) this.finished?.inc({ status: ended.status });
      // Handed back at shutdown: a job for it lets another process (or this one, restarted) go on.
      if (ended?.status === SyncRunStatus.QUEUED) await boss.send(QUEUE, { runId } satisfies SyncJob);
    } finally {
      this.running.delete(run);
    }
  }
}
