import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { parseArgs } from 'node:util';
import { SyncRunStatus } from '@throughline/shared';
import { withCliContext } from '../../cli-context';
import { JiraModule } from '../jira.module';
import { SyncNow } from '../runs/sync-now';
import { SyncRunEntity } from '../runs/sync-run.entity';
import { SyncRuns } from '../runs/sync-runs';
import { SyncEngine } from '../sync/sync-engine';
import { findConnection, NO_BACKGROUND_WORK, printWarnings, RunProgress, summaryLine } from './cli-support';

const USAGE = `usage: npm run jira:sync -- --connection <id or name> [--full]
  runs a sync of the connection here and now (incremental unless --full), with a progress bar;
  when a server process is already running it, follows that run instead`;

/** Waits for a run another process is working on. */
async function follow(runs: SyncRuns, runId: string, progress: RunProgress): Promise<SyncRunEntity> {
  for (;;) {
    const run = await runs.get(runId);
    if (!run) throw new Error(`run ${runId} vanished (its connection was deleted)`);
    progress.update(run);
    if (run.status === SyncRunStatus.SUCCEEDED || run.status === SyncRunStatus.FAILED) return run;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function syncConnection(app: INestApplicationContext, idOrName: string, full: boolean): Promise<boolean> {
  const connection = await findConnection(app, idOrName);
  const started = Date.now();
  const progress = new RunProgress(connection.name);
  // Ctrl-C stops at the next page and hands the run back to the queue, for a server to finish.
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  const run = await app.get(SyncNow).request(connection.id, full);
  const ended =
    (await app.get(SyncEngine).execute(run.id, { signal: stop.signal, afterPage: (event) => progress.update(event.counters) })) ??
    (await follow(app.get(SyncRuns), run.id, progress));
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
  const { connection, full } = options;
  if (!connection) {
    console.error(USAGE);
    process.exit(2);
  }
  const ok = await withCliContext([JiraModule], (app) => syncConnection(app, connection, !!full), NO_BACKGROUND_WORK);
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
