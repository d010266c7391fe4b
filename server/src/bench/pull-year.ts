import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NetworkGuard } from '../common/network-guard';
import { SecretBox } from '../common/secret-box';
import { dataSourceOptions } from '../database/data-source';
import { SourceClients } from '../metric-source/clients/source-clients';
import { loadConfig } from '../config/config';
import { PullJob } from '../metric-source/pulls/pull-job';
import { PullQueue } from '../metric-source/pulls/pull-queue';
import { PullRuns } from '../metric-source/pulls/pull-runs';
import { hasPrometheus, LocalPrometheus } from './local-prometheus';
import { createScratchDatabase } from './scratch-database';

const DAY_MS = 86_400_000;
const DAYS = 366;
/** Longer than any sensible run: a job lost by the queue fails the bench instead of hanging it. */
const GIVE_UP_MS = 30 * 60_000;

export interface PullYearResult {
  seconds: number;
  points: number;
  /** Pull workers of the process (METRIC_PULL_WORKERS, as the server reads it). */
  workers: number;
  /** Starting the local Prometheus, its blocks written by promtool or copied from the cache. */
  setupSeconds: number;
}

/** The pull job, telling when it has run `expected` times. */
class CountedPullJob extends PullJob {
  private count = 0;
  private allDone!: () => void;
  readonly done = new Promise<void>((resolve) => (this.allDone = resolve));
  expected = Infinity;

  override async execute(runId: string, now?: Date): Promise<void> {
    try {
      await super.execute(runId, now);
    } finally {
      if (++this.count >= this.expected) this.allDone();
    }
  }
}

/**
 * The first pull of `metrics` bound metrics from a real local Prometheus (a year of daily history
 * each), as the server does it: each run queued on the app's Postgres job queue (pg-boss) and done
 * by the pull job (its query_range call, the upsert and audit in Postgres, the run's record), as
 * many at once as METRIC_PULL_WORKERS says. Null when prometheus/promtool are not installed.
 */
export async function measurePullYear(metrics: number, databaseUrl: string | undefined): Promise<PullYearResult | null> {
  if (!hasPrometheus()) {
    console.log('pull_year_s: prometheus and promtool are not installed (apt-get install prometheus): skipped');
    return null;
  }
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const samples = (i: number) => Array.from({ length: DAYS }, (_, d) => ({ at: new Date(today - d * DAY_MS), value: i + d / 10 }));
  const config = loadConfig(process.env);
  const setupStarted = performance.now();
  const prometheus = await LocalPrometheus.start(
    Array.from({ length: metrics }, (_, i) => ({ name: 'bench_metric', labels: { id: String(i) }, samples: samples(i) })),
    { compacted: true, cached: true },
  );
  const setupSeconds = (performance.now() - setupStarted) / 1000;
  console.log(`\nLocal Prometheus with ${metrics} series x ${DAYS} days ready in ${setupSeconds.toFixed(1)} s`);
  const scratch = await createScratchDatabase(databaseUrl);
  const dataSource = await new DataSource(dataSourceOptions(scratch.url)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const [source] = await dataSource.query(
      `INSERT INTO metric_source (name, kind, base_url) VALUES ('Local Prometheus', 'PROMETHEUS', $1) RETURNING id`,
      [prometheus.baseUrl],
    );
    await dataSource.query(
      `WITH made AS (INSERT INTO metric (name, unit, direction, baseline, target)
                     SELECT 'bench ' || i, 'ms', 'DECREASE', 100, 90 FROM generate_series(0, $1 - 1) AS i RETURNING id, name)
       INSERT INTO metric_binding (metric_id, source_id, query)
       SELECT id, $2, 'bench_metric{id="' || substr(name, 7) || '"}' FROM made`,
      [metrics, source.id],
    );
    const runs = new PullRuns(dataSource);
    const bindings: Array<{ id: string }> = await dataSource.query(`SELECT id FROM metric_binding`);
    const runIds = await Promise.all(bindings.map(async (binding) => (await runs.request(binding.id)).run.id));
    const box = new SecretBox(randomBytes(32));
    const job = new CountedPullJob(dataSource, runs, new SourceClients(new NetworkGuard(true), box));
    job.expected = runIds.length;
    const queue = new PullQueue(dataSource, job, config);
    queue.onApplicationBootstrap();
    let seconds: number;
    try {
      if (!(await queue.started())) throw new Error('the metric-pull queue did not start (METRIC_PULL_WORKERS=0?)');
      const started = performance.now();
      await Promise.all(runIds.map((runId) => queue.enqueue(runId)));
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the pulls took over ${GIVE_UP_MS / 60_000} minutes`)), GIVE_UP_MS);
      });
      await Promise.race([job.done, gaveUp]).finally(() => clearTimeout(timer));
      seconds = (performance.now() - started) / 1000;
    } finally {
      await queue.onApplicationShutdown();
    }
    const [done] = await dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'SUCCEEDED')::int AS ok, coalesce(sum(points), 0)::int AS points, max(error) AS error FROM pull_run`,
    );
    if (done.ok !== metrics) throw new Error(`only ${done.ok} of ${metrics} pulls succeeded: ${done.error}`);
    console.log(
      `First pulls: ${metrics} metrics x a year of daily points from a local Prometheus, queued (${config.metricPullWorkers} workers, ${scratch.server}): ${done.points} measurements in ${seconds.toFixed(1)} s`,
    );
    return { seconds, points: done.points, workers: config.metricPullWorkers, setupSeconds };
  } finally {
    await dataSource.destroy();
    await scratch.drop();
    await prometheus.close();
  }
}
