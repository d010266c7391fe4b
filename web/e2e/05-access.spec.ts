import type { Browser, Page } from '@playwright/test';
import { ADMIN } from './support/admin-account.mjs';
import { unique, type Api } from './support/api';
import { addDays, upcomingQuarters } from './support/dates';
import { expect, expectAccessible, screenshot, test } from './support/fixtures';

// Who may do what, end to end: signing in and out, a viewer's read-only app (and the API's
// refusal behind it), an editor invited by an administrator, and the history of a moved bar.

const PASSWORD = 'correct horse battery staple';
const [current] = upcomingQuarters();

/** An account made by the suite's administrator, with the link its owner opens to choose a password. */
async function invite(api: Api, role: 'VIEWER' | 'EDITOR', name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@e2e.example`;
  const data = await api.gql<{ createUser: { setPasswordUrl: string } }>(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { setPasswordUrl } }',
    { input: { email, name, role } },
  );
  return { email, link: data.createUser.setPasswordUrl };
}

/** A browser of someone else's: no session, the suite's base URL. */
async function freshPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

async function setPasswordFrom(page: Page, link: string) {
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
  await page.getByLabel(/^New password\s*\*?$/).fill(PASSWORD);
  await page.getByLabel('New password again').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/** Drops the browser's own report of an answer the scenario asked for (a 401 of a wrong password). */
function forgetExpected(consoleErrors: string[], pattern: RegExp) {
  const kept = consoleErrors.filter((e) => !pattern.test(e));
  consoleErrors.splice(0, consoleErrors.length, ...kept);
}

test.describe('signing in and out', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('a visitor signs in, lands where they were going, and signs out', async ({ page, consoleErrors }, testInfo) => {
    await page.goto('/risks');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Frisks$/);
    await expectAccessible(page);
    await screenshot(page, testInfo, 'sign-in');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page);
    await screenshot(page, testInfo, 'sign-in-mobile');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('You are not signed in');
    forgetExpected(consoleErrors, /401/);

    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Risks' })).toBeVisible();
    await expect(page).toHaveURL(/\/risks$/);

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto('/teams');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fteams$/);
    const answer = await page.evaluate(() =>
      fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"query":"{ teams { id } }"}' }).then(
        (r) => r.json(),
      ),
    );
    expect(answer.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    forgetExpected(consoleErrors, /401/);
  });
});

test('a viewer is offered no editing controls, and the API refuses them anyway', async ({ api, browser, baseURL, consoleErrors }) => {
  const u = unique();
  const initiative = await api.createInitiative({
    title: `Read-only work ${u}`,
    startDate: current.start,
    endDate: addDays(current.start, 40),
  });
  const viewer = await invite(api, 'VIEWER', `Vera Viewer ${u}`);
  const page = await freshPage(browser, baseURL);
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await setPasswordFrom(page, viewer.link);
  await expect(page.getByTestId('user-menu')).toContainText('Viewer');

  await expect(page.locator(`[data-testid="roadmap-bar"][data-key="${initiative.key}"]`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'New initiative' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jira' })).toHaveCount(0);
  await expect(page.getByTestId('admin-menu')).toHaveCount(0);

  await page.goto(`/initiatives/${initiative.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Read-only work ${u}` })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Properties' })).toBeVisible();
  for (const name of ['Delete', 'Save changes', 'Add risk']) await expect(page.getByRole('button', { name })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: /Initiative it waits for/ })).toHaveCount(0);
  await expectAccessible(page);

  const answer = await page.evaluate(async (id) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($id: ID!) { deleteInitiative(id: $id) }', variables: { id } }),
    });
    return response.json();
  }, initiative.id);
  expect(answer.errors[0].extensions.code).toBe('FORBIDDEN');
  forgetExpected(consoleErrors, /403/);
  await page.context().close();
});

test('an administrator creates an editor, who sets a password from the link and edits', async ({
  page,
  browser,
  baseURL,
  playwright,
  consoleErrors,
}, testInfo) => {
  const u = unique();
  const name = `Eddie Editor ${u}`;
  await page.goto('/');
  await page.getByTestId('admin-menu').click();
  await page.getByRole('menuitem', { name: 'Users' }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.getByRole('button', { name: 'New user' }).click();
  const dialog = page.getByRole('dialog', { name: 'New user' });
  await dialog.getByLabel('Email').fill(`eddie.${u.toLowerCase()}@e2e.example`);
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Role').selectOption('EDITOR');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  const linkDialog = page.getByRole('dialog', { name: `Pass this link on to ${name}` });
  const link = await linkDialog.getByTestId('copy-value').inputValue();
  expect(link).toMatch(/\/set-password\?token=/);
  await expectAccessible(page);
  await screenshot(page, testInfo, 'users-new-link');
  await linkDialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, 'users');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await screenshot(page, testInfo, 'users-mobile');
  await page.setViewportSize({ width: 1280, height: 800 });

  const editor = await freshPage(browser, baseURL);
  editor.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await setPasswordFrom(editor, link);
  await expect(editor.getByTestId('user-menu')).toContainText('Editor');
  await editor.getByRole('button', { name: 'New initiative' }).click();
  const create = editor.getByRole('dialog', { name: 'New initiative' });
  await create.getByLabel('Title').fill(`Edited by Eddie ${u}`);
  await create.getByRole('button', { name: 'Create initiative' }).click();
  // Created from the roadmap, it appears there at once; its page says who made it.
  await editor
    .getByTestId('roadmap-bar')
    .filter({ hasText: `Edited by Eddie ${u}` })
    .click();
  await expect(editor.getByRole('heading', { level: 1, name: `Edited by Eddie ${u}` })).toBeVisible();
  await expect(editor.getByRole('region', { name: 'History' }).getByText(name)).toBeVisible();

  // The editor's own API token, shown once, works as a Bearer token.
  await editor.getByTestId('user-menu').click();
  await editor.getByRole('menuitem', { name: 'API tokens' }).click();
  await editor.getByRole('button', { name: 'New token' }).first().click();
  const tokenDialog = editor.getByRole('dialog', { name: 'New API token' });
  await tokenDialog.getByLabel('Name').fill(`ci ${u}`);
  await tokenDialog.getByRole('button', { name: 'Create token' }).click();
  const token = await editor.getByRole('dialog', { name: 'Your new token' }).getByTestId('copy-value').inputValue();
  expect(token).toMatch(/^tl_/);
  await expectAccessible(editor);
  await screenshot(editor, testInfo, 'api-token-created');
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect(editor.getByRole('row', { name: new RegExp(`ci ${u}`) })).toBeVisible();
  await expectAccessible(editor);
  // Only the token, no cookie.
  const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const me = await script.post('/graphql', { data: { query: '{ me { name } }' } });
  expect((await me.json()).data.me.name).toBe(name);
  await script.dispose();

  await editor.getByTestId('user-menu').click();
  await editor.getByRole('menuitem', { name: 'Sign out everywhere' }).click();
  await expect(editor).toHaveURL(/\/sign-in$/);
  await editor.context().close();
});

test('the audit trail lists changes newest first, filtered by person', async ({ page, api }, testInfo) => {
  const u = unique();
  await api.createTeam(`A${u}`, `Audited ${u}`);
  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Audit trail table' }).getByRole('row').nth(1)).toContainText(`Audited ${u}`);
  await page.getByLabel('Who').selectOption({ label: ADMIN.name });
  await page.getByLabel('Entity type').selectOption('Team');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/entityType=Team/);
  await expect(page.getByRole('region', { name: 'Audit trail table' })).toContainText(`Audited ${u}`);
  await expectAccessible(page);
  await screenshot(page, testInfo, 'audit-trail');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await screenshot(page, testInfo, 'audit-trail-mobile');
});

test('the history shows who moved a bar, and by how much the end drifted', async ({ page, api }, testInfo) => {
  const u = unique();
  const title = `Moved by hand ${u}`;
  const initiative = await api.createInitiative({ title, startDate: addDays(current.start, 7), endDate: addDays(current.start, 35) });
  await page.goto(`/?q=${encodeURIComponent(title)}`);
  const barLocator = page.locator(`[data-testid="roadmap-bar"][data-key="${initiative.key}"]`);
  await expect(barLocator).toBeVisible();
  const bar = (await barLocator.boundingBox())!;
  const saved = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('updateInitiative'));
  await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
  await page.mouse.down();
  await page.mouse.move(bar.x + bar.width / 2 + 40, bar.y + bar.height / 2, { steps: 5 });
  await page.mouse.move(bar.x + bar.width / 2 + 80, bar.y + bar.height / 2, { steps: 5 });
  await page.mouse.up();
  expect((await (await saved).json()).errors).toBeUndefined();

  await page.goto(`/initiatives/${initiative.id}`);
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toContainText(`${ADMIN.name} changed`);
  await expect(history.getByRole('listitem').first()).toContainText('End date:');
  await expect(history.getByTestId('end-date-drift')).toContainText(/moved \+\d+ days since first planned/);
  await expectAccessible(page);
  await screenshot(page, testInfo, 'initiative-history');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await screenshot(page, testInfo, 'initiative-history-mobile');
});
