// The benchmark's Jira site: the tests' fake Jira with 10,000 issues, in a process of its own so
// that, like a real site, it does not take CPU from the sync being measured.
import { FakeJira } from '../../../test/fake-jira/fake-jira';

export const EPICS = 8_000;
export const STORIES = 2_000;
export const PROJECTS = 20;
export const CHANGES = 100;

export type BenchFakeMessage = { ready: { baseUrl: string; email: string; apiToken: string } } | { changed: number };

const epicKey = (n: number) => `P${n % PROJECTS}-${n}`;

/** Epics over 20 projects (half with a Team), a Blocks link every 10th, stories under some epics; all edited two days ago. */
function seed(fake: FakeJira): void {
  const updated = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString();
  for (let n = 1; n <= EPICS; n++) {
    fake.upsertIssue({
      key: epicKey(n),
      summary: `Epic ${n}: make the thing ${n} faster`,
      statusCategory: (['new', 'indeterminate', 'done'] as const)[n % 3],
      targetStart: n % 4 ? `2027-0${1 + (n % 6)}-01` : null,
      targetEnd: n % 4 ? `2027-0${3 + (n % 6)}-28` : null,
      team: n % 2 ? { id: `team-${n % 30}`, name: `Team ${n % 30}` } : null,
      blocksKeys: n % 10 === 0 ? [epicKey(n - 1)] : [],
      description: {
        type: 'doc',
        version: 1,
        content: [{ type: 'paragraph', content: [{ type: 'text', text: `Why epic ${n} matters.` }] }],
      },
      updated,
    });
  }
  for (let n = 1; n <= STORIES; n++) {
    fake.upsertIssue({
      key: `S-${n}`,
      summary: `Story ${n}`,
      issuetype: 'Story',
      parentKey: epicKey(n * 3),
      statusCategory: n % 2 ? 'done' : 'new',
      updated,
    });
  }
}

export function jql(): string {
  return `project in (${[...Array(PROJECTS).keys()].map((p) => `P${p}`).join(', ')}) AND issuetype = Epic`;
}

async function main(): Promise<void> {
  const fake = await FakeJira.start();
  seed(fake);
  const send = (message: BenchFakeMessage) => process.send!(message);
  process.on('message', (message: string) => {
    if (message !== 'change') return;
    for (let n = 1; n <= CHANGES; n++) fake.upsertIssue({ key: epicKey(n * 79), summary: `Epic ${n * 79}, renamed` });
    send({ changed: CHANGES });
  });
  process.on('disconnect', () => void fake.close().then(() => process.exit(0)));
  send({ ready: { baseUrl: fake.baseUrl, email: fake.email, apiToken: fake.apiToken } });
}

if (require.main === module) void main();
