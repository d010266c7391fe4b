import type { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source';
import { migrate } from '../migrate';
import { importDatabase } from './import-database';
import { describeUrl, parseTransferArgs, runCli, withDatabase } from './transfer-cli';

const USAGE = `usage: npm run db:import -- <file> [--to postgres://…]
  loads a file of npm run db:export into an empty database (--to, else DATABASE_URL, else the
  embedded one), migrating it first, in one transaction; then compares every table's row count`;

/**
 * Gives a target without any table this build's schema (as a server's start would). One that has
 * tables is left as it is: the import checks it has the export's schema and no data.
 */
async function migrateIfBlank(client: Client, url: string): Promise<void> {
  const { rows } = await client.query(`SELECT NOT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public') AS blank`);
  if (!rows[0].blank) return;
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

runCli(async () => {
  const args = parseTransferArgs('to');
  if (!args) {
    console.error(USAGE);
    process.exit(2);
  }
  await withDatabase(args.url, async (client, url, embedded) => {
    await migrateIfBlank(client, url);
    const counts = await importDatabase(client, args.file);
    console.log(`${'table'.padEnd(28)} ${'exported'.padStart(10)} ${'imported'.padStart(10)}`);
    for (const count of counts)
      console.log(`${count.name.padEnd(28)} ${String(count.exported).padStart(10)} ${String(count.imported).padStart(10)}`);
    const rows = counts.reduce((sum, count) => sum + count.imported, 0);
    console.log(
      `Imported ${rows} rows into ${embedded ? 'the embedded database' : describeUrl(url)}: every table's count matches the export.`,
    );
  });
});
