import type { Browser, Page } from '@playwright/test';
import { unique } from './support/api';
import { fiscalYearOf, upcomingQuarters } from './support/dates';
import { expect, expectAccessible, screenshot, test } from './support/fixtures';

// Share links, end to end: an editor shares the roadmap as it is on screen (window and team
// filter), someone with no account opens the link in a fresh browser and sees exactly that,
// read-only; nothing else of the API answers the link, and once revoked it stops at once.

const [current, next] = upcomingQuarters();

/** Drops the browser's own report of answers the scenario asked for (401s of a refused link). */
function forgetExpected(consoleErrors: string[], pattern: RegExp) {
  const kept = consoleErrors.filter((e) => !pattern.test(e));
  consoleErrors.splice(0, consoleErrors.length, ...kept);
}

/** Shares what `page` shows through its Share button; returns the link shown once. */
async function share(page: Page, dialogName: string): Promise<string> {
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('dialog', { name: dialogName }).getByRole('button', { name: 'Create link' }).click();
  const shown = page.getByRole('dialog', { name: 'Your share link' });
  const url = await shown.getByRole('textbox', { name: 'Link' }).inputValue();
  await shown.getByRole('button', { name: 'Done' }).click();
  return url;
}

/** Someone else's browser: no cookies, no account. */
async function guestBrowser(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('pageerror', (error) => void errors.push(error.message));
  return { context, page, errors };
}

/** What the page's own code would get asking something else with the link's secret. */
function askWithTheLink(page: Page, query: string) {
  return page.evaluate(
    (body) =>
      fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Share-Link': location.hash.slice(1) },
        body: JSON.stringify({ query: body }),
      }).then((r) => r.json()),
    query,
  );
}

test('a share link opens the roadmap in a fresh browser with no account', async ({ page, api, browser, baseURL }, testInfo) => {
  const key = `S${unique()}`;
  const team = await api.createTeam(key, `Sharing ${key}`);
  const other = await api.createTeam(`O${unique()}`, 'Not shared');
  const shown = await api.createInitiative({
    title: `Shared plan ${key}`,
    leadTeamId: team.id,
    startDate: current.start,
    endDate: next.end,
  });
  const hidden = await api.createInitiative({
    title: `Other plan ${key}`,
    leadTeamId: other.id,
    startDate: current.start,
    endDate: next.end,
  });
  // Done work on the shared team with a metric it should move: its bar carries a verdict glyph.
  const goal = await api.createGoal({ title: `Shared goal ${key}`, targetDate: next.end });
  const metric = await api.createMetric({
    goalId: goal.id,
    name: `Private latency ${key}`,
    unit: 'ms',
    direction: 'DECREASE',
    baseline: 300,
    target: 200,
  });
  const finished = await api.createInitiative({
    title: `Finished plan ${key}`,
    status: 'DONE',
    leadTeamId: team.id,
    startDate: current.start,
    endDate: current.start,
    metricIds: [metric.id],
  });
  const verdictOf = (p: Page) => p.locator(`[data-testid="roadmap-bar"][data-key="${finished.key}"] [data-testid="bar-verdict"]`);

  await page.goto(`/?team=${team.id}`);
  await expect(page.locator(`[data-testid="roadmap-bar"][data-key="${shown.key}"]`)).toBeVisible();
  await expect(page.locator(`[data-testid="roadmap-bar"][data-key="${hidden.key}"]`)).toHaveCount(0);
  await expect(verdictOf(page)).toHaveAttribute('title', new RegExp(`^Private latency ${key}: `));
  const onScreen = new URL(page.url()).search;

  const url = await share(page, 'Share this roadmap');
  expect(new URL(url).search).toBe(onScreen);
  expect(new URL(url).hash).toMatch(/^#[0-9A-Za-z]{43}$/);

  const { context, page: guest, errors: guestErrors } = await guestBrowser(browser, baseURL);
  await guest.goto(url);
  await expect(guest.getByRole('status').filter({ hasText: 'Shared view, read-only' })).toBeVisible();
  await expect(guest.locator(`[data-testid="roadmap-bar"][data-key="${shown.key}"]`)).toBeVisible();
  await expect(guest.locator(`[data-testid="roadmap-bar"][data-key="${hidden.key}"]`)).toHaveCount(0);
  await expect(guest.getByTestId('shared-filter')).toHaveText('Lanes by team · 1 team');
  // The same glyph, without the metric's name.
  await expect(verdictOf(guest)).toHaveAttribute('title', /^Outcome: /);
  const glyphs = (p: Page) => verdictOf(p).locator('[aria-hidden]');
  await expect(glyphs(guest)).toHaveText(await glyphs(page).allTextContents());
  await expect(guest.getByText(/Private latency/)).toHaveCount(0);
  await expect(guest.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(guest.getByRole('button', { name: /new initiative|share/i })).toHaveCount(0);
  await expect(guest.getByTestId('user-menu')).toHaveCount(0);
  // A bar opens nothing: the initiative's page needs an account.
  await guest.locator(`[data-testid="roadmap-bar"][data-key="${shown.key}"]`).click();
  await expect(guest).toHaveURL(url);
  expect(await context.cookies()).toEqual([]);
  await expectAccessible(guest);
  await screenshot(guest, testInfo, 'shared-roadmap');

  // The link answers its view's query only.
  const teams = await askWithTheLink(guest, '{ teams { id name } }');
  expect(teams.errors[0].extensions.code).toBe('UNAUTHENTICATED');

  // Revoked on the share links page: the open page stops at its next request.
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Share links' }).click();
  const row = page.getByRole('row').filter({ hasText: new URL(url).hash.slice(1, 7) });
  await expect(row).toContainText('Active');
  await expect(row).not.toContainText(url);
  await screenshot(page, testInfo, 'share-links');
  // Its maker can copy the whole link again.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await row.getByRole('button', { name: /copy link/i }).click();
  await expect(row.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await row.getByRole('button', { name: /revoke/i }).click();
  await page
    .getByRole('dialog', { name: /revoke this roadmap link/i })
    .getByRole('button', { name: 'Revoke link' })
    .click();
  await expect(row).toContainText('Revoked');

  await guest.reload();
  await expect(guest.getByRole('alert')).toContainText('This link does not open anything any more');
  await expect(guest.locator('[data-testid="roadmap-bar"]')).toHaveCount(0);
  forgetExpected(guestErrors, /401/);
  expect(guestErrors, 'errors in the shared view').toEqual([]);
  await context.close();
});

test('a share link opens the alignment of its fiscal year, read-only', async ({ page, api, browser, baseURL }, testInfo) => {
  const u = unique();
  const goal = await api.createGoal({ title: `Shared outcome ${u}`, targetDate: next.end });
  const metric = await api.createMetric({
    goalId: goal.id,
    name: `Conversion ${u}`,
    unit: '%',
    direction: 'INCREASE',
    baseline: 2,
    target: 4,
  });
  await api.recordMeasurement(metric.id, 3, `${current.start}T12:00:00Z`);
  await api.createInitiative({ title: `Serving work ${u}`, goalIds: [goal.id], startDate: current.start, endDate: next.end });
  const fy = fiscalYearOf(current.start);
  await page.goto(`/alignment?fy=${fy}`);
  await expect(page.getByRole('link', { name: `Shared outcome ${u}` }).first()).toBeVisible();
  const url = await share(page, 'Share this alignment view');
  expect(new URL(url).search).toBe(`?fy=${fy}`);

  const { context, page: guest, errors } = await guestBrowser(browser, baseURL);
  await guest.goto(url);
  await expect(guest.getByRole('status').filter({ hasText: 'Shared view, read-only' })).toBeVisible();
  await expect(guest.getByRole('heading', { level: 1, name: 'Alignment' })).toBeVisible();
  await expect(guest.getByText(`Serving work ${u}`).first()).toBeVisible();
  await expect(guest.getByRole('button', { name: /new goal|new initiative|share/i })).toHaveCount(0);
  await expect(guest.getByRole('combobox', { name: 'Fiscal year' })).toHaveCount(0);
  await guest
    .getByRole('link', { name: `Shared outcome ${u}` })
    .first()
    .click();
  await expect(guest).toHaveURL(url);
  await expectAccessible(guest);
  await screenshot(guest, testInfo, 'shared-alignment');
  expect(errors, 'errors in the shared view').toEqual([]);
  await context.close();
});
