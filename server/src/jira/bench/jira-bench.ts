import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SyncRunStatus } from '@throughline/shared';
import { DataSource } from 'typeorm';
import { fork, ChildProcess } from 'node:child_process';
import { createScratchDatabase } from '../../bench/scratch-database';
import { loadConfig } from '../../config/config';
import { dataSourceOptions } from '../../database/data-source';
import { secretBoxFor } from '../../common/secret-box';
import { DependencyStore } from '../../initiative/dependency-store';
import { InitiativeStore } from '../../initiative/initiative-store';
import { TeamStore } from '../../team/team-store';
import { IssueApplier } from '../sync/apply-issues';
import { NetworkGuard } from '../../common/network-guard';
import { SyncEngine } from '../sync/sync-engine';
import { SyncRunEntity } from '../runs/sync-run.entity';
import { SyncRuns } from '../runs/sync-runs';
import { BenchFakeMessage, CHANGES, EPICS, jql, STORIES } from './bench-fake-jira';

interface Site {
  baseUrl: string;
  email: string;
  apiToken: string;
}

/** The fake Jira in a child process; resolves once it is seeded and listening. */
function startSite(): Promise<{ child: ChildProcess; site: Site }> {
  const child = fork(join(__dirname, 'bench-fake-jira.js'));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('message', (message: BenchFakeMessage) =>
      'ready' in message ? resolve({ child, site: message.ready }) : reject(new Error('unexpected')),
    );
  });
}

function changeIssues(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('message', () => resolve());
    child.send('change');
  });
}

async function timedRun(
  engine: SyncEngine,
  runs: SyncRuns,
  connectionId: string,
  full: boolean,
): Promise<{ run: SyncRunEntity; seconds: number }> {
  const started = performance.now();
  const { run } = await runs.request(connectionId, full);
  const ended = await engine.execute(run.id);
  const seconds = (performance.now() - started) / 1000;
  if (ended?.status !== SyncRunStatus.SUCCEEDED)
    throw new Error(`the ${full ? 'full' : 'incremental'} run did not succeed: ${ended?.error}`);
  return { run: ended, seconds };
}

async function bench(dataSource: DataSource, child: ChildProcess, site: Site, dataDir: string) {
  const runs = new SyncRuns(dataSource);
  const secrets = secretBoxFor({ dataDir, secretKey: undefined });
  const applier = new IssueApplier(new InitiativeStore(), new DependencyStore(), new TeamStore());
  // The bench's fake Jira runs on this machine, which the network guard otherwise refuses.
  const engine = new SyncEngine(dataSource, runs, secrets, applier, new NetworkGuard(true));
  const id = randomUUID();
  await dataSource.query(
    `INSERT INTO jira_connection (id, name, base_url, email, api_token_encrypted, jql) VALUES ($1, 'Bench', $2, $3, $4, $5)`,
    [id, site.baseUrl, site.email, secrets.encrypt(site.apiToken, id), jql()],
  );
  const full = await timedRun(engine, runs, id, true);
  console.log(
    `full import: ${full.run.issuesSeen} issues in ${full.seconds.toFixed(2)} s (${Math.round(full.run.issuesSeen / full.seconds)} issues/s), ${full.run.created} initiatives created`,
  );
  await changeIssues(child);
  const incremental = await timedRun(engine, runs, id, false);
  console.log(
    `incremental run after ${CHANGES} changes: ${incremental.seconds.toFixed(2)} s (${incremental.run.updated} updated, ${incremental.run.issuesSeen} issues read)`,
  );
  return { full, incremental };
}

async function main(): Promise<void> {
  const database = await createScratchDatabase(loadConfig().databaseUrl);
  const dataDir = mkdtempSync(join(tmpdir(), 'throughline-bench-jira-'));
  const { child, site } = await startSite();
  const dataSource = new DataSource(dataSourceOptions(database.url));
  try {
    console.log(
      `Jira sync benchmark: ${EPICS + STORIES} issues from a fake Jira on ${site.baseUrl} (own process), into ${database.server}`,
    );
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const { full, incremental } = await bench(dataSource, child, site, dataDir);
    const summary = {
      full_import_issues_per_s: Math.round(full.run.issuesSeen / full.seconds),
      full_import_s: +full.seconds.toFixed(2),
      incremental_s: +incremental.seconds.toFixed(2),
    };
    console.log(JSON.stringify(summary));
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    child.disconnect();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
