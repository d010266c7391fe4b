import { unique } from './support/api';
import { expect, screenshot, test } from './support/fixtures';

test('the heat map filters the register, and the link keeps the filter', async ({ page, api, consoleErrors }, testInfo) => {
  const u = unique();
  const team = await api.createTeam(`R${u}`, `Risky ${u}`);
  const work = await api.createInitiative({ title: `Risky work ${u}`, leadTeamId: team.id });
  await api.createRisk({ title: `Stale prices ${u}`, likelihood: 3, impact: 5, initiativeId: work.id });
  await api.createRisk({ title: `Cache stampede ${u}`, likelihood: 3, impact: 5, initiativeId: work.id, status: 'MITIGATING' });
  await api.createRisk({ title: `Slow reviews ${u}`, likelihood: 2, impact: 2, initiativeId: work.id });

  await page.goto('/risks');
  await page.getByLabel('Team').selectOption({ label: `R${u} · Risky ${u}` });
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(4);
  const cell = page.getByRole('button', { name: 'Likelihood 3, impact 5, severity 15: 2 risks' });
  await cell.click();
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole('table')).not.toContainText(`Slow reviews ${u}`);
  await expect(page).toHaveURL(/cell=3x5/);
  await expect(page).toHaveURL(new RegExp(`team=${team.id}`));
  await screenshot(page, testInfo, 'risks-filtered');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Likelihood 3, impact 5, severity 15: 2 risks' })).toHaveAttribute('aria-pressed', 'true');
  await expect(rows).toHaveCount(3);

  await page.getByRole('button', { name: 'Mitigating', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Likelihood 3, impact 5, severity 15: 1 risk' })).toBeVisible();
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('table')).toContainText(`Cache stampede ${u}`);

  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page).toHaveURL(/\/risks$/);
  expect(consoleErrors).toEqual([]);
});

test('a risk is edited from the register', async ({ page, api, consoleErrors }) => {
  const u = unique();
  await api.createRisk({ title: `Vendor delay ${u}`, likelihood: 2, impact: 3 });
  await page.goto('/risks?sort=title&dir=asc');
  await page.getByRole('button', { name: `Vendor delay ${u}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit risk' });
  await dialog.getByLabel('Likelihood').selectOption('5');
  await dialog.getByLabel('Mitigation plan').fill('Second vendor on standby');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(`Vendor delay ${u}`) });
  await expect(row).toContainText('15');
  await expect(row).toContainText('Second vendor on standby');
  expect(consoleErrors).toEqual([]);
});
