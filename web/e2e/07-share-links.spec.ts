import type { Page } from '@playwright/test';
import { unique } from './support/api';
import { upcomingQuarters } from './support/dates';
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

  await page.goto(`/?team=${team.id}`);
  await expect(page.locator(`[data-testid="roadmap-bar"][data-key="${shown.key}"]`)).toBeVisible();
  await expect(page.locator(`[data-testid="roadmap-bar"][data-key="${hidden.key}"]`)).toHaveCount(0);
  const onScreen = new URL(page.url()).search;

  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this roadmap' });
  await dialog.getByRole('button', { name: 'Create link' }).click();
  const secretDialog = page.getByRole('dialog', { name: 'Your share link' });
  const url = await secretDialog.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(new URL(url).search).toBe(onScreen);
  expect(new URL(url).hash).toMatch(/^#[0-9A-Za-z]{43}$/);
  await secretDialog.getByRole('button', { name: 'Done' }).click();

  // Someone else's browser: no cookies, no account.
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const guest = await context.newPage();
  const guestErrors: string[] = [];
  guest.on('console', (message) => void (message.type() === 'error' && guestErrors.push(message.text())));
  await guest.goto(url);
  await expect(guest.getByRole('status').filter({ hasText: 'Shared view, read-only' })).toBeVisible();
  await expect(guest.locator(`[data-testid="roadmap-bar"][data-key="${shown.key}"]`)).toBeVisible();
  await expect(guest.locator(`[data-testid="roadmap-bar"][data-key="${hidden.key}"]`)).toHaveCount(0);
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
  await screenshot(page, testInfo, 'share-links');
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
