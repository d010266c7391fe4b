import { SingleBar } from 'cli-progress';
import { SyncRunStatus } from '@throughline/shared';
import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '../../config/config';
import { JiraConnectionEntity } from '../connection/jira-connection.entity';
import { JiraConnectionService } from '../connection/jira-connection.service';
import { SyncRunEntity } from '../runs/sync-run.entity';
import { RunTally } from '../runs/run-counters';

/** A command does its run itself: no queue workers and no scheduler in its process. */
export const NO_BACKGROUND_WORK: Partial<AppConfig> = { jiraSyncWorkers: 0, jiraSyncTickSeconds: 0 };

/** The connection a command names by id or name; an error saying so when there is none. */
export async function findConnection(app: INestApplicationContext, idOrName: string): Promise<JiraConnectionEntity> {
  const connection = await app.get(JiraConnectionService).findByIdOrName(idOrName);
  if (!connection) throw new Error(`no Jira connection "${idOrName}" (give its id or its name)`);
  return connection;
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

  update(counters: RunTally): void {
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
