import { ADMIN } from './support/admin-account.mjs';
import { freePort, startApp, waitForHealth } from './support/app-server.mjs';
import { expect, expectAccessible, screenshot, test as base } from './support/fixtures';
import { createRequire } from 'node:module';

// The API tests' provider: server/ is CommonJS, so it is required (Playwright compiles its TypeScript).
const { CLIENT_ID, CLIENT_SECRET, startFakeOidcProvider } = createRequire(import.meta.url)(
  '../../server/test/fake-oidc/start-fake-oidc-provider.ts',
) as typeof import('../../server/test/fake-oidc/start-fake-oidc-provider');

// Single sign-on in a real browser: an app of its own configured for a real OpenID provider
// (oidc-provider, with a plain login form) on loopback; the suite's shared server has none.
const test = base.extend<object, { ssoApp: { url: string } }>({
  ssoApp: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern.
    async ({}, use) => {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const provider = await startFakeOidcProvider(url);
      const app = await startApp({
        port,
        webDist: process.env.E2E_WEB_DIST,
        stdio: 'ignore',
        env: {
          THROUGHLINE_ADMIN_EMAIL: ADMIN.email,
          THROUGHLINE_ADMIN_PASSWORD: ADMIN.password,
          OIDC_ISSUER_URL: provider.issuer,
          OIDC_CLIENT_ID: CLIENT_ID,
          OIDC_CLIENT_SECRET: CLIENT_SECRET,
          THROUGHLINE_PUBLIC_URL: url,
          OIDC_ALLOWED_EMAIL_DOMAINS: 'acme.example',
          OIDC_DISPLAY_NAME: 'Acme SSO',
        },
      });
      try {
        await waitForHealth(app.url, app.exited);
        await use({ url });
      } finally {
        app.stop();
        await app.exited;
        await provider.stop();
      }
    },
    { scope: 'worker', timeout: 240_000 },
  ],
  baseURL: async ({ ssoApp }, use) => use(ssoApp.url),
});

// Nobody is signed in to this app.
test.use({ storageState: { cookies: [], origins: [] } });

async function atProvider(page: import('@playwright/test').Page, email: string, name: string) {
  await expect(page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('signs in with SSO, landing where the user was going; an outside domain is refused with the reason', async ({
  page,
  browser,
  baseURL,
  consoleErrors,
}, testInfo) => {
  await page.goto('/risks');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Frisks/);
  const sso = page.getByRole('link', { name: 'Sign in with Acme SSO' });
  await expect(sso).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, 'sign-in-with-sso');

  await sso.click();
  await atProvider(page, 'sam.okafor@acme.example', 'Sam Okafor');
  await expect(page).toHaveURL(/\/risks$/);
  await expect(page.getByTestId('user-menu')).toContainText('Sam Okafor');

  const outsider = await (await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } })).newPage();
  await outsider.goto('/sign-in');
  await outsider.getByRole('link', { name: 'Sign in with Acme SSO' }).click();
  await atProvider(outsider, 'lee@elsewhere.example', 'Lee Outsider');
  await expect(outsider).toHaveURL(/\/sign-in\?sso_error=domain_not_allowed$/);
  await expect(outsider.getByRole('alert')).toContainText('Accounts with your email domain may not sign in to Throughline.');
  await screenshot(outsider, testInfo, 'sign-in-sso-refused');
  expect(consoleErrors).toEqual([]);
});
