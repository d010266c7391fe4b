import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { discoverCsvFieldIds, JiraCsvError, readJiraCsvExport } from '../src/jira/client/csv-export-reader';
import { csvDate, csvInstant } from '../src/jira/client/csv-values';
import { discoverFieldIds } from '../src/jira/client/field-discovery';
import { mapIssue, MappedIssue, requiredFields } from '../src/jira/client/issue-mapper';
import { JiraClient } from '../src/jira/client/jira-client';
import { forEachPage } from '../src/jira/sync/search-pages';
import { formatJqlDateTime } from '../src/jira/client/zoned-time';
import * as a from './fake-jira/adf-fixtures';
import { FakeJira } from './fake-jira/fake-jira';

const FIXTURE = readFileSync(join(__dirname, 'fake-jira', 'jira-export-all-fields.csv'));
const MOBILE_CREW = '8f14e45f-ceea-467f-a8ad-5f3b4c1e2d9a';
const SITE = 'https://acme.atlassian.net';

function readFixture(): Map<string, MappedIssue> {
  const { issues } = readJiraCsvExport(FIXTURE, { timeZone: 'Europe/Berlin', teamNames: { [MOBILE_CREW]: 'Mobile Crew' } });
  return new Map(issues.map((issue) => [issue.key, mapIssue(issue, discoverCsvFieldIds(), SITE)]));
}

describe('readJiraCsvExport', () => {
  it('reads one issue per row, with repeated columns and multi-line quoted cells', () => {
    const { issues } = readJiraCsvExport(FIXTURE);

    expect(issues.map((i) => [i.key, i.id])).toEqual([
      ['ALPHA-1', '10001'],
      ['ALPHA-2', '10002'],
      ['ALPHA-3', '10003'],
      ['BETA-7', '10010'],
      ['ALPHA-4', '10004'],
    ]);
    const links = issues[0].fields.issuelinks as Array<{ outwardIssue?: { key: string } }>;
    expect(links.map((l) => l.outwardIssue?.key)).toEqual(['ALPHA-2', 'BETA-7']);
  });

  it('maps each row like the REST issue it came from', () => {
    const sut = readFixture();

    expect(sut.get('ALPHA-1')).toMatchObject({
      title: 'Checkout rewrite — Zahlungsflüsse 🚀 "fast" 日本語',
      description: a.checkoutDescriptionMarkdown,
      status: 'IN_PROGRESS',
      startDate: '2026-04-01',
      endDate: '2026-06-30',
      teamName: 'Payments Squad',
      projectKey: 'ALPHA',
      projectName: 'Alpha Platform',
      blocksJiraIds: ['10002', '10010'],
      url: 'https://acme.atlassian.net/browse/ALPHA-1',
    });
    expect(sut.get('ALPHA-2')).toMatchObject({
      status: 'PLANNED',
      startDate: null,
      endDate: '2026-09-15',
      teamName: null,
      blockedByJiraIds: ['10001'],
    });
    expect(sut.get('ALPHA-3')).toMatchObject({
      status: 'DONE',
      parentJiraId: '10001',
      description: 'He said "ship it", then left.\nSecond line',
    });
    expect(sut.get('BETA-7')).toMatchObject({
      startDate: null,
      endDate: '2026-12-31',
      teamName: 'Mobile Crew',
      projectName: 'Beta Mobile',
    });
  });

  it('drops Blocks links to issues outside the export', () => {
    expect(readFixture().get('ALPHA-4')!.blocksJiraIds).toEqual([]);
  });

  it('reads Updated in the exporting user’s time zone', () => {
    expect(readFixture().get('BETA-7')!.updated).toBe('2026-07-01T12:30:00.000Z');
  });

  it('has no team name for a team id it cannot name', () => {
    const { issues } = readJiraCsvExport(FIXTURE);

    expect(mapIssue(issues[3], discoverCsvFieldIds(), SITE).teamName).toBeNull();
  });

  it('reads the older "Parent id" column, a BOM, and other date formats', () => {
    const csv =
      '\uFEFFIssue key,Issue id,Summary,Parent id,Custom field (Target start),Custom field (Target end),Status Category\r\nX-2,20002,Child,20001,2026-03-01,1/Mar/2026 12:00 AM,Done\r\n';

    const [issue] = readJiraCsvExport(Buffer.from(csv, 'utf8')).issues;

    expect(mapIssue(issue, discoverCsvFieldIds(), SITE)).toMatchObject({
      parentJiraId: '20001',
      startDate: '2026-03-01',
      endDate: '2026-03-01',
      status: 'DONE',
      projectKey: 'X',
    });
  });

  it('falls back on Start date and the due date, each end on its own', () => {
    const csv =
      'Issue key,Issue id,Summary,Due date,Custom field (Start date),Custom field (Target start),Custom field (Target end)\n' +
      'X-1,1,Start and due,15/Sep/26,,01/Apr/26,\n' +
      'X-2,2,Only Start date,,01/Feb/26,,30/Jun/26\n';

    const [first, second] = readJiraCsvExport(csv).issues.map((issue) => mapIssue(issue, discoverCsvFieldIds(), SITE));

    expect([first.startDate, first.endDate]).toEqual(['2026-04-01', '2026-09-15']);
    expect([second.startDate, second.endDate]).toEqual(['2026-02-01', '2026-06-30']);
  });

  it('lets the caller name other columns for the dates and team', () => {
    const csv = 'Issue key,Issue id,Summary,Custom field (Planned start),Custom field (Squad)\nX-1,1,One,05/May/26,Core\n';

    const [issue] = readJiraCsvExport(csv, {
      columns: { targetStart: 'Custom field (Planned start)', team: 'Custom field (Squad)' },
    }).issues;

    expect(mapIssue(issue, discoverCsvFieldIds(), SITE)).toMatchObject({ startDate: '2026-05-05', teamName: 'Core' });
  });

  it('refuses a file that is not a Jira export', () => {
    expect(() => readJiraCsvExport('Name,Email\nKim,kim@example.com\n')).toThrow(JiraCsvError);
    expect(() => readJiraCsvExport('Name,Email\nKim,kim@example.com\n')).toThrow(/"Issue key", "Issue id", "Summary"/);
    expect(() => readJiraCsvExport('')).toThrow(JiraCsvError);
  });
});

describe('CSV export and REST agree', () => {
  let jira: FakeJira;

  beforeAll(async () => {
    jira = await FakeJira.start({ timeZone: 'Europe/Berlin' });
    seedLikeTheFixture(jira);
  });
  afterAll(() => jira.close());

  it('gives the same MappedIssue for every issue, read either way', async () => {
    const client = new JiraClient({ baseUrl: jira.baseUrl, email: jira.email, apiToken: jira.apiToken });
    const ids = discoverFieldIds(await client.fields());
    const fromRest = new Map<string, MappedIssue>();
    await forEachPage(client, 'project in (ALPHA, BETA) ORDER BY id ASC', requiredFields(ids), async (page) => {
      for (const issue of page.issues) fromRest.set(issue.key, mapIssue(issue, ids, SITE));
    });
    const fromCsv = readFixture();

    expect([...fromRest.keys()].sort()).toEqual([...fromCsv.keys()].sort());
    for (const [key, rest] of fromRest) {
      const csv = fromCsv.get(key)!;
      expect({ ...csv, updated: undefined }).toEqual({ ...rest, updated: undefined });
      expect(Date.parse(csv.updated)).toBe(Date.parse(rest.updated));
    }
  });
});

describe('Jira date cells and JQL times', () => {
  it('reads Jira’s dd/MMM/yy cells, with 12 AM and 12 PM', () => {
    expect(csvDate('25/Feb/26')).toBe('2026-02-25');
    expect(csvDate('5/dec/2026 12:00 AM')).toBe('2026-12-05');
    expect(csvDate('31/Foo/26')).toBeNull();
    expect(csvInstant('25/Feb/26 12:05 AM', 'UTC')).toBe('2026-02-25T00:05:00.000Z');
    expect(csvInstant('25/Feb/26 12:05 PM', 'UTC')).toBe('2026-02-25T12:05:00.000Z');
  });

  it('applies the zone’s daylight saving time', () => {
    expect(csvInstant('15/Jan/26 9:00 AM', 'America/New_York')).toBe('2026-01-15T14:00:00.000Z');
    expect(csvInstant('15/Jul/26 9:00 AM', 'America/New_York')).toBe('2026-07-15T13:00:00.000Z');
  });

  it('writes JQL times in the user’s zone', () => {
    expect(formatJqlDateTime(new Date('2026-07-01T12:30:45Z'), 'Europe/Berlin')).toBe('2026-07-01 14:30');
    expect(formatJqlDateTime(Date.parse('2026-01-01T00:10:00Z'), 'America/Los_Angeles')).toBe('2025-12-31 16:10');
  });
});

function seedLikeTheFixture(jira: FakeJira): void {
  const alpha = { projectKey: 'ALPHA', projectName: 'Alpha Platform' };
  jira.upsertIssue({
    ...alpha,
    id: '10001',
    key: 'ALPHA-1',
    summary: 'Checkout rewrite — Zahlungsflüsse 🚀 "fast" 日本語',
    statusCategory: 'indeterminate',
    description: a.checkoutDescriptionAdf,
    targetStart: '2026-04-01',
    targetEnd: '2026-06-30',
    team: { id: '36885b3c-1bf0-4f85-a357-c5b858c31de4', name: 'Payments Squad' },
    blocksKeys: ['ALPHA-2', 'BETA-7'],
    updated: '2026-02-25T22:17:00.000Z',
  });
  jira.upsertIssue({
    ...alpha,
    id: '10002',
    key: 'ALPHA-2',
    summary: 'Search revamp, phase 2',
    status: 'Backlog',
    duedate: '2026-09-15',
    updated: '2026-02-20T11:30:00.000Z',
  });
  jira.upsertIssue({
    ...alpha,
    id: '10003',
    key: 'ALPHA-3',
    issuetype: 'Story',
    summary: 'Pay with wallet',
    statusCategory: 'done',
    parentKey: 'ALPHA-1',
    description: a.doc(a.p(a.text('He said "ship it", then left.'), { type: 'hardBreak' }, a.text('Second line'))),
    updated: '2026-02-23T23:05:00.000Z',
  });
  jira.upsertIssue({
    id: '10010',
    key: 'BETA-7',
    projectName: 'Beta Mobile',
    summary: 'Offline mode',
    status: 'Selected for Development',
    description: a.doc(a.p(a.text('Mobile '), a.text('first', a.strong), a.text('.'))),
    targetEnd: '2026-12-31',
    duedate: '2027-01-01',
    team: { id: MOBILE_CREW, name: 'Mobile Crew' },
    updated: '2026-07-01T12:30:00.000Z',
  });
  jira.upsertIssue({
    ...alpha,
    id: '10004',
    key: 'ALPHA-4',
    issuetype: 'Task',
    summary: 'Clean up legacy flags',
    statusCategory: 'indeterminate',
    blocksKeys: ['GAMMA-1'],
    updated: '2026-02-21T16:45:00.000Z',
  });
}
