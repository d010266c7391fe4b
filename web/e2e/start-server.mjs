// Starts the real app for the end-to-end tests: built server + built web app, no demo data, on a
// scratch database that is removed afterwards. With DATABASE_URL set, a fresh database is created
// on that Postgres server; otherwise the server starts its embedded Postgres in a temp directory.
// The web app is built into a temp directory of its own, so a concurrent `npm run build` in the
// checkout cannot pull the files from under a running test.
//
//   node web/e2e/start-server.mjs            (PORT from E2E_PORT, default 4310)
//   E2E_SKIP_BUILD=1 node web/e2e/start-server.mjs   (reuse the existing shared and server builds)
import { execSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import pg from 'pg';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = process.env.E2E_PORT || '4310';

const run = (command, cwd = repoRoot) => execSync(command, { cwd, stdio: 'inherit' });

function buildServer() {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  run('npm run build -w shared');
  run('npx tsc -p server/tsconfig.build.json');
}

/** The web app, built into a fresh temp directory; returns it. */
function buildWeb() {
  const outDir = mkdtempSync(join(tmpdir(), 'throughline-e2e-web-'));
  run(`npx vite build --logLevel warn --outDir ${JSON.stringify(outDir)} --emptyOutDir`, join(repoRoot, 'web'));
  return outDir;
}

async function adminQuery(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Where the server keeps its data, and how to get rid of it afterwards. */
async function scratchDatabase() {
  if (process.env.DATABASE_URL) {
    const admin = process.env.DATABASE_URL;
    const name = `throughline_e2e_${randomBytes(4).toString('hex')}`;
    await adminQuery(admin, `CREATE DATABASE "${name}"`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString() },
      drop: () => adminQuery(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'throughline-e2e-'));
  return {
    env: { DATABASE_URL: '', THROUGHLINE_DATA_DIR: dataDir },
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function main() {
  buildServer();
  const webDist = buildWeb();
  const database = await scratchDatabase();
  const server = spawn(process.execPath, [join(repoRoot, 'server/dist/server/src/main.js')], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, ...database.env, PORT: port, SEED_DEMO_DATA: 'false', NODE_ENV: 'production', WEB_DIST_DIR: webDist },
  });
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    server.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const code = await new Promise((done) => server.on('exit', (exitCode) => done(exitCode ?? 0)));
  await database.drop().catch((error) => console.error('[e2e] could not remove the scratch database:', error.message));
  rmSync(webDist, { recursive: true, force: true });
  process.exit(stopping ? 0 : code);
}

main().catch((error) => {
  console.error('[e2e]', error);
  process.exit(1);
});
