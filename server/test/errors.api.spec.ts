import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RestErrorBody } from '../src/common/rest-errors';
import { testLogs } from './log-sink';
import { TestApp, useTestApp } from './test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EXPORT = readFileSync(join(__dirname, 'fake-jira/jira-export-all-fields.csv'), 'utf8');

async function graphql(sut: TestApp, query: string, headers: Record<string, string> = {}) {
  const response = await sut.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: Array<{ message: string; extensions: Record<string, unknown> }> };
  return { requestId: response.headers.get('x-request-id'), errors: body.errors ?? [] };
}

async function uploadCsv(sut: TestApp, query: string, csv: string) {
  const response = await sut.fetch(`/api/jira/import-csv${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: csv,
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as RestErrorBody, requestId: response.headers.get('x-request-id') };
}

/** What the server logs while `work` runs, as text. */
async function logDuring(work: () => Promise<void>): Promise<string> {
  return (await testLogs.during(work)).map((line) => JSON.stringify(line)).join('\n');
}

describe('request ids and error answers', () => {
  const sut = useTestApp();

  it('echoes a sane X-Request-Id and puts it on every GraphQL error', async () => {
    const invalid = await graphql(sut, '{ teams { nope } }', { 'x-request-id': 'client-42.a' });
    expect(invalid.requestId).toBe('client-42.a');
    expect(invalid.errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'client-42.a' });

    const missing = await graphql(sut, '{ initiative(id: "nope") { id } }', { 'x-request-id': 'client-43' });
    expect(missing.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', requestId: 'client-43' });
  });

  it.each([
    ['absent', {}],
    ['too long', { 'x-request-id': 'x'.repeat(129) }],
    ['not a plain token', { 'x-request-id': 'a b;<script>' }],
  ])('makes a new request id when the header is %s', async (_label, headers: Record<string, string>) => {
    const result = await graphql(sut, '{ teams { nope } }', headers);
    expect(result.requestId).toMatch(UUID);
    expect(result.errors[0].extensions.requestId).toBe(result.requestId);
  });

  it('answers a syntax error as BAD_USER_INPUT, a code of the contract', async () => {
    const result = await graphql(sut, '{ teams { id }');
    expect(result.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', requestId: result.requestId });
  });

  it('answers a domain error of the CSV endpoint in the REST error shape', async () => {
    const notCsv = await uploadCsv(sut, '?name=Broken', 'just some text\nnot, a, jira, export');
    expect(notCsv.status).toBe(400);
    expect(notCsv.body).toEqual({
      error: { code: 'BAD_USER_INPUT', message: expect.stringContaining('file: '), field: 'file', requestId: notCsv.requestId },
    });

    const unknown = await uploadCsv(sut, '?connectionId=00000000-0000-4000-8000-000000000000', EXPORT);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'NOT_FOUND', requestId: unknown.requestId });
  });

  it('answers an unknown REST route as NOT_FOUND in the same shape', async () => {
    const response = await sut.fetch('/api/nothing-here', { method: 'POST' });
    expect(response.status).toBe(404);
    expect(((await response.json()) as RestErrorBody).error).toMatchObject({
      code: 'NOT_FOUND',
      requestId: response.headers.get('x-request-id'),
    });
  });
});

describe('unexpected errors', () => {
  const sut = useTestApp();

  beforeAll(async () => {
    // A schema the code does not expect: every query on these tables fails inside Postgres.
    await sut.dataSource.query('DROP TABLE team, jira_connection CASCADE');
  });

  it('answers a REST request with 500 INTERNAL_SERVER_ERROR and the request id only; the log has the details', async () => {
    let answer: Awaited<ReturnType<typeof uploadCsv>> | undefined;
    const log = await logDuring(async () => {
      answer = await uploadCsv(sut, '?name=Broken', EXPORT);
    });
    expect(answer?.status).toBe(500);
    expect(answer?.body).toEqual({
      error: {
        code: 'INTERNAL_SERVER_ERROR',
        message: `Internal server error: quote request id ${answer?.requestId} when you report it`,
        requestId: answer?.requestId,
      },
    });
    expect(answer?.text).not.toMatch(/relation|jira_connection|does not exist/);
    expect(log).toContain(`request ${answer?.requestId}`);
    expect(log).toMatch(/jira_connection/);
  });

  it('answers a GraphQL request with INTERNAL_SERVER_ERROR and the request id only', async () => {
    let result: Awaited<ReturnType<typeof graphql>> | undefined;
    const log = await logDuring(async () => {
      result = await graphql(sut, '{ teams { id } }', { 'x-request-id': 'broken-1' });
    });
    expect(result?.errors[0]).toEqual({
      message: 'Internal server error: quote request id broken-1 when you report it',
      path: ['teams'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'broken-1' },
    });
    expect(log).toContain('request broken-1');
    expect(log).toMatch(/relation \W+team\W+ does not exist/); // in JSON: \"team\"
    // A Nest logger's line, written inside the request: it carries the request's id.
    expect(log.split('\n').map((line) => JSON.parse(line) as unknown)).toContainEqual(
      expect.objectContaining({ context: 'Errors', requestId: 'broken-1', level: 50 }),
    );
  });
});
