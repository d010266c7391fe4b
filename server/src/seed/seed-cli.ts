import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { dataSourceOptions } from '../database/data-source';
import { resolveDatabase } from '../database/resolve-database';
import { loadDemoData } from './load-demo-data';

const USAGE = 'usage: npm run seed [-- --reset]\n  loads the demo data into an empty database; --reset deletes all domain data first';

/** `npm run seed [-- --reset]`: the database main.ts would use (DATABASE_URL or the embedded one). */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.some((arg) => arg !== '--reset')) {
    console.error(USAGE);
    process.exit(2);
  }
  const reset = args.includes('--reset');
  const config = loadConfig();
  const database = await resolveDatabase(config).catch((error: unknown) => {
    if (config.databaseUrl) throw error;
    const detail = error instanceof Error ? error.message : String(error ?? 'no detail');
    throw new Error(
      `Could not start the embedded Postgres in ${config.dataDir} (${detail}). If Throughline is running on it, stop it first, or set DATABASE_URL.`,
    );
  });
  const dataSource = new DataSource(dataSourceOptions(database.url));
  try {
    const started = Date.now();
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const counts = await loadDemoData(dataSource, { reset, fiscalYearStartMonth: config.fiscalYearStartMonth });
    if (!counts) console.log('The database already has data: nothing loaded (use --reset to replace it with the demo data).');
    else console.log(`Loaded the demo data in ${Date.now() - started} ms:`, counts);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
