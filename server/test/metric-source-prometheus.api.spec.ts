import { Role } from '@throughline/shared';
import { SYSTEM_ACTOR } from '../src/auth/caller';
import { NetworkGuard } from '../src/common/network-guard';
import { SecretBox } from '../src/common/secret-box';
import { SourceClients } from '../src/metric-source/clients/source-clients';
import { CreateMetricSourceInput } from '../src/metric-source/source/metric-source.inputs';
import { MetricSourceService } from '../src/metric-source/source/metric-source.service';
import { factories } from './factories';
import { hasPrometheus, PrometheusServer } from './prometheus-server';
import { useTestApp } from './test-app';

const DAY = 86_400_000;
const TOKEN = 'prom-secret-token-1234';
const today = new Date(Math.floor(Date.now() / DAY) * DAY);
const dayBack = (n: number) => new Date(today.getTime() - n * DAY);
/** The known value of checkout_latency_ms on the day `n` days back. */
const latencyOn = (n: number) => 1000 - n;

const SOURCE_FIELDS = 'id name kind baseUrl accountId credentialsGiven';
const CREATE = `mutation($input: CreateMetricSourceInput!) { createMetricSource(input: $input) { ${SOURCE_FIELDS} } }`;
const BIND = `mutation($input: BindMetricInput!) { bindMetric(input: $input) { id binding { query pullEveryMinutes source { id name } } } }`;
const BINDING = `query($id: ID!) { metric(id: $id) { binding { query lastPulledAt source { id } runs { id status points error startedAt finishedAt } } } }`;
const PREVIEW = `query($sourceId: ID!, $query: String!) { previewMetricBinding(sourceId: $sourceId, query: $query) { at value } }`;
const PULL = `mutation($metricId: ID!) { pullMetric(metricId: $metricId) { id status } }`;

// Debian's prometheus package (.ci/run installs it); without it these tests cannot run.
const describeWithPrometheus = hasPrometheus() ? describe : describe.skip;

describeWithPrometheus('Metric sources: a real Prometheus', () => {
  // The test Prometheus listens on 127.0.0.1, which the network guard refuses unless told otherwise.
  const t = useTestApp({ ALLOW_PRIVATE_NETWORK_TARGETS: 'true', METRIC_PULL_WORKERS: '1' });
  let prometheus: PrometheusServer;

  beforeAll(async () => {
    const days = Array.from({ length: 400 }, (_, n) => n);
    prometheus = await PrometheusServer.start(
      [
        { name: 'checkout_latency_ms', samples: days.map((n) => ({ at: dayBack(n), value: latencyOn(n) })) },
        ...['a', 'b'].map((service) => ({
          name: 'errors_total',
          labels: { service },
          samples: days.map((n) => ({ at: dayBack(n), value: n })),
        })),
      ],
      { bearerToken: TOKEN },
    );
  }, 90_000);
  afterAll(() => prometheus?.close());

  let seq = 0;
  const sourceInput = (extra: Record<string, unknown> = {}) => ({
    name: `Prometheus ${++seq}`,
    kind: 'PROMETHEUS',
    baseUrl: `${prometheus.baseUrl}/`,
    apiKey: TOKEN,
    ...extra,
  });
  const createSource = async () => (await t.ok(CREATE, { input: sourceInput() })).createMetricSource;

  async function waitForPull(metricId: string, runId?: string) {
    for (let i = 0; i < 200; i++) {
      const { metric } = await t.ok(BINDING, { id: metricId });
      const run = runId ? metric.binding.runs.find((r: { id: string }) => r.id === runId) : metric.binding.runs[0];
      if (run && (run.status === 'SUCCEEDED' || run.status === 'FAILED')) return { binding: metric.binding, run };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the pull did not finish');
  }

  const measurements = async (metricId: string) =>
    (await t.dataSource.query(`SELECT recorded_at, value FROM measurement WHERE metric_id = $1 ORDER BY recorded_at`, [metricId])).map(
      (row: { recorded_at: Date; value: number }) => ({ at: row.recorded_at.toISOString(), value: row.value }),
    );

  it('saves a source after checking it answers with the token, and never gives the token back', async () => {
    const response = await t.gql(CREATE, { input: sourceInput() });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createMetricSource).toMatchObject({
      kind: 'PROMETHEUS',
      baseUrl: prometheus.baseUrl,
      credentialsGiven: ['apiKey'],
    });
    expect(JSON.stringify(response)).not.toContain(TOKEN);
    const [row] = await t.dataSource.query(`SELECT credentials_encrypted FROM metric_source WHERE id = $1`, [
      response.data!.createMetricSource.id,
    ]);
    expect(row.credentials_encrypted).not.toContain(TOKEN);
    expect(JSON.stringify(await t.as(Role.VIEWER).ok(`{ metricSources { ${SOURCE_FIELDS} } }`))).not.toContain(TOKEN);
    const [event] = await t.dataSource.query(
      `SELECT actor_kind, changes FROM audit_event WHERE entity_type = 'MetricSource' AND entity_id = $1`,
      [response.data!.createMetricSource.id],
    );
    expect(event.actor_kind).toBe('USER');
    expect(JSON.stringify(event.changes)).not.toContain(TOKEN);
  });

  it('names the input at fault when the source refuses the token or is not there, and saves nothing', async () => {
    const count = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM metric_source`))[0].n;
    const before = await count();
    const expectBadInput = async (input: Record<string, unknown>, field: string, message: RegExp) => {
      const { errors } = await t.gql(CREATE, { input });
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
      expect(errors?.[0].message).toMatch(message);
      expect(JSON.stringify(errors)).not.toContain('wrong-token-9876');
    };
    await expectBadInput(sourceInput({ apiKey: 'wrong-token-9876' }), 'input.apiKey', /refused the bearer token/);
    await expectBadInput(sourceInput({ apiKey: null }), 'input.apiKey', /needs a bearer token/);
    await expectBadInput(
      sourceInput({ baseUrl: 'http://127.0.0.1:9' }),
      'input.baseUrl',
      /Could not reach Prometheus at http:\/\/127\.0\.0\.1:9: the connection failed \(bad port\)/,
    );
    await expectBadInput(sourceInput({ baseUrl: 'prometheus' }), 'input.baseUrl', /not a web address/);
    await expectBadInput(sourceInput({ username: 'alice' }), 'input.password', /both a user name and a password/);
    expect(await count()).toBe(before);
  });

  it('refuses loopback addresses when private networks are not allowed, as for Jira', async () => {
    const box = t.app.get(SecretBox);
    const guarded = new MetricSourceService(t.dataSource, box, new SourceClients(new NetworkGuard(false), box));
    const input = Object.assign(new CreateMetricSourceInput(), sourceInput());
    await expect(guarded.create(input, SYSTEM_ACTOR)).rejects.toMatchObject({
      message: expect.stringMatching(/127\.0\.0\.1 is .*ALLOW_PRIVATE_NETWORK_TARGETS/),
      details: { field: 'input.baseUrl' },
    });
  });

  it('previews the last 30 days of a query, one value per day at 00:00 UTC', async () => {
    const source = await createSource();
    const { previewMetricBinding } = await t.ok(PREVIEW, { sourceId: source.id, query: 'checkout_latency_ms' });
    expect(previewMetricBinding).toHaveLength(31);
    expect(previewMetricBinding[0]).toEqual({ at: dayBack(30).toISOString(), value: latencyOn(30) });
    expect(previewMetricBinding[30]).toEqual({ at: today.toISOString(), value: latencyOn(0) });
    const { errors } = await t.as(Role.VIEWER).gql(PREVIEW, { sourceId: source.id, query: 'checkout_latency_ms' });
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a bad query or several series, naming input.query, and binds nothing', async () => {
    const source = await createSource();
    const metric = await factories(t.dataSource).metric();
    const bind = (query: string) => t.gql(BIND, { input: { metricId: metric.id, sourceId: source.id, query } });
    const broken = await bind('rate(checkout_latency_ms[');
    expect(broken.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.query' } });
    expect(broken.errors?.[0].message).toMatch(/rejected the query: .*parse error/);
    const several = await bind('errors_total');
    expect(several.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.query' } });
    expect(several.errors?.[0].message).toMatch(/returns 2 series .*aggregate them into one/);
    expect((await t.ok(BINDING, { id: metric.id })).metric.binding).toBeNull();
  });

  it('binds a metric, pulls a year of daily history first, then only what is new, audited with the source as actor', async () => {
    const source = await createSource();
    const metric = await factories(t.dataSource).metric();
    const editor = t.as(Role.EDITOR);
    const { bindMetric } = await editor.ok(BIND, { input: { metricId: metric.id, sourceId: source.id, query: 'checkout_latency_ms' } });
    expect(bindMetric.binding).toMatchObject({ query: 'checkout_latency_ms', pullEveryMinutes: 1440, source: { id: source.id } });

    const first = await waitForPull(metric.id);
    expect(first.run).toMatchObject({ status: 'SUCCEEDED', points: 366, error: null });
    expect((await t.ok(BINDING, { id: metric.id })).metric.binding.lastPulledAt).not.toBeNull();
    const stored = await measurements(metric.id);
    expect(stored).toHaveLength(366);
    expect(stored[0]).toEqual({ at: dayBack(365).toISOString(), value: latencyOn(365) });
    expect(stored[365]).toEqual({ at: today.toISOString(), value: latencyOn(0) });
    const [event] = await t.dataSource.query(
      `SELECT actor_kind, actor_name, changes FROM audit_event WHERE entity_type = 'Metric' AND entity_id = $1 AND actor_kind = 'METRIC_SOURCE'`,
      [metric.id],
    );
    expect(event).toMatchObject({
      actor_name: `Metric source: ${source.name}`,
      changes: [{ field: 'measurementsRecorded', after: '366' }],
    });

    // Incremental: the next pull starts at the last day pulled (read again), not a year back.
    await t.dataSource.query(`UPDATE metric_binding SET pulled_through = $2 WHERE metric_id = $1`, [metric.id, dayBack(3)]);
    await t.dataSource.query(`DELETE FROM measurement WHERE metric_id = $1 AND recorded_at > $2`, [metric.id, dayBack(3)]);
    prometheus.requests.length = 0;
    const { pullMetric } = await editor.ok(PULL, { metricId: metric.id });
    const second = await waitForPull(metric.id, pullMetric.id);
    expect(second.run).toMatchObject({ status: 'SUCCEEDED', points: 4 });
    const ranges = prometheus.requests.filter((url) => url.pathname === '/api/v1/query_range');
    expect(ranges.map((url) => [url.searchParams.get('start'), url.searchParams.get('end'), url.searchParams.get('step')])).toEqual([
      [String(dayBack(3).getTime() / 1000), String(today.getTime() / 1000), '86400'],
    ]);
    expect(await measurements(metric.id)).toEqual(stored);
  });

  it('pullMetric returns the queued pull instead of queuing another', async () => {
    const source = await createSource();
    const metric = await factories(t.dataSource).metric();
    await t.ok(BIND, { input: { metricId: metric.id, sourceId: source.id, query: 'checkout_latency_ms' } });
    await waitForPull(metric.id);
    const [binding] = await t.dataSource.query(`SELECT id FROM metric_binding WHERE metric_id = $1`, [metric.id]);
    // A pull some process has but has not started yet.
    const [queued] = await t.dataSource.query(`INSERT INTO pull_run (binding_id) VALUES ($1) RETURNING id`, [binding.id]);
    const { pullMetric } = await t.ok(PULL, { metricId: metric.id });
    expect(pullMetric).toEqual({ id: queued.id, status: 'QUEUED' });
    await t.dataSource.query(`UPDATE pull_run SET status = 'FAILED' WHERE id = $1`, [queued.id]);
  });

  it('records a pull refused by the source in words a user can act on', async () => {
    const source = await createSource();
    const metric = await factories(t.dataSource).metric();
    await t.ok(BIND, { input: { metricId: metric.id, sourceId: source.id, query: 'checkout_latency_ms' } });
    await waitForPull(metric.id);
    prometheus.bearerToken = 'rotated-token-5555';
    try {
      const { pullMetric } = await t.ok(PULL, { metricId: metric.id });
      const { run } = await waitForPull(metric.id, pullMetric.id);
      expect(run.status).toBe('FAILED');
      expect(run.error).toMatch(/Prometheus at http:\/\/127\.0\.0\.1:\d+ refused the bearer token \(HTTP 401\)/);
      expect(run.error).not.toContain(TOKEN);
    } finally {
      prometheus.bearerToken = TOKEN;
    }
  });

  it('deleting a source unbinds its metrics and keeps their measurements', async () => {
    const source = await createSource();
    const metric = await factories(t.dataSource).metric();
    await t.ok(BIND, { input: { metricId: metric.id, sourceId: source.id, query: 'checkout_latency_ms' } });
    await waitForPull(metric.id);
    expect(await t.ok(`mutation($id: ID!) { deleteMetricSource(id: $id) }`, { id: source.id })).toEqual({ deleteMetricSource: true });
    expect((await t.ok(BINDING, { id: metric.id })).metric.binding).toBeNull();
    expect(await measurements(metric.id)).toHaveLength(366);
  });

  it('unbinds a metric, keeping its measurements', async () => {
    const source = await createSource();
    const metric = await factories(t.dataSource).metric();
    await t.ok(BIND, { input: { metricId: metric.id, sourceId: source.id, query: 'checkout_latency_ms' } });
    await waitForPull(metric.id);
    const { unbindMetric } = await t
      .as(Role.EDITOR)
      .ok(`mutation($id: ID!) { unbindMetric(metricId: $id) { id binding { query } } }`, { id: metric.id });
    expect(unbindMetric).toEqual({ id: metric.id, binding: null });
    expect(await measurements(metric.id)).toHaveLength(366);
    const pulled = await t.gql(PULL, { metricId: metric.id });
    expect(pulled.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'metricId' } });
  });
});
