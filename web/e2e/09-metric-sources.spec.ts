import type * as LocalPrometheusModule from '../../server/src/bench/local-prometheus';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { unique } from './support/api';
import { expect, expectAccessible, screenshot, test } from './support/fixtures';

// Metric sources, end to end: an administrator adds a real Prometheus (on loopback, behind a
// token), an editor opens a metric's data source page, previews the last 30 days of a query as a
// chart, binds it, and sees the first pull import a year of daily values.

const DAY = 86_400_000;
const TOKEN = 'e2e-prometheus-token';
const today = Math.floor(Date.now() / DAY) * DAY;

/** The test Prometheus of the server's own tests, from the server's build (start-server.mjs makes it before any test runs). */
const localPrometheus = () =>
  createRequire(import.meta.url)('../../server/dist/server/src/bench/local-prometheus.js') as typeof LocalPrometheusModule;
const installed = ['prometheus', 'promtool'].every((tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0);

test.skip(!installed, 'needs Debian’s prometheus package (.ci/run installs it)');

let prometheus: LocalPrometheusModule.LocalPrometheus;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const { LocalPrometheus } = localPrometheus();
  const samples = Array.from({ length: 400 }, (_, n) => ({ at: new Date(today - n * DAY), value: 300 + (n % 7) * 5 }));
  prometheus = await LocalPrometheus.start([{ name: 'checkout_p99_ms', samples }], { bearerToken: TOKEN });
});

test.afterAll(async () => {
  await prometheus?.close();
});

test('bind a metric to Prometheus, preview the last 30 days, and pull a year', async ({ page, api, consoleErrors }, testInfo) => {
  void consoleErrors;
  // Saving a source and binding each call the real Prometheus first.
  test.setTimeout(150_000);
  const suffix = unique();
  const goal = await api.createGoal({ title: `Faster checkout ${suffix}` });
  await api.createMetric({
    goalId: goal.id,
    name: `p99 checkout ${suffix}`,
    unit: 'ms',
    direction: 'DECREASE',
    baseline: 330,
    target: 250,
  });

  // The administrator adds the source; a wrong token is refused at its field.
  await page.goto('/admin/metric-sources');
  await page.getByRole('button', { name: 'Add source' }).click();
  const form = page.getByRole('form', { name: 'New metric source' });
  await form.getByLabel('Name').fill(`Prometheus ${suffix}`);
  await form.getByLabel('Address').fill(prometheus.baseUrl);
  await form.getByLabel('Bearer token (optional)').fill('not-the-token');
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(form.getByText(/refused the bearer token/)).toBeVisible();
  await form.getByLabel('Bearer token (optional)').fill(TOKEN);
  await form.getByRole('button', { name: 'Add source' }).click();
  const row = page.getByRole('row', { name: new RegExp(`Prometheus ${suffix}`) });
  await expect(row).toContainText('apiKey');
  await expect(page.getByText(TOKEN)).toHaveCount(0);

  // On the metric's page: its data source.
  await page.goto(`/goals/${goal.id}`);
  await page
    .getByRole('article', { name: `p99 checkout ${suffix}` })
    .getByRole('link', { name: 'Data source' })
    .click();
  await expect(page.getByRole('heading', { name: `p99 checkout ${suffix}: data source` })).toBeVisible();
  await expect(page.getByText('Not bound')).toBeVisible();
  const bind = page.getByRole('form', { name: 'Bind to a source' });
  await bind.getByLabel('Source').selectOption({ label: `Prometheus ${suffix} (Prometheus)` });
  await bind.getByLabel('Query').fill('checkout_p99_ms');
  await bind.getByRole('button', { name: 'Preview last 30 days' }).click();
  const chart = bind.getByRole('img', { name: /^Preview: 31 daily values from / });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(new RegExp(`to ${new Date(today).toISOString().slice(0, 10)}, between 300 ms and 330 ms`));
  await screenshot(page, testInfo, '09-metric-binding-preview');
  await expectAccessible(page);

  await bind.getByRole('button', { name: 'Bind' }).click();
  // The binding shows its query (the form below keeps it too, to change the binding).
  await expect(page.getByRole('code').filter({ hasText: 'checkout_p99_ms' })).toBeVisible();
  // The first pull runs on the server's queue: a year of days, today included.
  await expect(async () => {
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByRole('table', { name: /Pulls of this metric/ })).toContainText(/succeeded\s*366/, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Pull now' }).click();
  await expect(page.getByRole('table', { name: /Pulls of this metric/ }).getByRole('row')).toHaveCount(3);
});
