import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Ticker } from '../../common/ticker';
import { AppConfig, CONFIG } from '../../config/config';
import { PullQueue } from './pull-queue';
import { MAX_ATTEMPTS, PullRuns } from './pull-runs';

/**
 * A light tick in every process: queues a pull for each binding whose schedule is due, and gives a
 * new job to pulls whose process died. Several processes ticking at once is harmless: a slot is claimed
 * under a lock per binding (PullRuns.requestScheduled), a binding has at most one queued or running
 * pull (a unique index), and claiming a pull is one UPDATE.
 */
@Injectable()
export class PullScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly ticker = new Ticker('MetricPullScheduler', () => this.tick());

  constructor(
    private readonly runs: PullRuns,
    private readonly queue: PullQueue,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.ticker.start(this.config.metricPullTickSeconds);
  }

  onApplicationShutdown(): void {
    this.ticker.stop();
  }

  /** One pass; the ticker calls it, tests call it directly (two at once included). */
  async tick(): Promise<void> {
    for (const run of await this.runs.orphaned()) {
      if (run.attempts >= MAX_ATTEMPTS) {
        await this.runs.fail(
          run.id,
          `The pull was interrupted ${run.attempts} times (its server stopped while it ran) and was given up; pull again.`,
        );
      } else {
        await this.queue.enqueue(run.id, true);
      }
    }
    for (const bindingId of await this.runs.dueBindings()) {
      const run = await this.runs.requestScheduled(bindingId);
      if (run) await this.queue.enqueue(run.id);
    }
  }
}
