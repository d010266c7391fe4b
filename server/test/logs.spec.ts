import { PASSWORD } from './callers';
import { freePort } from './free-port';
import { startServer } from './server-process';
import { createTestDatabase, TestDatabase } from './test-database';

// The real entry point's log stream: JSON lines on stdout (NODE_ENV=production, as server-process starts it).

interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  context?: string;
  [key: string]: unknown;
}

function logLines(output: string): LogLine[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

describe('logs', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('writes one JSON line per request, with its request id and no secret', async () => {
    const port = await freePort();
    const sut = startServer({ DATABASE_URL: database.url, PORT: String(port), LOG_LEVEL: 'debug' });
    try {
      await sut.waitFor(/Throughline is running/);
      const base = `http://127.0.0.1:${port}`;
      const json = { 'content-type': 'application/json' };
      // The first administrator: a password in the body, a session cookie in the answer.
      const firstRun = await fetch(`${base}/auth/first-run`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email: 'admin@example.com', name: 'Admin', password: PASSWORD }),
      });
      expect(firstRun.status).toBe(204);
      const cookie = firstRun.headers.getSetCookie()[0].split(';')[0];
      const secret = cookie.split('=')[1];
      const wrong = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { ...json, 'x-request-id': 'proxy-given-id-1' },
        body: JSON.stringify({ email: 'admin@example.com', password: 'a wrong password, kept out of logs' }),
      });
      expect(wrong.status).toBe(401);
      const bearer = 'tl_' + 'A'.repeat(43);
      const graphql = await fetch(`${base}/graphql?code=sign-in-code-from-a-query`, {
        method: 'POST',
        headers: {
          ...json,
          'apollo-require-preflight': 'true',
          authorization: `Bearer ${bearer}`,
          cookie: `${cookie}; other=cookie-value`,
        },
        body: JSON.stringify({ query: 'query WhoAmI { me { email } }' }),
      });
      const graphqlId = graphql.headers.get('x-request-id');
      expect(graphqlId).toBeTruthy();
      // The answer is written before its log line: wait for the last line.
      await sut.waitFor(new RegExp(`"requestId":"${graphqlId}"`), 10_000);
      const output = sut.output();
      const lines = logLines(output);

      const login = lines.find((line) => line.requestId === 'proxy-given-id-1');
      expect(login).toMatchObject({ level: 40, msg: 'POST /auth/login 401', req: { method: 'POST', path: '/auth/login' } });
      expect(lines.find((line) => line.requestId === graphqlId)?.msg).toBe(`POST /graphql ${graphql.status}`);
      for (const leaked of [PASSWORD, 'a wrong password', secret, bearer, 'cookie-value', 'sign-in-code']) {
        expect(output).not.toContain(leaked);
      }
      // Nest's own lines go through pino too, at debug (readable start-up at info).
      expect(lines.some((line) => line.context === 'RoutesResolver' && line.level === 20)).toBe(true);
    } finally {
      sut.stop();
      await sut.exited;
    }
  }, 90_000);

  it('refuses LOG_LEVEL=abc at start-up, naming the variable', async () => {
    const sut = await startServer({ LOG_LEVEL: 'abc' }).exited;
    expect(sut.code).not.toBe(0);
    expect(sut.output).toContain('LOG_LEVEL');
    expect(sut.output).not.toContain('Throughline is running');
  });
});
