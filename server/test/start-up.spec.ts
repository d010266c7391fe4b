import { createTestDatabase } from './test-database';
import { Exit, RUNNING, startServer } from './server-process';

/** main.ts run to its end; `onOutput` may stop it early. */
function runMain(env: Record<string, string>, onOutput?: (output: string, stop: () => void) => void): Promise<Exit> {
  const sut = startServer(env);
  sut.child.stdout?.on('data', () => onOutput?.(sut.output(), sut.stop));
  return sut.exited;
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
        if (RUNNING.test(output)) stop();
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
