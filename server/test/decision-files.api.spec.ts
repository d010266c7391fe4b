import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '@throughline/shared';
import { ZIP_LIMITS } from '../src/decision/files/decision-zip';
import { createDecision, deleteAllDecisions, LIST_DECISIONS, SUPERSEDE_DECISION } from './decision-helpers';
import { Factories, factories } from './factories';
import { Client, useTestApp } from './test-app';

const FIXTURES = join(__dirname, 'fixtures/decisions');
const fixtureFiles = (folder: string) =>
  readdirSync(join(FIXTURES, folder)).map((name) => ({ name, bytes: readFileSync(join(FIXTURES, folder, name)) }));

interface Upload {
  name: string;
  bytes: Uint8Array | string;
}

/** POSTs files as one multipart form, as the web page's upload does. */
function upload(client: Client, files: Upload[]): Promise<Response> {
  const form = new FormData();
  for (const file of files)
    form.append('files', new Blob([Buffer.from(typeof file.bytes === 'string' ? strToU8(file.bytes) : file.bytes)]), file.name);
  return client.fetch('/api/v1/decisions/import', { method: 'POST', body: form });
}

async function exported(client: Client): Promise<Record<string, string>> {
  const response = await client.fetch('/api/v1/decisions/export');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/zip');
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('decision files: MADR export, MADR and Nygard import', () => {
  const sut = useTestApp();
  let make: Factories;

  beforeAll(() => {
    make = factories(sut.dataSource);
  });
  beforeEach(() => deleteAllDecisions(sut));

  const decisions = async () =>
    (
      await sut.ok(
        `{ decisions { number title status context decision consequences decidedOn deciders supersededBy { number } initiatives { key } goals { title } } }`,
      )
    ).decisions;

  it('exports NNNN-title-slug.md files in MADR, and importing them into an empty log gives the same decisions back', async () => {
    const initiative = await make.initiative();
    const goal = await make.goal({ title: 'Reduce churn' });
    const old = await createDecision(sut, {
      title: 'Cache prices per service',
      status: 'ACCEPTED',
      decidedOn: '2026-03-01',
      deciders: 'Noah Brennan, Priya Raman',
      context: 'Prices are slow.\n\n## Measured\n\n- p99 1,200 ms',
      decision: 'Each service caches.',
      consequences: '- Many invalidation paths',
      initiativeIds: [initiative.id],
      goalIds: [goal.id],
    });
    const replacement = await createDecision(sut, {
      title: 'Build a read-through cache (v2)!',
      status: 'ACCEPTED',
      decision: 'One cache.',
    });
    await sut.ok(SUPERSEDE_DECISION, { id: old.id, byId: replacement.id });
    const before = await decisions();
    const files = await exported(sut);
    expect(Object.keys(files).sort()).toEqual(['0001-cache-prices-per-service.md', '0002-build-a-read-through-cache-v2.md']);
    expect(files['0001-cache-prices-per-service.md']).toMatch(
      /^# Cache prices per service\n\n- Status: superseded by \[ADR-0002\]\(0002-build-a-read-through-cache-v2\.md\)\n- Deciders: Noah Brennan, Priya Raman\n- Date: 2026-03-01\n- Initiatives: TL-\d+\n- Goals: Reduce churn\n\n## Context and Problem Statement\n/,
    );

    await deleteAllDecisions(sut);
    const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
    const response = await upload(sut, [{ name: 'decisions.zip', bytes: zip }]);
    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer).toMatchObject({ renumbered: [], unchanged: [] });
    expect(answer.created.map((d: { number: number }) => d.number)).toEqual([1, 2]);
    expect(await decisions()).toEqual(before);
    expect(await exported(sut)).toEqual(files);
  });

  it('changes nothing for files equal to decisions already there (same title and text)', async () => {
    await createDecision(sut, { title: 'Use Postgres', context: 'We need SQL.', decision: 'Postgres.' });
    const files = await exported(sut);
    const [name] = Object.keys(files);
    const retitled = files[name].replace('Use Postgres', 'Use Postgres 15');
    const response = await upload(sut, [
      { name, bytes: files[name] },
      { name: '0001-use-postgres-15.md', bytes: retitled },
    ]);
    const answer = await response.json();
    expect(answer.unchanged).toEqual([{ fileName: name, number: 1 }]);
    expect(answer.created).toEqual([expect.objectContaining({ number: 2, title: 'Use Postgres 15' })]);
    expect(answer.renumbered).toEqual([{ fileName: '0001-use-postgres-15.md', from: 1, to: 2 }]);
    const again = await upload(sut, [{ name, bytes: files[name] }]);
    expect((await again.json()).created).toEqual([]);
    expect((await sut.ok(LIST_DECISIONS)).decisions).toHaveLength(2);
  });

  it("imports Nygard's files as adr-tools writes them, keeping free numbers and the supersede links", async () => {
    const response = await upload(
      sut,
      fixtureFiles('nygard').map((file) => ({ name: file.name, bytes: file.bytes })),
    );
    expect(response.status).toBe(200);
    expect((await response.json()).renumbered).toEqual([]);
    const found = await decisions();
    expect(found.map((d: { number: number; title: string; status: string }) => [d.number, d.title, d.status])).toEqual([
      [1, 'Record architecture decisions', 'ACCEPTED'],
      [2, 'Cache sessions in Memcached', 'SUPERSEDED'],
      [3, 'Keep sessions in the Redis cluster', 'ACCEPTED'],
    ]);
    expect(found[1]).toMatchObject({
      supersededBy: { number: 3 },
      decidedOn: '2023-11-20',
      consequences: 'Sessions are lost when a node restarts.',
    });
  });

  it('imports MADR files as log4brains writes them (a zip with its README and template), renumbering taken numbers', async () => {
    await createDecision(sut, { title: 'Already here' });
    const zip = zipSync({
      'docs/adr/': new Uint8Array(),
      ...Object.fromEntries(fixtureFiles('madr').map((file) => [`docs/adr/${file.name}`, new Uint8Array(file.bytes)])),
      'docs/adr/0001-taken.md': strToU8('# Taken number\n\n- Status: accepted\n'),
    });
    const response = await upload(sut, [{ name: 'adr.zip', bytes: zip }]);
    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer.created).toHaveLength(3);
    expect(answer.renumbered).toEqual([{ fileName: '0001-taken.md', from: 1, to: 2 }]);
    const found = await decisions();
    expect(found.map((d: { title: string }) => d.title)).toEqual([
      'Already here',
      'Taken number',
      'Use a read-through cache for prices', // log4brains' names start with the date
      'Key cache entries by price-list version',
    ]);
    expect(found[2]).toMatchObject({ status: 'ACCEPTED', decidedOn: '2024-01-15', deciders: 'Noah Brennan, Priya Raman' });
  });

  it('links imported decisions to the initiatives and goals the files name', async () => {
    const initiative = await make.initiative({ title: 'Redesign the caching layer' });
    const goal = await make.goal({ title: 'Faster checkout' });
    const text = `# Cache at the edge\n\n- Status: accepted\n- Initiatives: ${initiative.key.toLowerCase()}\n- Goals: faster checkout\n`;
    const response = await upload(sut, [{ name: '0042-cache-at-the-edge.md', bytes: text }]);
    expect(response.status).toBe(200);
    const data = await sut.ok(`query ($id: ID!) { initiative(id: $id) { decisions { number title goals { id } } } }`, {
      id: initiative.id,
    });
    expect(data.initiative.decisions).toEqual([{ number: 42, title: 'Cache at the edge', goals: [{ id: goal.id }] }]);
  });

  it.each([
    [
      'an unknown status',
      [
        { name: '0001-ok.md', bytes: '# Fine\n' },
        { name: '0002-bad.md', bytes: '# Bad\n\n- Status: someday\n' },
      ],
      '0002-bad.md',
    ],
    ['an unknown initiative', [{ name: '0001-x.md', bytes: '# X\n\n- Initiatives: NOPE-1\n' }], '0001-x.md: names the initiative NOPE-1'],
    ['a file that is not Markdown', [{ name: 'notes.txt', bytes: 'hello' }], 'notes.txt'],
    ['a broken zip', [{ name: 'adr.zip', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }], 'adr.zip'],
    ['no file at all', [], 'files'],
  ])('refuses %s, naming the file, writing nothing', async (_case, files, named) => {
    const response = await upload(sut, files as Upload[]);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'files' });
    expect(error.message).toContain(named);
    expect((await sut.ok(LIST_DECISIONS)).decisions).toEqual([]);
  });

  it('refuses a zip bomb from the sizes it declares, before inflating it', async () => {
    const bomb = zipSync({ '0001-big.md': new Uint8Array(ZIP_LIMITS.entryBytes + 1) }, { level: 9 });
    expect(bomb.length).toBeLessThan(10_000);
    const response = await upload(sut, [{ name: 'bomb.zip', bytes: bomb }]);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/^files: bomb\.zip\/0001-big\.md: is larger than 1024 KiB unpacked/);
    const many = zipSync(Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`${i}.md`, new Uint8Array(ZIP_LIMITS.entryBytes)])), {
      level: 9,
    });
    const tooMuch = await upload(sut, [{ name: 'many.zip', bytes: many }]);
    expect((await tooMuch.json()).error.message).toContain('many.zip: unpacks to more than 20 MiB');
  });

  it('lets viewers export and only editors import', async () => {
    expect((await sut.as(Role.VIEWER).fetch('/api/v1/decisions/export')).status).toBe(200);
    expect((await upload(sut.as(Role.VIEWER), [{ name: '0001-x.md', bytes: '# X\n' }])).status).toBe(403);
    expect((await upload(sut.as(Role.EDITOR), [{ name: '0001-x.md', bytes: '# X\n' }])).status).toBe(200);
    expect((await sut.anonymous.fetch('/api/v1/decisions/export')).status).toBe(401);
  });
});
