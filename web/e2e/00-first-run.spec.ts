import { expect, expectAccessible, screenshot, test } from './support/fixtures';

// What a new user sees before there is any data: each view says what to do first. Only
// meaningful on an empty database, i.e. when this file runs first against a fresh server.
test('empty views tell a new user what to do first', async ({ page, api, consoleErrors }, testInfo) => {
  const { teams } = await api.gql<{ teams: unknown[] }>('{ teams { id } }');
  test.skip(teams.length > 0, 'the database already has data');

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
