import { addDays, upcomingQuarters } from './support/dates';
import type { Locator, Page } from '@playwright/test';
import { Api, unique } from './support/api';
import { expect, expectAccessible, screenshot, test } from './support/fixtures';

/** A small version of the worked example, so every view has something to show. */
async function workedExample(api: Api) {
  const u = unique();
  const [current, next] = upcomingQuarters();
  const platform = await api.createTeam(`PL${u}`, `Platform ${u}`);
  const infra = await api.createTeam(`IN${u}`, `Infrastructure ${u}`);
  const churn = await api.createGoal({
    title: `Reduce monthly churn from 5.2% to 4.7% (${u})`,
    startDate: current.start,
    targetDate: addDays(next.end, 90),
  });
  const speed = await api.createGoal({ title: `Make checkout fast (${u})`, parentId: churn.id, targetDate: next.end });
  const p99 = await api.createMetric({
    goalId: speed.id,
    name: 'p99 checkout latency',
    unit: 'ms',
    direction: 'DECREASE',
    baseline: 1200,
    target: 400,
    targetDate: next.end,
  });
  const rate = await api.createMetric({
    goalId: churn.id,
    name: 'Monthly churn rate',
    unit: '%',
    direction: 'DECREASE',
    baseline: 5.2,
    target: 4.7,
  });
  for (let week = 0; week < 12; week++) {
    const at = `${addDays(current.start, week * 7)}T12:00:00.000Z`;
    await api.recordMeasurement(p99.id, 1200 - week * 40 + (week % 3) * 25, at);
    await api.recordMeasurement(rate.id, 5.2 + (week < 5 ? 0.05 * week : 0.25 - 0.04 * (week - 5)), at);
  }
  const redis = await api.createInitiative({
    title: `Migrate sessions to the new Redis cluster (${u})`,
    leadTeamId: infra.id,
    startDate: current.start,
    endDate: addDays(current.start, 45),
    status: 'DONE',
    effortWeeks: 8,
    goalIds: [speed.id],
  });
  const cache = await api.createInitiative({
    title: `Redesign the caching layer (${u})`,
    leadTeamId: platform.id,
    teamIds: [platform.id, infra.id],
    startDate: addDays(current.start, 30),
    endDate: addDays(next.start, 40),
    status: 'IN_PROGRESS',
    health: 'AT_RISK',
    effortWeeks: 20,
    goalIds: [speed.id],
    metricIds: [p99.id],
  });
  await api.addDependency(cache.id, redis.id);
  await api.createInitiative({
    title: `Upgrade the logging pipeline (${u})`,
    leadTeamId: infra.id,
    startDate: next.start,
    endDate: addDays(next.start, 60),
    effortWeeks: 6,
  });
  await api.createRisk({
    title: `Cache invalidation serves stale prices (${u})`,
    likelihood: 3,
    impact: 5,
    initiativeId: cache.id,
    mitigation: 'Version the cache keys by price list.',
  });
  await api.createRisk({ title: `Churn data arrives late (${u})`, likelihood: 4, impact: 2, goalId: churn.id });
  return { speed, cache };
}

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'mobile', width: 390, height: 844 },
];

let data: Awaited<ReturnType<typeof workedExample>>;

test.beforeAll(async ({ playwright }, testInfo) => {
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  data = await workedExample(new Api(request));
  await request.dispose();
});

const VIEWS: Array<{ name: string; path: () => string; ready: (page: Page) => Locator }> = [
  { name: 'roadmap', path: () => '/', ready: (page) => page.getByTestId('roadmap-bar').first() },
  { name: 'alignment', path: () => '/alignment', ready: (page) => page.getByRole('list', { name: 'Goal tree' }) },
  { name: 'goal', path: () => `/goals/${data.speed.id}`, ready: (page) => page.getByRole('article', { name: 'p99 checkout latency' }) },
  { name: 'initiative', path: () => `/initiatives/${data.cache.id}`, ready: (page) => page.getByRole('list', { name: /waits for$/ }) },
  { name: 'risks', path: () => '/risks', ready: (page) => page.getByRole('table') },
  { name: 'teams', path: () => '/teams', ready: (page) => page.getByRole('table') },
  { name: 'jira', path: () => '/jira', ready: (page) => page.getByRole('heading', { level: 1 }) },
];

// Every view with data, wide and narrow: no console errors, no serious accessibility violations.
for (const viewport of VIEWPORTS) {
  for (const view of VIEWS) {
    test(`${view.name} view at ${viewport.width} px`, async ({ page, consoleErrors }, testInfo) => {
      await page.setViewportSize(viewport);
      await page.goto(view.path());
      await expect(view.ready(page)).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
      await screenshot(page, testInfo, `view-${view.name}-${viewport.name}`);
      await expectAccessible(page);
      expect(consoleErrors).toEqual([]);
    });
  }
}
