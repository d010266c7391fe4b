import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

// The real entry point (`node src/main.ts`, compiled on the fly as jest does) in a child process.

export const SERVER_ROOT = resolve(__dirname, '..');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

export interface ServerProcess {
  child: ChildProcess;
  output(): string;
  /** The output so far once it matches `pattern`; rejects when the process ends first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** One SIGTERM: main.ts handles the first; a second would kill it mid-shutdown. */
  stop(): void;
  exited: Promise<Exit>;
}

/**
 * Starts main.ts with `env` added to this environment. Production mode (it must not rewrite
 * schema.gql), no demo data, no Jira workers, and DATABASE_URL unset unless `env` sets it.
 */
export function startServer(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['-r', './test/swc-register.js', 'src/main.ts'], {
    cwd: SERVER_ROOT,
    env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'production', SEED_DEMO_DATA: 'false', JIRA_SYNC_WORKERS: '0', PORT: '0', ...env },
  });
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<Exit>((resolveExit, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolveExit({ code, signal, output }));
  });
  let stopping = false;
  const waitFor = (pattern: RegExp, timeoutMs = 120_000) =>
    new Promise<string>((resolveOutput, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${output}`)), timeoutMs);
      const check = () => {
        if (!pattern.test(output)) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolveOutput(output);
      };
      listeners.add(check);
      check();
      void exited.then((exit) => {
        clearTimeout(timer);
        reject(new Error(`the server ended (code ${exit.code}, signal ${exit.signal}) before ${pattern}; output:\n${exit.output}`));
      });
    });
  return {
    child,
    output: () => output,
    waitFor,
    stop: () => {
      if (!stopping) child.kill('SIGTERM');
      stopping = true;
    },
    exited,
  };
}

export const RUNNING = /Throughline is running/;
