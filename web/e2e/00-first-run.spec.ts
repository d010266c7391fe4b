import { freePort, startApp, waitForHealth } from './support/app-server.mjs';
import { Api } from './support/api';
import { expect, expectAccessible, screenshot, test as base } from './support/fixtures';

// What a new user sees before there is any data: each view says what to do first. The other
// scenarios fill the suite's shared server, so this one starts an app of its own on a fresh,
// empty database (no demo data) and points the page and the API at it.
const test = base.extend<object, { emptyApp: { url: string } }>({
  emptyApp: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern.
    async ({}, use) => {
      const app = await startApp({ port: await freePort(), webDist: process.env.E2E_WEB_DIST, stdio: 'ignore' });
      try {
        await waitForHealth(app.url, app.exited);
        await use({ url: app.url });
      } finally {
        app.stop();
        await app.exited;
      }
    },
    { scope: 'worker', timeout: 240_000 },
  ],
  baseURL: async ({ emptyApp }, use) => use(emptyApp.url),
  // The API as the page's user: signed in once the first administrator exists.
  api: async ({ page }, use) => use(new Api(page.request)),
});

// Nobody is signed in to the empty app: not the suite's administrator either.
test.use({ storageState: { cookies: [], origins: [] } });

test('the first visitor creates the first administrator, then empty views say what to do first', async ({
  page,
  api,
  consoleErrors,
}, testInfo) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/first-run$/);
  await expect(page.getByRole('heading', { name: 'Create the first administrator' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, 'first-run');
  await page.getByLabel('Email').fill('priya@example.com');
  await page.getByLabel('Name').fill('Priya Raman');
  await page.getByLabel('Password').fill('too short');
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription('Use at least 12 characters (9 so far).');
  await page.getByLabel('Password').fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByTestId('user-menu')).toContainText('Priya Raman');
  await expect(page).toHaveURL(/:\d+\/(\?.*)?$/);

  const empty = await api.gql<{ teams: unknown[]; goals: unknown[]; risks: unknown[] }>('{ teams { id } goals { id } risks { id } }');
  expect(empty).toEqual({ teams: [], goals: [], risks: [] });

  // Only once: with an account, the page sends visitors to sign in instead.
  const browser = page.context().browser()!;
  const stranger = await browser.newPage({ baseURL: new URL(page.url()).origin });
  await stranger.goto('/first-run');
  await expect(stranger).toHaveURL(/\/sign-in$/);
  await stranger.close();

  await page.goto('/');
  const start = page.getByRole('region', { name: 'No initiatives yet' });
  await expect(start).toBeVisible();
  await expect(start.getByRole('button', { name: 'Create a team' })).toBeVisible();
  await expect(start.getByRole('button', { name: 'Create a goal' })).toBeVisible();
  await expect(start.getByRole('button', { name: 'Create the first initiative' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, 'empty-roadmap');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(start).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, 'empty-roadmap-mobile');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto('/teams');
  await expect(page.getByRole('heading', { name: 'No teams yet' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, 'empty-teams');

  await page.goto('/alignment');
  await expect(page.getByRole('heading', { name: 'No goals or initiatives yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create the first goal' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, 'empty-alignment');

  await page.goto('/risks');
  await expect(page.getByRole('heading', { name: 'No risks yet' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, 'empty-risks');
  expect(consoleErrors).toEqual([]);
});
