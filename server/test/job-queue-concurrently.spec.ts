import { DataSource } from 'typeorm';
import { JobQueue } from '../src/common/job-queue';
import { createTestDatabase } from './test-database';

// Two processes starting at once on a fresh database, each with two queues (as the server has Jira
// sync and metric pulls): pg-boss installs its schema and creates the queues four times side by side.
// Unserialised, Postgres found a deadlock in about half of such starts, and that queue never ran.

const ROUNDS = 5;

async function startSideBySide(url: string): Promise<{ started: boolean[]; handled: string[] }> {
  const sources = await Promise.all([1, 2].map(() => new DataSource({ type: 'postgres', url }).initialize()));
  const handled: string[] = [];
  const queues = sources.flatMap((source) =>
    ['alpha', 'beta'].map((name) => {
      const queue = new JobQueue<{ note: string }>({
        name,
        applicationName: `test ${name}`,
        workers: 1,
        expireInSeconds: 60,
        handle: async ({ note }) => void handled.push(note),
      });
      queue.start(source);
      return queue;
    }),
  );
  try {
    const started = await Promise.all(queues.map((queue) => queue.started()));
    if (started.every(Boolean)) {
      await queues[0].send({ note: 'alpha job' });
      await queues[3].send({ note: 'beta job' });
      const deadline = Date.now() + 20_000;
      while (handled.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { started, handled: handled.sort() };
  } finally {
    await Promise.all(queues.map((queue) => queue.stop()));
    await Promise.all(sources.map((source) => source.destroy()));
  }
}

describe('job queues started by several processes at once', () => {
  it(`all start and take jobs, ${ROUNDS} fresh databases in a row`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const database = await createTestDatabase();
      try {
        expect(await startSideBySide(database.url)).toEqual({ started: [true, true, true, true], handled: ['alpha job', 'beta job'] });
      } finally {
        await database.drop();
      }
    }
  }, 120_000);
});
