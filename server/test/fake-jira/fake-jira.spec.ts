import { formatJqlDateTime } from '../../src/jira/client/zoned-time';
import type { AnswerValue } from '../test-app';
import { FakeJira } from './fake-jira';

describe('FakeJira', () => {
  let sut: FakeJira;

  beforeEach(async () => {
    sut = await FakeJira.start({ timeZone: 'America/New_York' });
  });
  afterEach(() => sut.close());

  async function call(path: string, body?: unknown, token = sut.apiToken): Promise<{ status: number; json: AnswerValue }> {
    const response = await fetch(`${sut.baseUrl}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Authorization: `Basic ${Buffer.from(`${sut.email}:${token}`).toString('base64')}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text };
  }

  async function keys(jql: string): Promise<string[]> {
    const { status, json } = await call('/rest/api/3/search/jql', { jql, fields: ['summary'], maxResults: 100 });
    expect(status).toBe(200);
    return json.issues.map((issue: { key: string }) => issue.key);
  }

  it('reads `updated >=` in the user’s time zone, to the minute', async () => {
    sut.upsertIssue({ key: 'A-1', summary: 'one', updated: '2026-01-15T14:00:30Z' });

    expect(await keys(`updated >= "${formatJqlDateTime(Date.parse('2026-01-15T14:00:30Z'), sut.timeZone)}"`)).toEqual(['A-1']);
    expect(await keys('updated >= "2026-01-15 09:00"')).toEqual(['A-1']);
    expect(await keys('updated >= "2026-01-15 09:01"')).toEqual([]);
  });

  it('filters by project and issue type and orders by updated, then id', async () => {
    sut.upsertIssue({ key: 'A-1', summary: 'late', updated: '2026-03-02T00:00:00Z' });
    sut.upsertIssue({ key: 'B-1', summary: 'tie', updated: '2026-03-01T00:00:00Z' });
    sut.upsertIssue({ key: 'A-2', summary: 'tie', updated: '2026-03-01T00:00:00Z' });
    sut.upsertIssue({ key: 'A-3', summary: 'story', issuetype: 'Story' });
    sut.upsertIssue({ key: 'C-1', summary: 'elsewhere' });

    expect(await keys('project in (A, b) AND issuetype = Epic ORDER BY updated ASC, id ASC')).toEqual(['B-1', 'A-2', 'A-1']);
  });

  it('selects children by parent id or key, and follows moved and deleted issues', async () => {
    sut.upsertIssue({ key: 'A-1', summary: 'epic', id: '20001' });
    sut.upsertIssue({ key: 'A-2', summary: 'child', issuetype: 'Story', parentKey: 'A-1' });
    sut.upsertIssue({ key: 'A-3', summary: 'child', issuetype: 'Story', parentKey: 'A-1' });
    sut.moveIssue('A-1', 'B-9');
    sut.deleteIssue('A-3');

    expect(await keys('parent in (20001) ORDER BY id ASC')).toEqual(['A-2']);
    expect(await keys('parent = B-9')).toEqual(['A-2']);
    expect(await keys('project = B')).toEqual(['B-9']);
  });

  it('returns issues shaped like Jira’s, with links both ways and decoy fields', async () => {
    sut.upsertIssue({ key: 'A-1', summary: 'blocker', blocksKeys: ['A-2'], updated: '2026-07-01T12:00:00Z' });
    sut.upsertIssue({ key: 'A-2', summary: 'blocked' });

    const { json } = await call('/rest/api/3/search/jql', { jql: 'project = A ORDER BY id ASC', fields: ['*all'] });

    const [blocker, blocked] = json.issues;
    expect(blocker.fields.updated).toBe('2026-07-01T08:00:00.000-0400');
    expect(blocker.fields.issuelinks[0]).toMatchObject({ type: { name: 'Blocks' }, outwardIssue: { key: 'A-2', id: blocked.id } });
    expect(blocked.fields.issuelinks[0]).toMatchObject({ inwardIssue: { key: 'A-1', id: blocker.id } });
    expect(blocker.fields.customfield_10040).toBe('1999-01-01');
  });

  it('answers JQL it does not understand, bad credentials and the removed search like Jira', async () => {
    expect(await call('/rest/api/3/search/jql', { jql: 'project = A OR project = B' })).toMatchObject({
      status: 400,
      json: { errorMessages: [expect.stringContaining('Error in the JQL Query')] },
    });
    expect((await call('/rest/api/3/myself', undefined, 'nope')).status).toBe(401);
    expect((await call('/rest/api/3/search', { jql: 'project = A' })).status).toBe(410);
  });

  it('injects faults in order, then serves normally, logging every request', async () => {
    sut.failNext(1, 503, 2);
    sut.failNext(1, 'network');

    const first = await fetch(`${sut.baseUrl}/rest/api/3/myself`);
    const second = await fetch(`${sut.baseUrl}/rest/api/3/myself`).catch((error: Error) => error);
    const third = await call('/rest/api/3/myself');

    expect([first.status, first.headers.get('retry-after')]).toEqual([503, '2']);
    expect(String(second)).toContain('fetch failed');
    expect(third.status).toBe(200);
    expect(sut.requests.map((r) => r.path)).toEqual(['/rest/api/3/myself', '/rest/api/3/myself', '/rest/api/3/myself']);
  });
});
