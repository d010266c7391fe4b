import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Ticker } from '../../common/ticker';
import { AppConfig, CONFIG } from '../../config/config';
import { SyncQueue } from './sync-queue';
import { MAX_ATTEMPTS, SyncRuns } from './sync-runs';

/**
 * A light tick in every process: queues the runs of connections whose schedule is due, and gives
 * a new job to runs whose process died. Several processes ticking at once is harmless: a slot is
 * claimed under a lock per connection (SyncRuns.requestScheduled), a connection has at most one
 * queued or running run (a unique index), and duplicate jobs are no-ops.
 */
@Injectable()
export class SyncScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly ticker = new Ticker('JiraSyncScheduler', () => this.tick());

  constructor(
    private readonly runs: SyncRuns,
    private readonly queue: SyncQueue,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.ticker.start(this.config.jiraSyncTickSeconds);
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
          `The run was interrupted ${run.attempts} times (its server stopped while it ran) and was given up; start a new one.`,
        );
      } else {
        await this.queue.enqueue(run.id, true);
      }
    }
    for (const connectionId of await this.runs.dueConnections()) {
      const run = await this.runs.requestScheduled(connectionId);
      if (run) await this.queue.enqueue(run.id);
    }
  }
}
