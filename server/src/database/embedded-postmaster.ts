import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync, rmSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedPostgresError } from './embedded-failure';

// A server killed hard (kill -9, the OOM killer) leaves its embedded Postgres running, holding the
// data directory. Before starting, the postmaster named in `postmaster.pid` is stopped when it is
// ours and orphaned; the file is set aside when its pid now belongs to some other process.

/** What a pid stands for, as far as this data directory is concerned. */
type Holder = 'none' | 'other-process' | 'our-postmaster';

const FAST_SHUTDOWN_MS = 30_000;
const IMMEDIATE_SHUTDOWN_MS = 10_000;
const REAP_MS = 10_000;

/** The postmaster's pid from the first line of `postmaster.pid`, if the file is there. */
function lockedBy(dataDir: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0], 10);
    return pid > 0 ? pid : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new EmbeddedPostgresError(
      `Cannot read ${join(dataDir, 'postmaster.pid')} (${(error as Error).message}). Run Throughline as the user that owns ${dataDir}, or set THROUGHLINE_DATA_DIR to another directory.`,
    );
  }
}

/** The process's arguments, or undefined when no such process runs (or it is a zombie). */
function argumentsOf(pid: number): string[] | undefined {
  try {
    if (process.platform === 'linux') {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      return args.length ? args : undefined;
    }
    return execFileSync('ps', ['-p', String(pid), '-o', 'args='], { encoding: 'utf8' })
      .trim()
      .split(/\s+/);
  } catch {
    return undefined;
  }
}

function parentOf(pid: number): number | undefined {
  try {
    if (process.platform === 'linux') {
      // The command name (in parentheses) may hold spaces: the fields after it are fixed.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return Number.parseInt(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1], 10);
    }
    return Number.parseInt(execFileSync('ps', ['-p', String(pid), '-o', 'ppid='], { encoding: 'utf8' }).trim(), 10);
  } catch {
    return undefined;
  }
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

/** A postgres binary started with `-D` on this data directory (Postgres runs from inside it). */
function holderOf(pid: number, dataDir: string): Holder {
  const args = argumentsOf(pid);
  if (!args) return 'none';
  if (basename(args[0]) !== 'postgres') return 'other-process';
  const at = args.indexOf('-D');
  const dir = at >= 0 ? args[at + 1] : undefined;
  if (dir && isAbsolute(dir)) return samePath(dir, dataDir) ? 'our-postmaster' : 'other-process';
  return process.platform === 'linux' && samePath(`/proc/${pid}/cwd`, dataDir) ? 'our-postmaster' : 'other-process';
}

/** A postmaster whose parent still lives and is a Node process: a server running on it now. */
function runningServerOf(postmaster: number): number | undefined {
  const parent = parentOf(postmaster);
  if (!parent || parent === 1) return undefined;
  const args = argumentsOf(parent);
  return args && /node/i.test(basename(args[0])) ? parent : undefined;
}

async function exited(pid: number, dataDir: string, withinMs: number): Promise<boolean> {
  for (const deadline = Date.now() + withinMs; Date.now() < deadline; await sleep(100)) {
    if (holderOf(pid, dataDir) !== 'our-postmaster') return true;
  }
  return false;
}

/**
 * A postmaster killed outright may linger as a zombie until init reaps it; Postgres would take its
 * pid for a live postmaster, so the start waits a little for it to go.
 */
async function awaitReaped(pid: number): Promise<void> {
  for (const deadline = Date.now() + REAP_MS; Date.now() < deadline; await sleep(100)) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
}

async function stopOrphan(pid: number, dataDir: string): Promise<void> {
  console.warn(`Stopping the embedded Postgres (pid ${pid}) left running in ${dataDir} by a server that did not shut down.`);
  // SIGINT: fast shutdown (committed work is kept); SIGQUIT: immediate, recovered from the WAL at start.
  process.kill(pid, 'SIGINT');
  if (await exited(pid, dataDir, FAST_SHUTDOWN_MS)) return;
  process.kill(pid, 'SIGQUIT');
  if (await exited(pid, dataDir, IMMEDIATE_SHUTDOWN_MS)) return;
  throw new EmbeddedPostgresError(
    `The embedded Postgres left running in ${dataDir} (pid ${pid}) does not stop. Stop it yourself (kill ${pid}), then start Throughline again.`,
  );
}

/**
 * Frees the data directory for a new postmaster: stops our orphan, refuses when a running server
 * holds it, and sets aside a `postmaster.pid` whose pid was reused (Postgres would refuse it, and
 * that process must not be touched). A pid file with no process at all is left to Postgres.
 */
export async function freeDataDir(dataDir: string): Promise<void> {
  const pid = lockedBy(dataDir);
  if (!pid) return;
  const holder = holderOf(pid, dataDir);
  if (holder === 'other-process') {
    rmSync(join(dataDir, 'postmaster.pid'));
    return;
  }
  if (holder === 'none') return awaitReaped(pid);
  const server = runningServerOf(pid);
  if (server) {
    throw new EmbeddedPostgresError(
      `The embedded Postgres in ${dataDir} is in use by another running process (pid ${server}), most likely Throughline itself. Stop that one first, or set THROUGHLINE_DATA_DIR to another directory.`,
    );
  }
  await stopOrphan(pid, dataDir);
}
