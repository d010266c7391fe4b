import { DataSource } from 'typeorm';

/**
 * Counts the SQL statements a DataSource sends (every one, BEGIN/COMMIT and DataLoader batches
 * included), so tests and the benchmark can check that a request costs a bounded number of
 * queries. Opt-in: nothing is counted until `QueryCounter.of(dataSource)` is first called.
 * The count is process-wide for that DataSource: measure one request at a time.
 */
export class QueryCounter {
  private static readonly counters = new WeakMap<DataSource, QueryCounter>();

  private count = 0;

  private constructor() {}

  /** The counter of `dataSource`, hooked into its logger on first use. */
  static of(dataSource: DataSource): QueryCounter {
    const existing = QueryCounter.counters.get(dataSource);
    if (existing) return existing;
    const counter = new QueryCounter();
    // Every statement passes through logger.logQuery, whatever the logging options say.
    const logger = dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (...args: Parameters<typeof logQuery>) => {
      counter.count += 1;
      return logQuery(...args);
    };
    QueryCounter.counters.set(dataSource, counter);
    return counter;
  }

  /** Statements sent since the counter was installed. */
  get total(): number {
    return this.count;
  }

  /** Runs `work` and tells how many statements were sent meanwhile. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const before = this.count;
    const result = await work();
    return { result, statements: this.count - before };
  }
}
