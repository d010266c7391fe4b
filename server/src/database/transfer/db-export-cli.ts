import { exportDatabase } from './export-database';
import { describeUrl, parseTransferArgs, runCli, withDatabase } from './transfer-cli';

const USAGE = `usage: npm run db:export -- <file> [--from postgres://…]
  writes every row of the database (DATABASE_URL, or the embedded one; stop the server on it
  first) to <file>, gzip'd JSON lines, for npm run db:import`;

runCli(async () => {
  const args = parseTransferArgs('from');
  if (!args) {
    console.error(USAGE);
    process.exit(2);
  }
  await withDatabase(args.url, async (client, url, embedded) => {
    const header = await exportDatabase(client, args.file);
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    for (const table of header.tables) console.log(`${table.name.padEnd(28)} ${String(table.rows).padStart(10)}`);
    console.log(
      `Exported ${rows} rows of ${header.tables.length} tables (schema: ${header.migrations.length} migrations) from ` +
        `${embedded ? 'the embedded database' : describeUrl(url)} to ${args.file}`,
    );
    console.log('Stored secrets (Jira tokens) stay encrypted: the target server needs the same THROUGHLINE_SECRET_KEY (or secret.key).');
  });
});
