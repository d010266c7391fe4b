import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createTestDatabase } from './test-database';

const SERVER_ROOT = resolve(__dirname, '..');

interface Exit {
  code: number | null;
  output: string;
}

/**
 * `node src/main.ts` in a child process (sources compiled on the fly as jest does), with
 * `env` added to this environment; `onOutput` may stop it early. Production mode: it must not
 * rewrite schema.gql.
 */
function runMain(env: Record<string, string>, onOutput?: (output: string, stop: () => void) => void): Promise<Exit> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['-r', './test/swc-register.js', 'src/main.ts'], {
      cwd: SERVER_ROOT,
      env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'production', SEED_DEMO_DATA: 'false', JIRA_SYNC_WORKERS: '0', PORT: '0', ...env },
    });
    let output = '';
    let stopping = false;
    // One SIGTERM only: main.ts handles the first; a second would kill it mid-shutdown.
    const stop = () => {
      if (!stopping) child.kill('SIGTERM');
      stopping = true;
    };
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      onOutput?.(output, stop);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('exit', (code) => resolvePromise({ code, output }));
  });
}

describe('start-up', () => {
  it('refuses to start on a bad setting, naming the variable', async () => {
    const sut = await runMain({ JIRA_SYNC_TICK_SECONDS: 'abc' });
    expect(sut.code).not.toBe(0);
    expect(sut.output).toContain('JIRA_SYNC_TICK_SECONDS');
    expect(sut.output).not.toContain('Throughline is running');
  });

  it('starts on good settings and stops cleanly', async () => {
    const database = await createTestDatabase();
    try {
      const sut = await runMain({ DATABASE_URL: database.url, JIRA_SYNC_TICK_SECONDS: '60' }, (output, stop) => {
        if (output.includes('Throughline is running')) stop();
      });
      expect(sut.output).toContain('Throughline is running');
      // An empty database has no account: the newcomer is told where to create the first administrator.
      expect(sut.output).toMatch(/open http:\/\/localhost:\d+ to create the first administrator/);
      expect(sut).toMatchObject({ code: 0 }); // the output shows in the failure
    } finally {
      await database.drop();
    }
  }, 60_000);
});
