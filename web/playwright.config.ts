import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminStorageState } from './e2e/support/admin-account.mjs';

// One free port for the whole run, chosen once in the runner; the workers inherit the variable.
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
]).toString();

// Where start-server.mjs builds the web app; scenarios that start an app of their own serve it too.
process.env.E2E_WEB_DIST ??= mkdtempSync(join(tmpdir(), 'throughline-e2e-web-'));

// Where the setup project keeps this run's signed-in state (see e2e/support/admin-account.mjs).
process.env.E2E_AUTH_DIR ??= mkdtempSync(join(tmpdir(), 'throughline-e2e-auth-'));

const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/artifacts',
  // The scenarios share one server and database; each makes its own uniquely named data.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // The setup project signs in as the start-up administrator once; every scenario starts signed in
  // with that browser state (a scenario about signing in starts from an empty one).
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'scenarios', testMatch: /\.spec\.ts/, dependencies: ['setup'], use: { storageState: adminStorageState() } },
  ],
  webServer: {
    command: 'node e2e/start-server.mjs',
    url: `${baseURL}/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    // SIGTERM lets the script stop the server and drop its scratch database.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
});
