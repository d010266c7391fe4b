import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { dataSourceOptions } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

async function withAdmin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/**
 * Fails when the entities and the migrations disagree: migrates a scratch database, then asks
 * TypeORM which statements would still be needed to match the entities (what
 * `migration:generate --check` does). Also proves every migration's `down` runs.
 */
async function main(): Promise<number> {
  const { databaseUrl } = loadConfig();
  const embedded = databaseUrl ? null : await startEmbeddedPostgres(join(mkdtempSync(join(tmpdir(), 'tl-drift-')), 'pg'), false);
  const adminUrl = databaseUrl ?? embedded!.url;
  const name = `throughline_drift_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dataSource = await new DataSource(dataSourceOptions(url.toString())).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const pending = (await dataSource.driver.createSchemaBuilder().log()).upQueries;
    if (pending.length) {
      console.error('The entities and the migrations disagree. Missing from the migrations:');
      for (const query of pending) console.error(`  ${query.query}`);
      console.error('Generate a migration: see README.md, "Changing the schema".');
      return 1;
    }
    for (let i = 0; i < applied.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    console.log(`Migrations match the entities (${applied.length} migrations; each one's down also runs).`);
    return 0;
  } finally {
    await dataSource.destroy();
    await withAdmin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
