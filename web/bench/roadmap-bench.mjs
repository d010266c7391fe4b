// `npm run bench:web`: the roadmap with 5,000 initiatives, then with 20,000, in headless Chromium.
// Plain ESM JavaScript so it runs on the built server (server/dist) without a compile step of its own.
// Expects `npm run build` to have run (the root script does that first).
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { measureRoadmap } from './measure-roadmap.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(root, 'server/package.json'));
const serverDist = join(root, 'server/dist/server/src');
const { loadConfig } = require(join(serverDist, 'config/config.js'));
const { createApp } = require(join(serverDist, 'bootstrap.js'));
const { dataSourceOptions } = require(join(serverDist, 'database/data-source.js'));
const { createScratchDatabase } = require(join(serverDist, 'bench/scratch-database.js'));
const { generateScaleData } = require(join(serverDist, 'bench/scale-data.js'));
const { scaledOrg } = require(join(serverDist, 'bench/scale-rows.js'));
const { fiscalYear } = require('@throughline/shared');
const { DataSource } = require('typeorm');

/** Gzip size (level 9) of every JavaScript file the build emitted, in KiB. */
function bundleKbGzip(distDir) {
  const assets = join(distDir, 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

// The org sizes measured; the summary line has each figure suffixed with the size's name, and the first size's also unsuffixed.
const SIZES = [
  { name: '5k', org: scaledOrg(1) },
  { name: '20k', org: scaledOrg(4) },
];

async function fillScratchDatabase(url, fiscalYearStartMonth, org) {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    return await generateScaleData(dataSource, fiscalYearStartMonth, undefined, org);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * A baseline of the whole plan saved by the bench's administrator (through the app's own service),
 * then a third of the ends moved two weeks later, so the compared roadmap draws ghosts and slips.
 */
async function slippedBaseline(app, email) {
  const { BaselineService } = require(join(serverDist, 'baseline/baseline.service.js'));
  const dataSource = app.get(DataSource);
  const [admin] = await dataSource.query('SELECT id, name FROM users WHERE email = $1', [email]);
  const actor = { kind: 'USER', role: 'ADMIN', userId: admin.id, name: admin.name };
  const baseline = await app.get(BaselineService).create('Bench plan as agreed', actor);
  await dataSource.query(`UPDATE initiative SET end_date = end_date + 14 WHERE end_date IS NOT NULL AND abs(hashtext(id::text)) % 3 = 0`);
  return baseline.id;
}

/** One org size on a scratch database of its own (dropped at the end, also on failure): the summary figures. */
async function benchmarkSize(size) {
  // Every page needs a signed-in user: an administrator made at start-up, signed in by the browser.
  const account = { email: 'bench@throughline.invalid', password: randomBytes(18).toString('base64url') };
  const config = {
    ...loadConfig(),
    seedDemoData: false,
    writeSchemaFile: false,
    webDistDir: join(root, 'web/dist'),
    adminAccount: account,
  };
  const scratch = await createScratchDatabase(config.databaseUrl);
  let app;
  try {
    console.log(
      `\n=== ${size.name}: ${size.org.initiatives} initiatives, ${size.org.dependencies} dependencies, ${size.org.teams} teams ===`,
    );
    console.log(`Scratch database on ${scratch.server}`);
    const summary = await fillScratchDatabase(scratch.url, config.fiscalYearStartMonth, size.org);
    console.log(`Generated FY${summary.fiscalYear} in ${summary.milliseconds} ms:`, summary.rows);
    app = await createApp(config, scratch.url);
    await app.listen(0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${app.getHttpServer().address().port}`;
    const year = fiscalYear(summary.fiscalYear, config.fiscalYearStartMonth);
    const result = await measureRoadmap(`${baseUrl}/?from=${year.start}&to=${year.end}`, account);
    const bundle = bundleKbGzip(config.webDistDir);
    console.log(
      `Roadmap ${year.label}: ${result.bars} bars drawn of ${result.initiatives} initiatives, ${result.rows} rows scrolled through`,
    );
    console.log(`Roadmap response ${result.responseKb} KiB; peak ${result.peakDomNodes} elements in the timeline`);
    console.log(
      `Scrolled top to bottom and back ${result.longestTaskPerPassMs.length} times: longest task per pass ${result.longestTaskPerPassMs.join(' / ')} ms ` +
        `(the median is reported; 0 = no task reached the 50 ms long-task threshold), long tasks (> 50 ms) per pass ${result.longTasks.join(' / ')}, median longest frame ${result.longestFrameMs} ms`,
    );
    const compared = await measureRoadmap(
      `${baseUrl}/?from=${year.start}&to=${year.end}&baseline=${await slippedBaseline(app, account.email)}`,
      account,
    );
    console.log(
      `Compared with a baseline (a third of the ends two weeks later): ${compared.bars} bars drawn, response ${compared.responseKb} KiB, ` +
        `first render ${compared.firstRenderMs} ms, peak ${compared.peakDomNodes} elements, longest task per pass ${compared.longestTaskPerPassMs.join(' / ')} ms`,
    );
    return {
      roadmap_first_render_ms: result.firstRenderMs,
      timeline_dom_nodes: result.peakDomNodes,
      longest_task_ms: result.longestTaskMs,
      bundle_kb_gzip: bundle,
      roadmap_response_kb: result.responseKb,
      compared_first_render_ms: compared.firstRenderMs,
      compared_longest_task_ms: compared.longestTaskMs,
    };
  } finally {
    await app?.close();
    await scratch.drop();
  }
}

const suffixed = (summary, name) => Object.fromEntries(Object.entries(summary).map(([field, value]) => [`${field}_${name}`, value]));

async function main() {
  // BENCH_SIZES=5k (or 20k) measures one size only.
  const chosen = process.env.BENCH_SIZES?.split(',') ?? SIZES.map((size) => size.name);
  let line = {};
  for (const size of SIZES.filter((size) => chosen.includes(size.name))) {
    const summary = await benchmarkSize(size);
    line = { ...line, ...(size === SIZES[0] ? summary : {}), ...suffixed(summary, size.name) };
  }
  console.log(JSON.stringify(line));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
