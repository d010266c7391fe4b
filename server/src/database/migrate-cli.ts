import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { dataSourceOptions } from './data-source';
import { migrate } from './migrate';
import { resolveDatabase } from './resolve-database';

/** Brings the database schema up to date and exits (the compose "migrate" service). */
async function main(): Promise<void> {
  const database = await resolveDatabase(loadConfig());
  const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  try {
    const applied = await migrate(dataSource);
    console.log(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'The schema is up to date.');
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
