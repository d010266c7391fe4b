import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SyncRunStatus } from '@throughline/shared';
import { withCliContext } from '../../cli-context';
import { JiraConnectionService } from '../connection/jira-connection.service';
import { CsvImportService, CsvTarget, DEFAULT_CSV_CONNECTION } from '../csv/csv-import.service';
import { JiraModule } from '../jira.module';
import { findConnection, NO_BACKGROUND_WORK, printWarnings, RunProgress, summaryLine } from './cli-support';

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
  const ok = await withCliContext(
    [JiraModule],
    async (app) => {
      const target: CsvTarget = { name: given.name, baseUrl: given.baseUrl };
      if (given.connection) target.connectionId = (await findConnection(app, given.connection)).id;
      const started = Date.now();
      const progress = new RunProgress(given.file);
      const run = await app.get(CsvImportService).import(csv, target, { afterPage: (event) => progress.update(event.counters) });
      progress.stop();
      printWarnings(run);
      const connection = await app.get(JiraConnectionService).get(run.connectionId);
      console.log(summaryLine(run, connection.name, (Date.now() - started) / 1000));
      return run.status === SyncRunStatus.SUCCEEDED;
    },
    NO_BACKGROUND_WORK,
  );
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
