// Starting the real app for end-to-end tests: the built server, a built web app, no demo data,
// on a scratch database that is removed afterwards. Used by start-server.mjs (the suite's shared
// server) and by scenarios that need an app of their own, e.g. the first run on an empty database.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import pg from 'pg';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

async function adminQuery(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Where a server keeps its data, and how to get rid of it afterwards: with DATABASE_URL set, a
 * fresh database on that Postgres server; otherwise an embedded Postgres in a temp directory.
 */
export async function scratchDatabase() {
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

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** The environment without a start-up administrator: only the caller decides whether there is one. */
function withoutAdmin(env) {
  const { THROUGHLINE_ADMIN_EMAIL: _email, THROUGHLINE_ADMIN_PASSWORD: _password, ...rest } = env;
  return rest;
}

/**
 * Starts the built server on `port` with a scratch database (no demo data) serving `webDist`;
 * `env` adds to its environment (e.g. THROUGHLINE_ADMIN_EMAIL/_PASSWORD; without them the app
 * starts with no account at all). `exited` resolves with the exit code once it has stopped and
 * its database is gone.
 */
export async function startApp({ port, webDist, stdio = 'inherit', env = {} }) {
  const database = await scratchDatabase();
  const server = spawn(process.execPath, [join(repoRoot, 'server/dist/server/src/main.js')], {
    cwd: repoRoot,
    stdio,
    env: {
      // The suite's own output stays readable: the app logs its warnings and errors, not every request.
      LOG_LEVEL: 'warn',
      ...withoutAdmin(process.env),
      ...database.env,
      ...env,
      PORT: String(port),
      SEED_DEMO_DATA: 'false',
      NODE_ENV: 'production',
      WEB_DIST_DIR: webDist,
    },
  });
  const exited = new Promise((done) => server.on('exit', (code) => done(code ?? 0))).then(async (code) => {
    await database.drop().catch((error) => console.error('[e2e] could not remove the scratch database:', error.message));
    return code;
  });
  return { url: `http://127.0.0.1:${port}`, exited, stop: (signal = 'SIGTERM') => server.kill(signal) };
}

/** Resolves once `url`/health answers; rejects after `timeoutMs` or when `exited` settles first. */
export async function waitForHealth(url, exited, timeoutMs = 180_000) {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !gone) {
    const ok = await globalThis.fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(500);
  }
  throw new Error(gone ? `the app at ${url} stopped before it was ready` : `the app at ${url} was not ready in time`);
}
