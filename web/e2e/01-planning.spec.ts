import type { Locator, Page } from '@playwright/test';
import { addDays, fiscalYearOf, upcomingQuarters } from './support/dates';
import { unique } from './support/api';
import { expect, screenshot, test } from './support/fixtures';

// One user's first hour with the product, in the order they would do it.
test.describe.configure({ mode: 'serial' });

const id = unique();
const team = { key: `P${id}`, name: `Payments ${id}` };
const goalTitle = `Cut checkout latency ${id}`;
const [current, next, after] = upcomingQuarters();
const blocker = { title: `Migrate sessions ${id}`, start: addDays(current.start, 7), end: addDays(current.start, 50) };
const dependent = { title: `Redesign caching ${id}`, start: addDays(next.start, 7), end: addDays(next.start, 55) };

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
}

/** Whether the bar lies within the quarter's column of the timeline (a pixel of slack each side). */
async function expectInQuarter(page: Page, key: string, quarterLabel: string) {
  const bar = await box(page.locator(`[data-testid="roadmap-bar"][data-key="${key}"]`));
  const period = await box(page.getByTestId('timeline-period').filter({ hasText: quarterLabel }));
  expect(bar.x).toBeGreaterThanOrEqual(period.x - 1);
  expect(bar.x + bar.width).toBeLessThanOrEqual(period.x + period.width + 1);
}

async function createInitiative(page: Page, opener: Locator, spec: typeof blocker): Promise<string> {
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'New initiative' });
  await dialog.getByLabel('Title').fill(spec.title);
  await dialog.getByLabel('Lead team').selectOption({ label: `${team.key} · ${team.name}` });
  await dialog.getByLabel('Start date').fill(spec.start);
  await dialog.getByLabel('End date').fill(spec.end);
  await dialog.getByLabel('Effort (engineer-weeks)').fill('6');
  await dialog.getByRole('button', { name: 'Create initiative' }).click();
  await expect(page.getByRole('heading', { level: 1, name: spec.title })).toBeVisible();
  return (await page.getByTestId('initiative-key').textContent())!.trim();
}

let blockerKey = '';
let dependentKey = '';

test('create a team', async ({ page, consoleErrors }, testInfo) => {
  await page.goto('/teams');
  await page.getByRole('button', { name: 'New team' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New team' });
  await dialog.getByLabel('Key').fill(team.key.toLowerCase());
  await dialog.getByLabel('Name').fill(team.name);
  await dialog.getByRole('button', { name: 'Create team' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(team.name) })).toContainText(team.key);
  await screenshot(page, testInfo, 'teams');
  expect(consoleErrors).toEqual([]);
});

test('create a goal with a metric and a measurement', async ({ page, consoleErrors }, testInfo) => {
  await page.goto('/alignment');
  await page.getByRole('button', { name: 'New goal' }).click();
  const goalDialog = page.getByRole('dialog', { name: 'New goal' });
  await goalDialog.getByLabel('Title').fill(goalTitle);
  await goalDialog.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: goalTitle })).toBeVisible();

  await page.getByRole('button', { name: 'New metric' }).click();
  const metricDialog = page.getByRole('dialog', { name: 'New metric' });
  await metricDialog.getByLabel('Name').fill('p99 checkout latency');
  await metricDialog.getByLabel('Unit').fill('ms');
  await metricDialog.getByLabel('Direction').selectOption({ label: 'Lower is better' });
  await metricDialog.getByLabel('Baseline').fill('1200');
  await metricDialog.getByRole('textbox', { name: 'Target', exact: true }).fill('1500');
  await metricDialog.getByRole('button', { name: 'Add metric' }).click();
  // A target on the wrong side of the baseline is refused, and the API says why at the field.
  await expect(metricDialog.getByRole('textbox', { name: 'Target', exact: true })).toHaveAttribute('aria-invalid', 'true');
  await metricDialog.getByRole('textbox', { name: 'Target', exact: true }).fill('400');
  await metricDialog.getByRole('button', { name: 'Add metric' }).click();
  const card = page.getByRole('article', { name: 'p99 checkout latency' });
  await expect(card).toBeVisible();

  await card.getByLabel('Value (ms)').fill('1100');
  await card.getByRole('button', { name: 'Record' }).click();
  await expect(card.getByRole('definition').filter({ hasText: '1,100 ms' })).toBeVisible();
  await expect(card.getByRole('meter', { name: 'Progress of p99 checkout latency' })).toHaveAttribute('aria-valuenow', '13');
  expect(consoleErrors).toEqual([]);
  await screenshot(page, testInfo, 'goal-new');
});

test('create two initiatives, one waiting for the other', async ({ page, consoleErrors }, testInfo) => {
  await page.goto('/alignment');
  await page.getByRole('link', { name: goalTitle }).first().click();
  // The alignment page has a "New initiative" button too: wait until the goal page replaced it.
  await expect(page.getByRole('heading', { level: 1, name: goalTitle })).toBeVisible();
  blockerKey = await createInitiative(page, page.getByRole('button', { name: 'New initiative' }), blocker);
  await expect(page.getByRole('list', { name: 'Selected goals it serves' })).toContainText(goalTitle);

  await page.goto('/alignment');
  dependentKey = await createInitiative(page, page.getByRole('button', { name: 'New initiative' }), dependent);
  await page.getByRole('combobox', { name: 'Initiative it waits for' }).fill(blockerKey);
  await page.getByRole('option', { name: new RegExp(blocker.title) }).click();
  const waitsFor = page.getByRole('list', { name: `${dependentKey} waits for` });
  await expect(waitsFor).toContainText(blocker.title);
  await expect(waitsFor).not.toContainText('Schedule conflict');

  await page.getByRole('button', { name: 'Add risk' }).click();
  const riskDialog = page.getByRole('dialog', { name: 'New risk' });
  await riskDialog.getByLabel('Title').fill(`Stale prices ${id}`);
  await riskDialog.getByLabel('Likelihood').selectOption('3');
  await riskDialog.getByLabel('Impact').selectOption('5');
  await riskDialog.getByRole('button', { name: 'Add risk' }).click();
  await expect(page.getByRole('region', { name: /Risks/ }).getByRole('button', { name: `Stale prices ${id}` })).toBeVisible();
  await screenshot(page, testInfo, 'initiative');
  expect(consoleErrors).toEqual([]);
});

test('see both on the roadmap in their quarters, with the arrow, and move one a quarter later', async ({
  page,
  consoleErrors,
}, testInfo) => {
  await page.goto('/teams');
  await page.getByRole('link', { name: `Roadmap of ${team.name}` }).click();
  await expect(page.locator(`[data-testid="roadmap-bar"][data-key="${dependentKey}"]`)).toBeVisible();
  await expectInQuarter(page, blockerKey, current.label);
  await expectInQuarter(page, dependentKey, next.label);
  await expect(page.locator('[data-testid="dependency-layer"] path[marker-end]')).toHaveCount(1);
  await screenshot(page, testInfo, 'roadmap');

  const bar = await box(page.locator(`[data-testid="roadmap-bar"][data-key="${dependentKey}"]`));
  const quarter = await box(page.getByTestId('timeline-period').filter({ hasText: next.label }));
  const saved = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('updateInitiative'));
  await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
  await page.mouse.down();
  await page.mouse.move(bar.x + bar.width / 2 + quarter.width / 2, bar.y + bar.height / 2, { steps: 5 });
  await page.mouse.move(bar.x + bar.width / 2 + quarter.width, bar.y + bar.height / 2, { steps: 5 });
  await page.mouse.up();
  expect((await (await saved).json()).errors).toBeUndefined();

  await page.reload();
  await expect(page.locator(`[data-testid="roadmap-bar"][data-key="${dependentKey}"]`)).toBeVisible();
  await expectInQuarter(page, dependentKey, after.label);
  await expectInQuarter(page, blockerKey, current.label);
  expect(consoleErrors).toEqual([]);
});

test('find the unaligned initiative on the alignment page', async ({ page, consoleErrors }, testInfo) => {
  await page.goto(`/alignment?fy=${fiscalYearOf(blocker.start)}`);
  await expect(page.getByRole('list', { name: `Initiatives serving ${goalTitle}` })).toContainText(blocker.title);

  await page.getByRole('combobox', { name: 'Fiscal year' }).selectOption({ label: `FY${fiscalYearOf(after.start)}` });
  await expect(page).toHaveURL(new RegExp(`fy=${fiscalYearOf(after.start)}`));
  const unaligned = page.getByRole('list', { name: 'Initiatives aligned with no goal' });
  await expect(unaligned).toContainText(dependent.title);
  await expect(unaligned).not.toContainText(blocker.title);
  await screenshot(page, testInfo, 'alignment');
  expect(consoleErrors).toEqual([]);
});

test('plan a third initiative from the roadmap, in view at once; filters that match nothing say so', async ({
  page,
  consoleErrors,
}, testInfo) => {
  const title = `Upgrade the logging pipeline ${id}`;
  await page.goto('/teams');
  await page.getByRole('link', { name: `Roadmap of ${team.name}` }).click();
  await expect(page.locator(`[data-testid="roadmap-bar"][data-key="${dependentKey}"]`)).toBeVisible();
  await page.getByRole('button', { name: 'New initiative' }).click();
  const dialog = page.getByRole('dialog', { name: 'New initiative' });
  // The roadmap is filtered to the team and its window starts a quarter back: today's quarter, led by the team.
  await expect(dialog.getByLabel('Lead team').locator('option:checked')).toHaveText(`${team.key} · ${team.name}`);
  await expect(dialog.getByLabel('Start date')).toHaveValue(current.start);
  await expect(dialog.getByLabel('End date')).toHaveValue(current.end);
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Create initiative' }).click();
  await expect(dialog).toBeHidden();
  const bar = page.getByTestId('roadmap-bar').filter({ hasText: title });
  await expect(bar).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === '/');
  const key = await bar.getAttribute('data-key');
  await expectInQuarter(page, key!, current.label);
  await screenshot(page, testInfo, 'roadmap-created');

  await page.getByTestId('roadmap-search').fill(`nothing is called this ${id}`);
  await expect(page.getByRole('heading', { name: 'No initiatives match these filters' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).last().click();
  await expect(bar).toBeVisible();
  await expect(page).not.toHaveURL(/team=/);
  expect(consoleErrors).toEqual([]);
});
