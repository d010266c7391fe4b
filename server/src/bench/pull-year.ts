import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NetworkGuard } from '../common/network-guard';
import { SecretBox } from '../common/secret-box';
import { dataSourceOptions } from '../database/data-source';
import { SourceClients } from '../metric-source/clients/source-clients';
import { PullJob } from '../metric-source/pulls/pull-job';
import { PullRuns } from '../metric-source/pulls/pull-runs';
import { hasPrometheus, LocalPrometheus } from './local-prometheus';
import { createScratchDatabase } from './scratch-database';

const DAY_MS = 86_400_000;
const DAYS = 366;
/** As many pulls at once as one server process runs by default (METRIC_PULL_WORKERS). */
const WORKERS = 2;

export interface PullYearResult {
  seconds: number;
  points: number;
}

/**
 * The first pull of `metrics` bound metrics from a real local Prometheus (a year of daily history
 * each), through the pull job (its query_range call, the upsert and audit in Postgres, the run's
 * record), `WORKERS` at a time. Null when prometheus/promtool are not installed.
 */
export async function measurePullYear(metrics: number, databaseUrl: string | undefined): Promise<PullYearResult | null> {
  if (!hasPrometheus()) {
    console.log('pull_year_s: prometheus and promtool are not installed (apt-get install prometheus): skipped');
    return null;
  }
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const samples = (i: number) => Array.from({ length: DAYS }, (_, d) => ({ at: new Date(today - d * DAY_MS), value: i + d / 10 }));
  const prometheus = await LocalPrometheus.start(
    Array.from({ length: metrics }, (_, i) => ({ name: 'bench_metric', labels: { id: String(i) }, samples: samples(i) })),
    { compacted: true, cached: true },
  );
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
    const job = new PullJob(dataSource, runs, new SourceClients(new NetworkGuard(true), box));
    const started = performance.now();
    const queue = [...runIds];
    await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        for (let runId = queue.shift(); runId; runId = queue.shift()) await job.execute(runId);
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const [done] = await dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'SUCCEEDED')::int AS ok, coalesce(sum(points), 0)::int AS points, max(error) AS error FROM pull_run`,
    );
    if (done.ok !== metrics) throw new Error(`only ${done.ok} of ${metrics} pulls succeeded: ${done.error}`);
    console.log(
      `\nFirst pulls: ${metrics} metrics x a year of daily points from a local Prometheus (${WORKERS} at a time, ${scratch.server}): ${done.points} measurements in ${seconds.toFixed(1)} s`,
    );
    return { seconds, points: done.points };
  } finally {
    await dataSource.destroy();
    await scratch.drop();
    await prometheus.close();
  }
}
