import type { Page } from '@playwright/test';
import { unique } from './support/api';
import { expect, screenshot, test } from './support/fixtures';

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save changes' }).click();
}

test('two people save the same initiative: the second is told why and can reload', async ({
  page,
  context,
  api,
  consoleErrors,
}, testInfo) => {
  const { id, key } = await api.createInitiative({ title: `Shared plan ${unique()}`, startDate: '2027-01-04', endDate: '2027-03-26' });
  const other = await context.newPage();
  await page.goto(`/initiatives/${id}`);
  await other.goto(`/initiatives/${id}`);
  await expect(other.getByLabel('Owner')).toBeEditable();

  await page.getByLabel('Owner').fill('Alice');
  await save(page);
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeDisabled();

  await other.getByLabel('Owner').fill('Bob');
  await other.getByLabel('Effort (engineer-weeks)').fill('8');
  await save(other);
  const notice = other.getByTestId('conflict-notice');
  await expect(notice).toContainText(`Someone else saved this initiative ${key} after you opened it`);
  await expect(notice).toContainText('Your changes were not saved');
  await screenshot(other, testInfo, 'initiative-conflict');

  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect(notice).toBeHidden();
  await expect(other.getByLabel('Owner')).toHaveValue('Alice');
  await other.getByLabel('Owner').fill('Alice and Bob');
  await save(other);
  await expect(other.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  await page.reload();
  await expect(page.getByLabel('Owner')).toHaveValue('Alice and Bob');
  expect(consoleErrors).toEqual([]);
});

test('the API’s validation message appears at the field it names', async ({ page, api, consoleErrors }, testInfo) => {
  const { id } = await api.createInitiative({ title: `Dated work ${unique()}`, startDate: '2027-04-05', endDate: '2027-06-25' });
  await page.goto(`/initiatives/${id}`);
  await page.getByLabel('End date').fill('2027-03-01');
  await save(page);
  const end = page.getByLabel('End date');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(end).toHaveAccessibleDescription(/startDate|start/i);
  await expect(page.getByLabel('Start date')).not.toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, testInfo, 'initiative-validation');
  expect(consoleErrors).toEqual([]);
});

test('a dependency that would close a cycle is refused with the API’s explanation, and removing one works', async ({
  page,
  api,
  consoleErrors,
}) => {
  const u = unique();
  const first = await api.createInitiative({ title: `First ${u}` });
  const second = await api.createInitiative({ title: `Second ${u}` });
  const third = await api.createInitiative({ title: `Third ${u}` });
  await api.addDependency(second.id, first.id);
  await api.addDependency(third.id, second.id);

  await page.goto(`/initiatives/${first.id}`);
  await expect(page.getByRole('list', { name: `Waiting for ${first.key}` })).toContainText(`Second ${u}`);
  // First ← Second ← Third: First waiting for Third would close the circle.
  await page.getByRole('combobox', { name: 'Initiative it waits for' }).fill(third.key);
  await page.getByRole('option', { name: new RegExp(`Third ${u}`) }).click();
  await expect(page.getByRole('combobox', { name: 'Initiative it waits for' })).toHaveAccessibleDescription(/cycle/i);

  await page.getByRole('button', { name: `Remove dependency on ${second.key}` }).click();
  await expect(page.getByText('Nothing waits for it.')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('deleting asks first, then the initiative is gone', async ({ page, api, consoleErrors }) => {
  const { id, key } = await api.createInitiative({ title: `Doomed ${unique()}` });
  await page.goto(`/initiatives/${id}`);
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${key}?` });
  await expect(dialog).toContainText('This cannot be undone');
  await dialog.getByRole('button', { name: 'Delete initiative' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await page.goto(`/initiatives/${id}`);
  await expect(page.getByRole('heading', { name: 'Initiative not found' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
