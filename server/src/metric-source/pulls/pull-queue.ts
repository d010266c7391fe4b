import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, CONFIG } from '../../config/config';
import { JobQueue } from '../../common/job-queue';
import { PullJob } from './pull-job';

interface PullMessage {
  runId: string;
}

/** Pulls as jobs of the app's Postgres queue (common/job-queue.ts), as Jira syncs are. */
@Injectable()
export class PullQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly jobs: JobQueue<PullMessage>;

  constructor(
    private readonly dataSource: DataSource,
    job: PullJob,
    @Inject(CONFIG) config: AppConfig,
  ) {
    this.jobs = new JobQueue<PullMessage>({
      name: 'metric-pull',
      applicationName: 'throughline-metric-pull',
      workers: config.metricPullWorkers,
      expireInSeconds: 30 * 60,
      handle: (message) => job.execute(message.runId),
    });
  }

  onApplicationBootstrap(): void {
    this.jobs.start(this.dataSource);
  }

  onApplicationShutdown(): Promise<void> {
    return this.jobs.stop();
  }

  /** Whether this process runs pulls (its queue started). */
  started(): Promise<boolean> {
    return this.jobs.started();
  }

  /** Queues a job for the run; `throttled` sends at most one per run and minute (a re-send). */
  enqueue(runId: string, throttled = false): Promise<void> {
    return this.jobs.send({ runId }, throttled ? runId : undefined);
  }
}
