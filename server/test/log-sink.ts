import type { DestinationStream } from 'pino';

/** One JSON log line as pino writes it. */
export interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  context?: string;
  [key: string]: unknown;
}

/**
 * Where the test apps' log lines go instead of the terminal: dropped, unless a test reads them
 * with during(). One per test file (pino keeps the first app's destination for the file).
 */
class LogSink implements DestinationStream {
  private readonly readers = new Set<string[]>();

  write(line: string): void {
    for (const reader of this.readers) reader.push(line);
  }

  /** The lines written while `work` runs. */
  async during(work: () => Promise<void>): Promise<LogLine[]> {
    const written: string[] = [];
    this.readers.add(written);
    try {
      await work();
    } finally {
      this.readers.delete(written);
    }
    return written.map((line) => JSON.parse(line) as LogLine);
  }
}

export const testLogs = new LogSink();
