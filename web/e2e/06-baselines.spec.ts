import { addDays, upcomingQuarters } from './support/dates';
import { unique } from './support/api';
import { expect, expectAccessible, screenshot, test } from './support/fixtures';

const [current] = upcomingQuarters();

test('save a baseline, move a bar, compare: the ghost, the slip in days and the biggest slips', async ({
  page,
  api,
  consoleErrors,
}, testInfo) => {
  const u = unique();
  const name = `Plan as agreed ${u}`;
  const moved = await api.createInitiative({
    title: `Slips three weeks ${u}`,
    startDate: addDays(current.start, 7),
    endDate: addDays(current.start, 35),
  });
  const kept = await api.createInitiative({
    title: `Stays put ${u}`,
    startDate: addDays(current.start, 14),
    endDate: addDays(current.start, 42),
  });
  await page.goto(`/?q=${encodeURIComponent(u)}`);
  const bar = page.locator(`[data-testid="roadmap-bar"][data-key="${moved.key}"]`);
  await expect(bar).toBeVisible();

  // Save: a name is asked for at the field.
  await page.getByRole('button', { name: 'Save baseline…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save a baseline' });
  await dialog.getByRole('button', { name: 'Save baseline' }).click();
  await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByTestId('field-error')).toHaveText('Give the baseline a name.');
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Save baseline' }).click();
  await expect(dialog).toBeHidden();
  const added = await api.createInitiative({
    title: `Added later ${u}`,
    startDate: addDays(current.start, 21),
    endDate: addDays(current.start, 49),
  });

  // Move one bar three weeks later with the keys (a week each), and wait for the save.
  const saved = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('updateInitiative'));
  await bar.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  expect((await (await saved).json()).errors).toBeUndefined();

  // Compare with the baseline (the picker has had it since it was saved): it goes into the URL, so a shared link shows the same.
  const picker = page.getByLabel('Compare with baseline');
  const value = await picker.locator('option', { hasText: name }).getAttribute('value');
  await picker.selectOption(value!);
  await expect(page).toHaveURL(new RegExp(`baseline=${value}`));

  const row = page.locator('.roadmap-row', { has: bar });
  await expect(row.getByTestId('baseline-ghost')).toHaveCount(1);
  await expect(row.getByTestId('baseline-slip')).toHaveText('+21 d');
  await expect(bar).toHaveAccessibleName(new RegExp(`ends 21 days later than in ${name}`));
  const ghost = (await row.getByTestId('baseline-ghost').boundingBox())!;
  const now = (await bar.boundingBox())!;
  expect(ghost.x).toBeLessThan(now.x - 10); // the baseline's dates start three weeks earlier
  await expect(page.locator('.roadmap-row', { has: page.locator(`[data-key="${kept.key}"]`) }).getByTestId('baseline-slip')).toHaveCount(0);
  const addedRow = page.locator('.roadmap-row', { has: page.locator(`[data-key="${added.key}"]`) });
  await expect(addedRow.getByTestId('baseline-slip')).toHaveText('new');
  await expect(page.getByTestId('legend-baseline')).toContainText(name);

  await bar.hover();
  await expect(page.getByTestId('bar-tooltip')).toContainText(`${name}:`);
  await expect(page.getByTestId('bar-tooltip')).toContainText('+21 d');

  await page.getByRole('button', { name: 'Biggest slips' }).click();
  const slips = page.getByRole('region', { name: `Biggest slips since ${name}` });
  await expect(slips.getByRole('link')).toHaveCount(1);
  await expect(slips.getByRole('link').first()).toContainText(moved.key);
  await expect(slips.getByRole('link').first()).toContainText('+21 d');
  await expectAccessible(page);
  await screenshot(page, testInfo, 'roadmap-baseline');

  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(row.getByTestId('baseline-slip')).toHaveText('+21 d');
  await expectAccessible(page);
  await screenshot(page, testInfo, 'roadmap-baseline-mobile');

  // The link in the list opens the initiative.
  await page.getByRole('button', { name: 'Biggest slips' }).click();
  await slips.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: `Slips three weeks ${u}` })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('an editor deletes a baseline after confirming; links to it then compare with none', async ({ page, api, consoleErrors }) => {
  const u = unique();
  const name = `Short-lived ${u}`;
  const { createBaseline } = await api.gql<{ createBaseline: { id: string } }>(
    'mutation ($name: String!) { createBaseline(name: $name) { id } }',
    { name },
  );
  await page.goto(`/?baseline=${createBaseline.id}`);
  await expect(page.getByLabel('Compare with baseline')).toHaveValue(createBaseline.id);
  await page.getByRole('button', { name: 'Delete baseline' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete the baseline “${name}”?` });
  await dialog.getByRole('button', { name: 'Delete baseline' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Compare with baseline')).toHaveValue('');
  await expect(page.getByLabel('Compare with baseline').locator('option', { hasText: name })).toHaveCount(0);
  await expect(page).not.toHaveURL(/baseline=/);

  await page.goto(`/?baseline=${createBaseline.id}`);
  await expect(page.getByLabel('Compare with baseline')).toHaveValue('');
  await expect(page).not.toHaveURL(/baseline=/);
  expect(consoleErrors).toEqual([]);
});
