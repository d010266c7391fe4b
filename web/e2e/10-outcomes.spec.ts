import { readFile } from 'node:fs/promises';
import { unique } from './support/api';
import { addDays } from './support/dates';
import { expect, expectAccessible, screenshot, test } from './support/fixtures';
import { localTodayIso } from '../src/lib/today';

type DemoOutcomes = typeof import('../../server/src/seed/demo-outcomes');

/**
 * The demo's outcome stories (server/src/seed/demo-outcomes.ts): the same series the seed loads,
 * from the server build the e2e server runs (start-server.mjs builds it before any test).
 */
async function demoOutcomes(): Promise<DemoOutcomes> {
  const built = '../../server/dist/server/src/seed/demo-outcomes.js';
  return ((await import(built)) as { default: DemoOutcomes }).default;
}

// A staff engineer's quarterly review: the demo's finished image work, its metric fed through the
// push API as a deploy pipeline would, gets its verdict card; the Outcomes page lists it and exports it.
// A year of data and a long page on a machine shared with other runs: more than the default minute.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const u = unique();
const today = localTodayIso();
let story: DemoOutcomes['DEMO_OUTCOME_WORK'][number];
let initiativeId = '';
let goalId = '';
let teamName = '';

test('the demo’s finished initiative shows its verdict card', async ({ page, api, request, consoleErrors }, testInfo) => {
  const { DEMO_OUTCOME_METRICS, DEMO_OUTCOME_WORK, dailyValues } = await demoOutcomes();
  story = DEMO_OUTCOME_WORK.find((work) => work.shows === 'IMPROVED')!;
  const metricIndex = DEMO_OUTCOME_METRICS.findIndex((metric) => metric.name === story.metric);
  const demoMetric = DEMO_OUTCOME_METRICS[metricIndex];
  teamName = `Web performance ${u}`;
  const team = await api.createTeam(`O${u}`, teamName);
  goalId = (await api.createGoal({ title: `Lift conversion ${u}` })).id;
  const { name, unit, direction, baseline, target } = demoMetric;
  const metric = await api.createMetric({ goalId, name: `${name} ${u}`, unit, direction, baseline, target });
  const points = dailyValues(demoMetric.shape, new Date(), 9_001 + metricIndex).map((p) => ({ at: p.at.toISOString(), value: p.value }));
  const pushed = await request.post(`/api/v1/metrics/${metric.id}/measurements`, {
    data: points,
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  expect(await pushed.json()).toEqual({ accepted: 365 });
  initiativeId = (
    await api.createInitiative({
      title: `${story.title} ${u}`,
      status: 'DONE',
      startDate: addDays(today, story.start),
      endDate: addDays(today, story.end),
      leadTeamId: team.id,
      goalIds: [goalId],
      metricIds: [metric.id],
    })
  ).id;

  await page.goto(`/initiatives/${initiativeId}`);
  const card = page.getByTestId('verdict-card');
  // The page loads its initiative, then the outcomes; a busy shared machine may take a while.
  await expect(card.getByRole('heading', { name: `${name} ${u}` })).toBeVisible({ timeout: 30_000 });
  await expect(card.locator('header')).toContainText('Improved');
  await expect(card.getByTestId('verdict-explanation')).toContainText('lower than its earlier trend predicted');
  await expect(card.getByTestId('verdict-effect')).toContainText('−');
  for (const part of ['pre-window', 'post-window', 'work-span', 'observed-line', 'counterfactual-line', 'effect-marks']) {
    await expect(card.getByTestId(part)).toBeAttached();
  }
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'outcome-verdict-card');
  await card.screenshot({ path: testInfo.outputPath('verdict-card.png') });

  // An effect that lags: the post window moves for this link only.
  await card.getByRole('button', { name: 'Adjust windows' }).click();
  await card.getByLabel('Settle days after it').fill('500');
  await card.getByRole('button', { name: 'Save windows' }).click();
  await expect(card.getByText('Settle days after it: a whole number from 0 to 365')).toBeVisible();
  await card.getByLabel('Settle days after it').fill('21');
  await card.getByRole('button', { name: 'Save windows' }).click();
  await expect(card).toContainText('settle 21 days');
  await expect(card).toContainText('set for this work');
  expect(consoleErrors).toEqual([]);
});

test('a CSV of measurements is checked line by line, then recorded all at once', async ({ page, consoleErrors }, testInfo) => {
  await page.goto(`/goals/${goalId}`);
  const upload = page.getByTestId('measurement-csv-upload');
  const input = upload.locator('input[type=file]');
  await input.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('at,value\n2027-01-01,10\n2027-13-01,abc\n') });
  const alert = upload.getByRole('alert');
  await expect(alert).toContainText('Nothing was recorded: bad.csv has problems.');
  await expect(alert).toContainText('Line 3, at: "2027-13-01" is not a date');
  await expect(alert).toContainText('Line 3, value: "abc" is not a number');
  await screenshot(page, testInfo, 'measurement-csv-problems');

  const day = (offset: number) => addDays(today, offset);
  await input.setInputFiles({
    name: 'p75.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`at,value\n${day(-1)}T12:00:00Z,2101\n${day(-2)},2150\n`),
  });
  await expect(upload).toContainText('2 measurements from');
  await upload.getByRole('button', { name: 'Record them' }).click();
  await expect(page.getByText(/Recorded 2 measurements of .* from p75\.csv/)).toBeVisible();
  await expect(upload.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('initiative-verdict').first()).toContainText('Improved');
  expect(consoleErrors).toEqual([]);
});

test('the Outcomes page lists finished work with its verdicts and exports them as CSV', async ({ page, consoleErrors }, testInfo) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outcomes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outcomes' })).toBeVisible();
  await page.getByLabel('Team').selectOption({ label: teamName });
  const rows = page.getByTestId('outcome-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`${story.title} ${u}`);
  await expect(rows.first()).toContainText('Improved');
  await expect(page).toHaveURL(/team=/);
  await screenshot(page, testInfo, 'outcomes-page');
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^outcomes-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toContain('initiative,title,ended,lead team,goals,metric,unit,verdict,effect');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`${story.title} ${u}`);
  expect(lines[1]).toContain(',Improved,');

  await page.getByLabel('Verdict').selectOption({ label: 'Worsened' });
  await expect(rows).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
