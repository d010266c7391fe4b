// Starts the real app for the end-to-end tests (see support/app-server.mjs): built server + built
// web app, no demo data, on a scratch database that is removed afterwards. The web app is built
// into E2E_WEB_DIST (playwright.config.ts picks a temp directory, so scenarios that start an app
// of their own serve the same build), so a concurrent `npm run build` in the checkout cannot pull
// the files from under a running test.
//
//   node web/e2e/start-server.mjs            (PORT from E2E_PORT, default 4310)
//   E2E_SKIP_BUILD=1 node web/e2e/start-server.mjs   (reuse the existing shared and server builds)
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN } from './support/admin-account.mjs';
import { repoRoot, startApp } from './support/app-server.mjs';

const port = process.env.E2E_PORT || '4310';

const run = (command, cwd = repoRoot) => execSync(command, { cwd, stdio: 'inherit' });

function buildServer() {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  run('npm run build -w shared');
  run('npx tsc -p server/tsconfig.build.json');
}

/** The web app, built into E2E_WEB_DIST or a fresh temp directory; returns it. */
function buildWeb() {
  const outDir = process.env.E2E_WEB_DIST || mkdtempSync(join(tmpdir(), 'throughline-e2e-web-'));
  run(`npx vite build --logLevel warn --outDir ${JSON.stringify(outDir)} --emptyOutDir`, join(repoRoot, 'web'));
  return outDir;
}

async function main() {
  buildServer();
  const webDist = buildWeb();
  // Every scenario signs in as this administrator (the setup project); 00-first-run starts its own app without one.
  // Private networks allowed: 09-metric-sources binds a metric to a Prometheus on loopback.
  const app = await startApp({
    port,
    webDist,
    env: { THROUGHLINE_ADMIN_EMAIL: ADMIN.email, THROUGHLINE_ADMIN_PASSWORD: ADMIN.password, ALLOW_PRIVATE_NETWORK_TARGETS: 'true' },
  });
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    app.stop(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const code = await app.exited;
  rmSync(webDist, { recursive: true, force: true });
  process.exit(stopping ? 0 : code);
}

main().catch((error) => {
  console.error('[e2e]', error);
  process.exit(1);
});
