import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { fiscalYear, Period } from '@throughline/shared';
import { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../bootstrap';
import { QueryCounter } from '../common/query-counter';
import { AppConfig, loadConfig } from '../config/config';
import { dataSourceOptions } from '../database/data-source';
import { loadOrgForecast } from '../forecast/load-org-forecast';
import { ALIGNMENT, busiestInitiative, INITIATIVE, rawRoadmap, ROADMAP, ROADMAP_COMPACT } from './bench-queries';
import { generateScaleData, ScaleSummary } from './scale-data';
import { OrgSize, scaledOrg } from './scale-rows';
import { createScratchDatabase } from './scratch-database';
import { CAPACITY_PLAN, prepareCapacityBench } from '../capacity/capacity-bench';
import { formatTiming, time, Timing, TIMING_HEADER } from './timing';
import { authOverheadMs, benchmarkToken } from './token-auth';

const RUNS = 30;
const WARMUPS = 3;

/** The org sizes measured, each figure of the summary line suffixed by its name; the first also unsuffixed. */
const SIZES: Array<{ name: string; org: OrgSize }> = [
  { name: '5k', org: scaledOrg(1) },
  { name: '20k', org: scaledOrg(4) },
];

async function migrateAndGenerate(url: string, fiscalYearStartMonth: number, org: OrgSize): Promise<ScaleSummary> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    return await generateScaleData(dataSource, fiscalYearStartMonth, undefined, org);
  } finally {
    await dataSource.destroy();
  }
}

/** POSTs GraphQL over real HTTP with an API token, as a script would; any error fails the benchmark. */
function graphqlClient(baseUrl: string, token: string) {
  return async <T>(query: string, variables: Record<string, unknown>): Promise<{ data: T; bytes: number }> => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    const body = JSON.parse(text);
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 1000)}`);
    return { data: body.data, bytes: text.length };
  };
}

async function startApp(config: AppConfig, url: string): Promise<{ app: INestApplication; baseUrl: string }> {
  const app = await createApp(config, url);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${port}` };
}

interface RoadmapCounts {
  roadmap: { lanes: Array<{ initiatives: unknown[] }>; dependencies: unknown[] };
}

interface Measured {
  roadmap: Timing;
  /** The same roadmap in the compact shape (the web app's). */
  compact: Timing;
  /** KiB of JSON of the roadmap's answer in either shape. */
  kib: { roadmap: number; compact: number };
  raw: Timing;
  alignment: Timing;
  initiative: Timing;
  /** The Capacity page's plan: every team over 8 quarters. */
  capacity: Timing;
  /** The whole org's forecast as one request works it out (two statements and one pass over the graph). */
  forecast: Timing;
  statements: { roadmap: number; alignment: number; initiative: number };
  /** p50 of the token authentications of every request above. */
  authOverheadMs: number | null;
  authSamples: number;
}

async function measure(app: INestApplication, baseUrl: string, pool: Pool, year: Period): Promise<Measured> {
  const auth = await benchmarkToken(app);
  const gql = graphqlClient(baseUrl, auth.token);
  const window = { from: year.start, to: year.end };
  const busiest = await busiestInitiative(pool);
  const { data, bytes } = await gql<RoadmapCounts>(ROADMAP, window);
  const bars = data.roadmap.lanes.reduce((sum, lane) => sum + lane.initiatives.length, 0);
  console.log(
    `Roadmap ${year.label}: ${data.roadmap.lanes.length} lanes, ${bars} bars, ${data.roadmap.dependencies.length} dependencies, ${(bytes / 1024).toFixed(0)} KiB of JSON`,
  );
  const compactBytes = (await gql(ROADMAP_COMPACT, window)).bytes;
  console.log(`The same in the compact shape: ${(compactBytes / 1024).toFixed(0)} KiB of JSON`);
  console.log(`Initiative page: ${busiest.key} with ${busiest.relations} dependencies and risks\n`);

  const capacityWindow = await prepareCapacityBench(pool, year);
  const counter = QueryCounter.of(app.get(DataSource));
  const statements = {
    roadmap: (await counter.measure(() => gql(ROADMAP, window))).statements,
    alignment: (await counter.measure(() => gql(ALIGNMENT, window))).statements,
    initiative: (await counter.measure(() => gql(INITIATIVE, { id: busiest.id }))).statements,
  };
  const timed = {
    roadmap: await time('(a) roadmap, full year by team (HTTP)', () => gql(ROADMAP, window), RUNS, WARMUPS),
    raw: await time('(d) roadmap floor: hand-written SQL via pg', () => rawRoadmap(pool, year.start, year.end), RUNS, WARMUPS),
    compact: await time("(a') roadmap in the compact shape (HTTP)", () => gql(ROADMAP_COMPACT, window), RUNS, WARMUPS),
    alignment: await time('(b) alignment, full year (HTTP)', () => gql(ALIGNMENT, window), RUNS, WARMUPS),
    initiative: await time('(c) one initiative, all relations (HTTP)', () => gql(INITIATIVE, { id: busiest.id }), RUNS, WARMUPS),
    capacity: await time('(f) capacity plan, every team x 8 quarters (HTTP)', () => gql(CAPACITY_PLAN, capacityWindow), RUNS, WARMUPS),
    forecast: await time('(e) whole-org forecast, in process', () => loadOrgForecast(app.get(DataSource)), RUNS, WARMUPS),
    statements,
  };
  const kib = { roadmap: Math.round(bytes / 1024), compact: Math.round(compactBytes / 1024) };
  return { ...timed, kib, authOverheadMs: authOverheadMs(auth.samples), authSamples: auth.samples.length };
}

function report(m: Measured): Record<string, number | null> {
  const rssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
  console.log(TIMING_HEADER);
  for (const timing of [m.roadmap, m.compact, m.raw, m.alignment, m.initiative, m.forecast]) console.log(formatTiming(timing));
  console.log(formatTiming(m.capacity));
  console.log(
    `Load average now ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs: wall times on a busy machine run long, cpu/run less so`,
  );
  console.log(
    `\nSQL statements per request: roadmap ${m.statements.roadmap}, alignment ${m.statements.alignment}, initiative ${m.statements.initiative}`,
  );
  console.log(
    m.authOverheadMs === null
      ? 'Token authentication: no request was authenticated by token (no auth guard?)'
      : `Token authentication: p50 ${m.authOverheadMs} ms over ${m.authSamples} requests (target <= 2 ms)`,
  );
  console.log(
    `Memory: rss ${rssMb} MB now, peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (app and benchmark in one process)\n`,
  );
  const summary = {
    roadmap_p50_ms: m.roadmap.p50,
    roadmap_p95_ms: m.roadmap.p95,
    roadmap_sql_statements: m.statements.roadmap,
    raw_sql_p50_ms: m.raw.p50,
    roadmap_vs_raw: Math.round((m.roadmap.p50 / m.raw.p50) * 100) / 100,
    alignment_p50_ms: m.alignment.p50,
    initiative_p50_ms: m.initiative.p50,
    rss_mb: rssMb,
    auth_overhead_ms: m.authOverheadMs,
    capacity_ms: m.capacity.p50,
    forecast_ms: m.forecast.p50,
    roadmap_kib: m.kib.roadmap,
    roadmap_compact_p50_ms: m.compact.p50,
    roadmap_compact_vs_raw: Math.round((m.compact.p50 / m.raw.p50) * 100) / 100,
    roadmap_compact_kib: m.kib.compact,
  };
  return summary;
}

/** `summary` with every name suffixed, e.g. roadmap_p50_ms_20k. */
function suffixed(summary: Record<string, number | null>, size: string): Record<string, number | null> {
  return Object.fromEntries(Object.entries(summary).map(([name, value]) => [`${name}_${size}`, value]));
}

/** One org size on its own scratch database and app, dropped at the end, also on failure. */
async function benchmarkSize(config: AppConfig, size: { name: string; org: OrgSize }): Promise<Record<string, number | null>> {
  const scratch = await createScratchDatabase(config.databaseUrl);
  let app: INestApplication | undefined;
  let pool: Pool | undefined;
  const cleanUp = async () => {
    await app?.close();
    await pool?.end();
    await scratch.drop();
  };
  const onInterrupt = () => void cleanUp().finally(() => process.exit(130));
  process.once('SIGINT', onInterrupt);
  try {
    console.log(
      `\n=== ${size.name}: ${size.org.initiatives} initiatives, ${size.org.dependencies} dependencies, ${size.org.teams} teams ===\n` +
        `Scratch database on ${scratch.server}; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs; NODE_ENV=${config.nodeEnv ?? '(unset)'}`,
    );
    const summary = await migrateAndGenerate(scratch.url, config.fiscalYearStartMonth, size.org);
    console.log(`Generated FY${summary.fiscalYear} in ${summary.milliseconds} ms:`, summary.rows);
    const started = await startApp(config, scratch.url);
    app = started.app;
    pool = new Pool({ connectionString: scratch.url, max: 2 });
    return report(await measure(app, started.baseUrl, pool, fiscalYear(summary.fiscalYear, config.fiscalYearStartMonth)));
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    await cleanUp();
  }
}

/**
 * `npm run bench`: for each org size, a scratch database with that org, the app on it over real
 * HTTP, and the timings of the main reads. Each scratch database is dropped at the end, also on failure.
 * The last line holds the figures of the first size unsuffixed (as before there were two sizes), then
 * every figure of every size suffixed with its name (`_5k`, `_20k`).
 * The npm script runs it with NODE_ENV=production, as a deployed server runs: graphql-js then
 * skips development-only checks that cost ~15% of a large response; and with Node's young generation
 * as `npm start` sets it (--max-semi-space-size=64, see README "Running several processes").
 */
async function main(): Promise<void> {
  // No Jira sync workers: their polling would only add noise to the timings.
  // A log line per timed request would cost time and bury the results: warnings only, unless LOG_LEVEL says.
  const config: AppConfig = {
    ...loadConfig({ LOG_LEVEL: 'warn', ...process.env }),
    seedDemoData: false,
    writeSchemaFile: false,
    jiraSyncWorkers: 0,
  };
  // BENCH_SIZES=5k (or 20k) measures one size only, e.g. while working on one of them.
  const chosen = process.env.BENCH_SIZES?.split(',') ?? SIZES.map((size) => size.name);
  let line: Record<string, number | null> = {};
  for (const size of SIZES.filter((size) => chosen.includes(size.name))) {
    const summary = await benchmarkSize(config, size);
    line = { ...line, ...(size === SIZES[0] ? summary : {}), ...suffixed(summary, size.name) };
  }
  console.log(JSON.stringify(line));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
