import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

export interface ScratchDatabase {
  url: string;
  /** Where it lives, for the report. */
  server: string;
  drop(): Promise<void>;
}

async function asAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new database named throughline_bench_…, so that a leftover is recognisable. */
async function createOn(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `throughline_bench_${randomBytes(5).toString('hex')}`;
  await asAdmin(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => asAdmin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** On DATABASE_URL's server when set; otherwise on an embedded Postgres in a temporary directory. */
export async function createScratchDatabase(databaseUrl: string | undefined): Promise<ScratchDatabase> {
  if (databaseUrl) {
    const database = await createOn(databaseUrl);
    return { ...database, server: `${new URL(databaseUrl).host} (DATABASE_URL)` };
  }
  const dir = mkdtempSync(join(tmpdir(), 'throughline-bench-'));
  const cluster = await startEmbeddedPostgres(join(dir, 'pg'), false);
  const database = await createOn(cluster.url);
  return {
    url: database.url,
    server: `embedded Postgres in ${dir}`,
    async drop() {
      await database.drop();
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
