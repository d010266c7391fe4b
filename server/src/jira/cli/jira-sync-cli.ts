import 'reflect-metadata';
import { DependencyStore } from '../../initiative/dependency-store';
import { InitiativeStore } from '../../initiative/initiative-store';
import { TeamStore } from '../../team/team-store';
import { IssueApplier } from '../sync/apply-issues';
import { parseArgs } from 'node:util';
import { SyncRunStatus } from '@throughline/shared';
import { DataSource } from 'typeorm';
import { SecretBox } from '../../common/secret-box';
import { SyncEngine } from '../sync/sync-engine';
import { SyncRunEntity } from '../runs/sync-run.entity';
import { SyncRuns } from '../runs/sync-runs';
import { findConnection, printWarnings, RunProgress, summaryLine, withDatabase } from './cli-support';

const USAGE = `usage: npm run jira:sync -- --connection <id or name> [--full]
  runs a sync of the connection here and now (incremental unless --full), with a progress bar;
  when a server process is already running it, follows that run instead`;

/** Waits for a run another process is working on. */
async function follow(runs: SyncRuns, runId: string, progress: RunProgress): Promise<SyncRunEntity> {
  for (;;) {
    const run = await runs.get(runId);
    if (!run) throw new Error(`run ${runId} vanished (its connection was deleted)`);
    progress.update({ ...run, warnings: run.warnings });
    if (run.status === SyncRunStatus.SUCCEEDED || run.status === SyncRunStatus.FAILED) return run;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function syncConnection(dataSource: DataSource, dataDir: string, idOrName: string, full: boolean): Promise<boolean> {
  const connection = await findConnection(dataSource, idOrName);
  if (!connection) throw new Error(`no Jira connection "${idOrName}" (give its id or its name)`);
  const runs = new SyncRuns(dataSource);
  const engine = new SyncEngine(
    dataSource,
    runs,
    new SecretBox(dataDir),
    new IssueApplier(new InitiativeStore(), new DependencyStore(), new TeamStore()),
  );
  const started = Date.now();
  const progress = new RunProgress(connection.name);
  // Ctrl-C stops at the next page and hands the run back to the queue, for a server to finish.
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  const { run } = await runs.request(connection.id, full);
  const ended =
    (await engine.execute(run.id, { signal: stop.signal, afterPage: (event) => progress.update(event.counters) })) ??
    (await follow(runs, run.id, progress));
  progress.stop();
  printWarnings(ended);
  if (ended.status === SyncRunStatus.QUEUED) console.log(`Interrupted: run ${ended.id} is queued again for a server to finish.`);
  else console.log(summaryLine(ended, connection.name, (Date.now() - started) / 1000));
  return ended.status === SyncRunStatus.SUCCEEDED;
}

async function main(): Promise<void> {
  let options: { connection?: string; full?: boolean };
  try {
    options = parseArgs({ options: { connection: { type: 'string' }, full: { type: 'boolean' } } }).values;
  } catch {
    options = {};
  }
  if (!options.connection) {
    console.error(USAGE);
    process.exit(2);
  }
  const ok = await withDatabase((dataSource, config) => syncConnection(dataSource, config.dataDir, options.connection!, !!options.full));
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
