import { MetricsServer } from '../src/metrics/metrics-server';
import { FakeJira } from './fake-jira/fake-jira';
import { MISSING_ID } from './graphql-helpers';
import { createConnection, epic, sync } from './jira-factories';
import { parsePrometheusText, Sample } from './prometheus-text';
import { useTestApp } from './test-app';

describe('metrics', () => {
  // A queue worker, so that the Jira queue is there to measure; the fake Jira listens on 127.0.0.1.
  const sut = useTestApp({ METRICS_PORT: '0', JIRA_SYNC_WORKERS: '1', ALLOW_PRIVATE_NETWORK_TARGETS: 'true' });

  async function scrape(): Promise<Sample[]> {
    const response = await fetch(`http://127.0.0.1:${sut.app.get(MetricsServer).port}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parsePrometheusText(await response.text());
  }

  const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
    samples.find((sample) => sample.name === name && Object.entries(labels).every(([key, wanted]) => sample.labels[key] === wanted))?.value;

  it('serves Prometheus text on METRICS_PORT with HTTP, GraphQL, pool, queue and process series', async () => {
    await sut.ok('query TeamsForMetrics { teams { id } }');
    expect(
      (await sut.gql('mutation NoSuchToken($id: ID!) { revokeApiToken(id: $id) }', { id: MISSING_ID })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await sut.anonymous.fetch('/health/live')).status).toBe(200);
    // The queue's gauge is there once pg-boss has started (in the background).
    let samples = await scrape();
    for (let tries = 0; value(samples, 'throughline_jira_sync_queue_depth') === undefined && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      samples = await scrape();
    }

    const teams = { operation: 'TeamsForMetrics', type: 'query' };
    expect(value(samples, 'throughline_graphql_operation_duration_seconds_count', teams)).toBe(1);
    expect(value(samples, 'throughline_graphql_operation_duration_seconds_bucket', { ...teams, le: '+Inf' })).toBe(1);
    expect(value(samples, 'throughline_graphql_operation_duration_seconds_count', { operation: 'NoSuchToken', type: 'mutation' })).toBe(1);
    expect(value(samples, 'throughline_graphql_errors_total', { code: 'NOT_FOUND' })).toBe(1);
    expect(
      value(samples, 'throughline_http_request_duration_seconds_count', { method: 'POST', route: '/graphql', status: '200' }),
    ).toBeGreaterThanOrEqual(2);
    // A REST route by its pattern.
    expect(value(samples, 'throughline_http_request_duration_seconds_count', { method: 'GET', route: '/health/live', status: '200' })).toBe(
      1,
    );
    expect(value(samples, 'throughline_db_pool_connections', { state: 'in_use' })).toBeGreaterThanOrEqual(0);
    expect(value(samples, 'throughline_db_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(1);
    expect(value(samples, 'throughline_db_pool_waiting_requests')).toBe(0);
    expect(value(samples, 'throughline_jira_sync_queue_depth')).toBe(0);
    expect(value(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(value(samples, 'nodejs_eventloop_lag_seconds')).toBeDefined();
  });

  it('counts Jira sync runs by the status they ended in', async () => {
    const fake = await FakeJira.start();
    try {
      fake.upsertIssue(epic('PLAT-1', 'Redesign the caching layer'));
      const run = await sync(sut, await createConnection(sut, fake, 'project = PLAT'), true);
      expect(run.status).toBe('SUCCEEDED');
    } finally {
      await fake.close();
    }
    expect(value(await scrape(), 'throughline_jira_sync_runs_finished_total', { status: 'SUCCEEDED' })).toBe(1);
  });

  it('does not serve them on the public port', async () => {
    for (const client of [sut.anonymous, sut]) {
      const response = await client.fetch('/metrics', { headers: { accept: 'text/html,*/*' } });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('# HELP');
    }
  });

  it('answers 404 on the metrics port for anything but GET /metrics', async () => {
    const response = await fetch(`http://127.0.0.1:${sut.app.get(MetricsServer).port}/`);
    expect(response.status).toBe(404);
  });
});
