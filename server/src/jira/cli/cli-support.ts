import { SingleBar } from 'cli-progress';
import { SyncRunStatus } from '@throughline/shared';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '../../config/config';
import { dataSourceOptions } from '../../database/data-source';
import { resolveDatabase } from '../../database/resolve-database';
import { JiraConnectionEntity } from '../connection/jira-connection.entity';
import { SyncRunEntity } from '../runs/sync-run.entity';
import { RunCounters } from '../runs/sync-runs';

/** The database main.ts would use (DATABASE_URL or the embedded one), migrated, for the time of `work`. */
export async function withDatabase<T>(work: (dataSource: DataSource, config: AppConfig) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await resolveDatabase(config);
  const dataSource = new DataSource(dataSourceOptions(database.url));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    return await work(dataSource, config);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A connection by id or by name; null when there is none. */
export function findConnection(dataSource: DataSource, idOrName: string): Promise<JiraConnectionEntity | null> {
  const connections = dataSource.getRepository(JiraConnectionEntity);
  return UUID.test(idOrName) ? connections.findOneBy({ id: idOrName }) : connections.findOneBy({ name: idOrName });
}

/** A progress bar on a terminal; nothing elsewhere (logs, CI), where only the summary line is printed. */
export class RunProgress {
  private readonly bar = process.stderr.isTTY
    ? new SingleBar({
        format: '{title} [{bar}] {value}/{total} issues | {created} new, {updated} changed, {unchanged} unchanged',
        hideCursor: true,
        stream: process.stderr,
      })
    : null;
  private started = false;

  constructor(private readonly title: string) {}

  update(counters: RunCounters): void {
    if (!this.bar) return;
    const total = Math.max(counters.expectedIssues ?? 0, counters.issuesSeen, 1);
    const payload = { title: this.title, created: counters.created, updated: counters.updated, unchanged: counters.unchanged };
    if (!this.started) this.bar.start(total, counters.issuesSeen, payload);
    else this.bar.setTotal(total);
    this.bar.update(counters.issuesSeen, payload);
    this.started = true;
  }

  stop(): void {
    if (this.started) this.bar?.stop();
  }
}

/** The one line a command ends with. */
export function summaryLine(run: SyncRunEntity, connectionName: string, seconds: number): string {
  const kind = run.source === 'CSV' ? 'CSV import' : run.full ? 'full run' : 'incremental run';
  const counts = `${run.issuesSeen} issues read; ${run.created} created, ${run.updated} updated, ${run.unchanged} unchanged, ${run.removed} removed`;
  const warnings = run.warnings.length ? `; ${run.warnings.length} warning(s)` : '';
  const head = `${run.status} ${kind} of "${connectionName}" in ${seconds.toFixed(1)} s`;
  return run.status === SyncRunStatus.SUCCEEDED
    ? `${head}: ${counts}${warnings}`
    : `${head}: ${run.error ?? 'no error recorded'} (${counts})`;
}

export function printWarnings(run: SyncRunEntity): void {
  for (const warning of run.warnings) console.warn(`warning: ${warning}`);
}
