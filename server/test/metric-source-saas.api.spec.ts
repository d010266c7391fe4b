import { PullScheduler } from '../src/metric-source/pulls/pull-scheduler';
import { FakeDatadog } from './fake-datadog/fake-datadog';
import { FakeNewRelic } from './fake-newrelic/fake-newrelic';
import { factories } from './factories';
import { useTestApp } from './test-app';

const DAY = 86_400_000;
const today = Math.floor(Date.now() / DAY) * DAY;
/** Known daily values: the day number since the epoch, a tenth of it for New Relic. */
const ddValue = (at: number) => at / DAY;
const nrValue = (at: number) => at / DAY / 10;

const CREATE = `mutation($input: CreateMetricSourceInput!) { createMetricSource(input: $input) { id kind baseUrl accountId credentialsGiven } }`;
const BIND = `mutation($input: BindMetricInput!) { bindMetric(input: $input) { id } }`;
const RUNS = `query($id: ID!) { metric(id: $id) { binding { runs { id status points error } } } }`;
const PREVIEW = `query($sourceId: ID!, $query: String!) { previewMetricBinding(sourceId: $sourceId, query: $query) { at value } }`;

describe('Metric sources: Datadog and New Relic (fakes of their published APIs over HTTP)', () => {
  const t = useTestApp({ ALLOW_PRIVATE_NETWORK_TARGETS: 'true', METRIC_PULL_WORKERS: '1' });
  let datadog: FakeDatadog;
  let newRelic: FakeNewRelic;
  let seq = 0;

  beforeAll(async () => {
    datadog = await FakeDatadog.start();
    datadog.metrics.set('checkout.latency.p99', { groups: [], value: ddValue });
    datadog.metrics.set('http.errors', { groups: ['a', 'b'], value: () => 1 });
    newRelic = await FakeNewRelic.start();
    newRelic.events.set('Transaction', nrValue);
  });
  afterAll(async () => {
    await datadog?.close();
    await newRelic?.close();
  });

  const datadogInput = (extra: Record<string, unknown> = {}) => ({
    name: `Datadog ${++seq}`,
    kind: 'DATADOG',
    baseUrl: datadog.baseUrl,
    apiKey: datadog.apiKey,
    appKey: datadog.appKey,
    ...extra,
  });
  const newRelicInput = (extra: Record<string, unknown> = {}) => ({
    name: `New Relic ${++seq}`,
    kind: 'NEW_RELIC',
    baseUrl: newRelic.baseUrl,
    apiKey: newRelic.userKey,
    accountId: newRelic.accountId,
    ...extra,
  });

  async function expectBadInput(input: Record<string, unknown>, field: string, message: RegExp): Promise<void> {
    const { errors } = await t.gql(CREATE, { input });
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(errors?.[0].message).toMatch(message);
  }

  async function waitForPull(metricId: string) {
    for (let i = 0; i < 300; i++) {
      const run = (await t.ok(RUNS, { id: metricId })).metric.binding.runs[0];
      if (run && (run.status === 'SUCCEEDED' || run.status === 'FAILED')) return run;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the pull did not finish');
  }

  const stored = async (metricId: string) =>
    (await t.dataSource.query(`SELECT recorded_at, value FROM measurement WHERE metric_id = $1 ORDER BY recorded_at`, [metricId])).map(
      (row: { recorded_at: Date; value: number }) => ({ at: row.recorded_at.getTime(), value: row.value }),
    );

  describe('Datadog', () => {
    it('checks both keys on save, naming the one refused, and keeps them write-only', async () => {
      const created = (await t.ok(CREATE, { input: datadogInput() })).createMetricSource;
      expect(created).toMatchObject({ kind: 'DATADOG', credentialsGiven: ['apiKey', 'appKey'] });
      expect(JSON.stringify(created)).not.toContain(datadog.apiKey);
      const validate = datadog.requests.find((request) => request.path === '/api/v1/validate');
      expect(validate?.headers['dd-api-key']).toBe(datadog.apiKey);
      await expectBadInput(datadogInput({ apiKey: 'wrong-api-key' }), 'input.apiKey', /Datadog at .* refused the API key \(HTTP 403\)/);
      await expectBadInput(datadogInput({ appKey: 'wrong-app-key' }), 'input.appKey', /refused the application key .*timeseries_query/);
      await expectBadInput(datadogInput({ appKey: null }), 'input.appKey', /needs an application key/);
    });

    it('previews and pulls a year of daily points through the timeseries API', async () => {
      const source = (await t.ok(CREATE, { input: datadogInput() })).createMetricSource;
      const { previewMetricBinding } = await t.ok(PREVIEW, { sourceId: source.id, query: 'avg:checkout.latency.p99{*}' });
      expect(previewMetricBinding).toHaveLength(31);
      expect(previewMetricBinding[30]).toEqual({ at: new Date(today).toISOString(), value: ddValue(today) });
      const query = datadog.requests.filter((request) => request.path === '/api/v2/query/timeseries').at(-1)!;
      expect(query.headers['dd-application-key']).toBe(datadog.appKey);
      expect(query.body).toMatchObject({
        data: { type: 'timeseries_request', attributes: { interval: DAY, formulas: [{ formula: 'a' }] } },
      });

      const metric = await factories(t.dataSource).metric();
      await t.ok(BIND, { input: { metricId: metric.id, sourceId: source.id, query: 'avg:checkout.latency.p99{*}' } });
      expect(await waitForPull(metric.id)).toMatchObject({ status: 'SUCCEEDED', points: 366 });
      const points = await stored(metric.id);
      expect(points[0]).toEqual({ at: today - 365 * DAY, value: ddValue(today - 365 * DAY) });
    });

    it('names input.query when Datadog cannot parse it or it has several groups', async () => {
      const source = (await t.ok(CREATE, { input: datadogInput() })).createMetricSource;
      const metric = await factories(t.dataSource).metric();
      const broken = await t.gql(BIND, { input: { metricId: metric.id, sourceId: source.id, query: 'avg:checkout.latency.p99{' } });
      expect(broken.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.query' } });
      expect(broken.errors?.[0].message).toMatch(/rejected the query: Error parsing query/);
      const grouped = await t.gql(BIND, { input: { metricId: metric.id, sourceId: source.id, query: 'avg:http.errors{*} by {service}' } });
      expect(grouped.errors?.[0].message).toMatch(/returns 2 series \(service:a; service:b\)/);
    });

    it('waits out a 429 as long as X-RateLimit-Reset says, then pulls', async () => {
      const source = (await t.ok(CREATE, { input: datadogInput() })).createMetricSource;
      const metric = await factories(t.dataSource).metric();
      await t.ok(BIND, { input: { metricId: metric.id, sourceId: source.id, query: 'avg:checkout.latency.p99{*}' } });
      await waitForPull(metric.id);
      datadog.faults.push(datadog.rateLimited(1));
      const before = datadog.requests.length;
      const { pullMetric } = await t.ok(`mutation($id: ID!) { pullMetric(metricId: $id) { id } }`, { id: metric.id });
      expect(await waitForPull(metric.id)).toMatchObject({ id: pullMetric.id, status: 'SUCCEEDED', points: 1 });
      const [limited, retried] = datadog.requests.slice(before);
      expect(limited.path).toBe('/api/v2/query/timeseries');
      expect(retried.path).toBe('/api/v2/query/timeseries');
    });

    it('fails a pull that stays rate limited past what it may wait, saying when to try again', async () => {
      const source = (await t.ok(CREATE, { input: datadogInput() })).createMetricSource;
      const metric = await factories(t.dataSource).metric();
      await t.ok(BIND, { input: { metricId: metric.id, sourceId: source.id, query: 'avg:checkout.latency.p99{*}' } });
      await waitForPull(metric.id);
      datadog.faults.push(datadog.rateLimited(3600));
      await t.ok(`mutation($id: ID!) { pullMetric(metricId: $id) { id } }`, { id: metric.id });
      const run = await waitForPull(metric.id);
      expect(run.status).toBe('FAILED');
      expect(run.error).toMatch(/answered "too many requests" \(rate limited\) 1 times; try again in 3600 s/);
    });
  });

  it('the scheduler asks for a pull once its binding is due, and only once per interval', async () => {
    const source = (await t.ok(CREATE, { input: datadogInput() })).createMetricSource;
    const metric = await factories(t.dataSource).metric();
    await t.ok(BIND, { input: { metricId: metric.id, sourceId: source.id, query: 'avg:checkout.latency.p99{*}', pullEveryMinutes: 60 } });
    await waitForPull(metric.id);
    const count = async () =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM pull_run r JOIN metric_binding b ON b.id = r.binding_id WHERE b.metric_id = $1`,
          [metric.id],
        )
      )[0].n;
    const scheduler = t.app.get(PullScheduler);
    await scheduler.tick();
    expect(await count()).toBe(1);
    await t.dataSource.query(
      `UPDATE pull_run SET created_at = now() - interval '61 minutes' FROM metric_binding b WHERE b.id = pull_run.binding_id AND b.metric_id = $1`,
      [metric.id],
    );
    await Promise.all([scheduler.tick(), scheduler.tick()]);
    expect(await count()).toBe(2);
    expect(await waitForPull(metric.id)).toMatchObject({ status: 'SUCCEEDED' });
  });

  describe('New Relic', () => {
    it('checks the user key and the account on save', async () => {
      const created = (await t.ok(CREATE, { input: newRelicInput() })).createMetricSource;
      expect(created).toMatchObject({ kind: 'NEW_RELIC', accountId: newRelic.accountId, credentialsGiven: ['apiKey'] });
      expect(newRelic.requests.at(-1)?.headers['api-key']).toBe(newRelic.userKey);
      await expectBadInput(newRelicInput({ apiKey: 'NRAK-WRONG' }), 'input.apiKey', /refused the user key \(Invalid API key\)/);
      await expectBadInput(newRelicInput({ accountId: '999' }), 'input.accountId', /cannot read account 999/);
      await expectBadInput(newRelicInput({ accountId: 'acme' }), 'input.accountId', /a number/);
    });

    it('pulls NRQL with TIMESERIES 1 day over a year, and names input.query for a bad NRQL', async () => {
      const source = (await t.ok(CREATE, { input: newRelicInput() })).createMetricSource;
      const metric = await factories(t.dataSource).metric();
      const bad = await t.gql(BIND, {
        input: { metricId: metric.id, sourceId: source.id, query: 'SELEC average(duration) FROM Transaction' },
      });
      expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.query' } });
      expect(bad.errors?.[0].message).toMatch(/rejected the NRQL: NRQL Syntax Error/);
      const clauses = await t.gql(BIND, {
        input: { metricId: metric.id, sourceId: source.id, query: 'SELECT count(*) FROM Transaction SINCE 1 week ago' },
      });
      expect(clauses.errors?.[0].message).toMatch(/Leave SINCE, UNTIL, TIMESERIES and FACET out/);

      newRelic.faults.push({ status: 429, body: { errors: [{ message: 'Too many requests' }] }, headers: { 'Retry-After': '1' } });
      await t.ok(BIND, { input: { metricId: metric.id, sourceId: source.id, query: 'SELECT average(duration) FROM Transaction' } });
      expect(await waitForPull(metric.id)).toMatchObject({ status: 'SUCCEEDED', points: 366 });
      const nrql = (newRelic.requests.at(-1)?.body as { variables: { nrql: string } }).variables.nrql;
      expect(nrql).toBe(`SELECT average(duration) FROM Transaction SINCE ${today - 365 * DAY} UNTIL ${today + DAY} TIMESERIES 1 day`);
      const points = await stored(metric.id);
      expect(points.at(-1)).toEqual({ at: today, value: nrValue(today) });
    });
  });
});
