import { execFileSync } from 'node:child_process';
import { PASSWORD } from './callers';
import { freePort } from './free-port';
import { OtlpReceiver, ReceivedSpan, SPAN_KIND } from './otlp-receiver';
import { RUNNING, SERVER_ROOT, ServerProcess, startServer } from './server-process';
import { createTestDatabase, TestDatabase } from './test-database';

// The real entry point with OTEL_EXPORTER_OTLP_ENDPOINT set: its spans as a collector receives them.

describe('traces', () => {
  let database: TestDatabase;
  let receiver: OtlpReceiver;
  let sut: ServerProcess;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    receiver = await OtlpReceiver.start();
    const port = await freePort();
    sut = startServer({
      DATABASE_URL: database.url,
      PORT: String(port),
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_SERVICE_NAME: 'throughline-under-test',
      // Batches sent every 100 ms rather than every 5 s.
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
    await sut.waitFor(RUNNING);
    base = `http://127.0.0.1:${port}`;
  }, 120_000);

  afterAll(async () => {
    sut.stop();
    await sut.exited;
    await receiver.close();
    await database.drop();
  });

  async function firstAdministrator(): Promise<string> {
    const response = await fetch(`${base}/auth/first-run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.com', name: 'Admin', password: PASSWORD }),
    });
    expect(response.status).toBe(204);
    return response.headers.getSetCookie()[0].split(';')[0];
  }

  it('sends the spans of an HTTP request, its GraphQL operation and its statements in one trace', async () => {
    const cookie = await firstAdministrator();
    const query = 'query TracedWork { teams { id name } initiatives(filter: { search: "a literal kept out of traces" }) { totalCount } }';
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(200);
    expect((await response.json()).errors).toBeUndefined();

    const execute = await receiver.waitFor((span) => span.name === 'query TracedWork');
    const inTrace = (span: ReceivedSpan) => span.traceId === execute.traceId;
    const request = await receiver.waitFor((span) => inTrace(span) && span.kind === SPAN_KIND.SERVER);
    const teams = await receiver.waitFor((span) => inTrace(span) && /FROM "team"/.test(String(span.attributes['db.query.text'])));

    expect(request).toMatchObject({ name: 'POST /graphql', scope: '@opentelemetry/instrumentation-http', parentSpanId: undefined });
    expect(request.attributes).toMatchObject({ 'http.request.method': 'POST', 'http.route': '/graphql', 'http.response.status_code': 200 });
    expect(execute).toMatchObject({ scope: '@opentelemetry/instrumentation-graphql', service: 'throughline-under-test' });
    expect(execute.attributes).toMatchObject({ 'graphql.operation.type': 'query', 'graphql.operation.name': 'TracedWork' });
    // The document without its literal values (they may hold anything a user typed).
    expect(execute.attributes['graphql.source']).toContain('search: "*"');
    expect(JSON.stringify(receiver.spans)).not.toContain('a literal kept out of traces');
    expect(teams).toMatchObject({
      name: expect.stringMatching(/^pg\.query:SELECT/),
      scope: '@opentelemetry/instrumentation-pg',
      kind: SPAN_KIND.CLIENT,
    });
    expect(teams.attributes).toMatchObject({ 'db.system.name': 'postgresql', 'server.address': '127.0.0.1' });
    // The statement's text only, never its parameters.
    expect(Object.keys(teams.attributes)).not.toContain('db.postgresql.values');
    // The statement ran inside the operation, the operation inside the request.
    expect(teams.parentSpanId).toBe(execute.spanId);
    expect(receiver.spans.filter(inTrace).map((span) => span.spanId)).toContain(execute.parentSpanId);
    expect(receiver.rejected).toEqual([]);
  });

  it('loads nothing of OpenTelemetry when no endpoint is set', () => {
    const script = `require('./src/tracing/register-tracing');
      console.log(Object.keys(require.cache).filter((file) => file.includes('@opentelemetry')).length)`;
    const env = { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: '', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: '' };
    const loaded = execFileSync(process.execPath, ['-r', './test/swc-register.js', '-e', script], { cwd: SERVER_ROOT, env });
    expect(loaded.toString().trim()).toBe('0');
  });
});
