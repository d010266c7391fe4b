import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';

/**
 * Tests run against DATABASE_URL when it is set, otherwise against a throwaway embedded
 * Postgres. Either way each test file creates and drops a database of its own on that server.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const cluster = await startEmbeddedPostgres(join(mkdtempSync(join(tmpdir(), 'throughline-test-')), 'pg'), false);
  process.env.TEST_ADMIN_DATABASE_URL = cluster.url;
  (globalThis as { __embeddedPostgres?: typeof cluster }).__embeddedPostgres = cluster;
}
