import 'reflect-metadata';
import { DependencyStore } from '../../initiative/dependency-store';
import { InitiativeStore } from '../../initiative/initiative-store';
import { TeamStore } from '../../team/team-store';
import { IssueApplier } from '../sync/apply-issues';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SyncRunStatus } from '@throughline/shared';
import { DomainError } from '../../common/domain-error';
import { CsvImportService, CsvTarget, DEFAULT_CSV_CONNECTION } from '../csv/csv-import.service';
import { SyncRuns } from '../runs/sync-runs';
import { JiraConnectionEntity } from '../connection/jira-connection.entity';
import { findConnection, printWarnings, RunProgress, summaryLine, withDatabase } from './cli-support';

const USAGE = `usage: npm run jira:import-csv -- <file.csv> [--connection <id or name> | --name <name> [--base-url <site>]]
  imports a Jira "Export → CSV (all fields)" file; without --connection, into the connection
  named --name (default "${DEFAULT_CSV_CONNECTION}"), made when missing, with --base-url for browse links`;

interface Options {
  file: string;
  connection?: string;
  name?: string;
  baseUrl?: string;
}

function options(): Options | null {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { connection: { type: 'string' }, name: { type: 'string' }, 'base-url': { type: 'string' } },
    });
    if (positionals.length !== 1 || (values.connection && values.name)) return null;
    return { file: positionals[0], connection: values.connection, name: values.name, baseUrl: values['base-url'] };
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const given = options();
  if (!given) {
    console.error(USAGE);
    process.exit(2);
  }
  const csv = readFileSync(given.file);
  const ok = await withDatabase(async (dataSource) => {
    const target: CsvTarget = { name: given.name, baseUrl: given.baseUrl };
    if (given.connection) {
      const connection = await findConnection(dataSource, given.connection);
      if (!connection) throw new Error(`no Jira connection "${given.connection}" (give its id or its name)`);
      target.connectionId = connection.id;
    }
    const started = Date.now();
    const progress = new RunProgress(given.file);
    const run = await new CsvImportService(
      dataSource,
      new SyncRuns(dataSource),
      new IssueApplier(new InitiativeStore(), new DependencyStore(), new TeamStore()),
    ).import(csv, target, {
      afterPage: (event) => progress.update(event.counters),
    });
    progress.stop();
    printWarnings(run);
    const connection = await dataSource.getRepository(JiraConnectionEntity).findOneByOrFail({ id: run.connectionId });
    console.log(summaryLine(run, connection.name, (Date.now() - started) / 1000));
    return run.status === SyncRunStatus.SUCCEEDED;
  });
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error instanceof DomainError || error instanceof Error ? error.message : error);
  process.exit(1);
});
