import { Logger } from '@nestjs/common';

/**
 * Runs a step every few seconds in the background, for the schedulers. A tick is skipped while the
 * previous one still runs (a slow database must not pile ticks up), a failed tick is logged and the
 * next one runs as usual, and the timer does not keep the process alive.
 */
export class Ticker {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private readonly logger: Logger;

  constructor(
    name: string,
    private readonly step: () => Promise<void>,
  ) {
    this.logger = new Logger(name);
  }

  /** Ticks every `seconds`; 0 (or less) leaves the ticker off. */
  start(seconds: number): void {
    if (seconds <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.tick(), seconds * 1000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.step();
    } catch (error) {
      this.logger.error(`tick failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
