import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import type { Counter } from 'prom-client';
import { DataSource } from 'typeorm';
import { SyncEngine } from '../sync/sync-engine';
import { SyncRunStatus } from '@throughline/shared';
import { AppConfig, CONFIG } from '../../config/config';
import { JobQueue } from '../../common/job-queue';
import { MetricsService } from '../../metrics/metrics.service';

const SHUTDOWN_WAIT_MS = 10_000;

interface SyncJob {
  runId: string;
}

/**
 * Sync runs as jobs of a pg-boss queue (common/job-queue.ts), so that every server process takes
 * its share and a queued run survives a restart. The job only names the run: sync_run holds the
 * state, and a duplicate job for a run some process already has is a no-op.
 */
@Injectable()
export class SyncQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly jobs: JobQueue<SyncJob>;
  private readonly stopping = new AbortController();
  private readonly running = new Set<Promise<unknown>>();
  private readonly finished: Counter<'status'> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: SyncEngine,
    @Inject(CONFIG) config: AppConfig,
    // Absent in the command-line tools, which serve no metrics.
    @Optional() private readonly metrics?: MetricsService,
  ) {
    this.finished = metrics?.counter({
      name: 'jira_sync_runs_finished_total',
      help: 'Jira sync runs this process worked on, by the status they ended in (QUEUED: handed back at shutdown)',
      labelNames: ['status'] as const,
    });
    this.jobs = new JobQueue<SyncJob>({
      name: 'jira-sync',
      applicationName: 'throughline-jira-sync',
      workers: config.jiraSyncWorkers,
      expireInSeconds: 4 * 60 * 60,
      handle: (job) => this.handle(job.runId),
    });
  }

  onApplicationBootstrap(): void {
    this.jobs.start(this.dataSource, (jobs) =>
      this.metrics?.gauge({
        name: 'jira_sync_queue_depth',
        help: 'Jira sync jobs waiting in the queue (pg-boss), for every process',
        async collect() {
          this.set(await jobs.size());
        },
      }),
    );
  }

  /** Queues a job for the run; `throttled` sends at most one per run and minute (a re-send). */
  enqueue(runId: string, throttled = false): Promise<void> {
    return this.jobs.send({ runId }, throttled ? runId : undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await Promise.race([Promise.allSettled([...this.running]), new Promise((resolve) => setTimeout(resolve, SHUTDOWN_WAIT_MS).unref())]);
    await this.jobs.stop();
  }

  private async handle(runId: string): Promise<void> {
    const run = this.engine.execute(runId, { signal: this.stopping.signal });
    this.running.add(run);
    try {
      const ended = await run;
      if (ended) this.finished?.inc({ status: ended.status });
      // Handed back at shutdown: a job for it lets another process (or this one, restarted) go on.
      if (ended?.status === SyncRunStatus.QUEUED) await this.jobs.send({ runId });
    } finally {
      this.running.delete(run);
    }
  }
}
