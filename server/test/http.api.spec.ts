import { RestErrorBody } from '../src/common/rest-errors';
import { TestApp, useTestApp } from './test-app';

async function post(sut: TestApp, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return sut.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

describe('HTTP edges', () => {
  const sut = useTestApp();

  it('serves a page at /', async () => {
    const response = await sut.anonymous.fetch('/', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<title>Throughline/i);
  });

  it('answers a body that is not JSON with the REST error shape, no stack trace', async () => {
    const response = await post(sut, '{"query": "{ teams { id } }"', { 'x-request-id': 'bad-json-1' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'BAD_USER_INPUT', message: 'body: the request body is not valid JSON', field: 'body', requestId: 'bad-json-1' },
    });
    expect(text).not.toMatch(/at .*\.js:\d+/);
  });

  it('answers a body over the size limit with a clear error in the REST error shape', async () => {
    const response = await post(sut, JSON.stringify({ query: '{ teams { id } }', pad: 'x'.repeat(6 * 1024 * 1024) }));
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as RestErrorBody;
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body', requestId: response.headers.get('x-request-id') });
    expect(error.message).toMatch(/too large/);
  });

  it('reports a query for an unknown field as a validation error', async () => {
    const result = await sut.gql('{ teams { nope } }');
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toContain('nope');
  });

  it('reports a variable of the wrong type as BAD_USER_INPUT naming the variable', async () => {
    const result = await sut.gql('mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }', {
      input: { key: 7, name: 'X' },
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('key');
  });

  it('keeps serving after bad requests', async () => {
    await post(sut, 'not json at all');
    await post(sut, '{"query": 42}');
    expect((await sut.ok('{ teams { id } }')).teams).toEqual(expect.any(Array));
  });
});
