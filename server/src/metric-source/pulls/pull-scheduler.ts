import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
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
  private readonly logger = new Logger('MetricPullScheduler');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly runs: PullRuns,
    private readonly queue: PullQueue,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.metricPullTickSeconds;
    if (seconds <= 0) return;
    this.timer = setInterval(
      () => void this.tick().catch((error) => this.logger.error(`tick failed: ${(error as Error).message}`)),
      seconds * 1000,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

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
