import { test as setup, expect } from '@playwright/test';
import { ADMIN, adminStorageState } from './support/admin-account.mjs';

// Signs in once through the page, as a person would, and keeps the session for every scenario.
setup('sign in as the start-up administrator', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('user-menu')).toContainText(ADMIN.name);
  await page.context().storageState({ path: adminStorageState() });
});
