import { strToU8, zipSync } from 'fflate';
import { unique } from './support/api';
import { expect, screenshot, test } from './support/fixtures';

/** A team's ADR folder as log4brains keeps it, zipped: two MADR records and its README. */
function madrZip(u: string, initiativeKey: string, goalTitle: string): Buffer {
  const files = {
    'docs/adr/README.md': '# Architecture decision records\n',
    [`docs/adr/20260105-cache-prices-at-the-edge-${u}.md`]: [
      `# Cache prices at the edge ${u}`,
      '',
      '- Status: accepted',
      '- Deciders: Priya Raman, Noah Brennan',
      '- Date: 2026-01-05',
      `- Initiatives: ${initiativeKey}`,
      `- Goals: ${goalTitle}`,
      '',
      '## Context and Problem Statement',
      '',
      'Checkout p99 is **1,200 ms**.',
      '',
      '<script>window.__decisionScriptRan = true</script>',
      '',
      '## Decision Outcome',
      '',
      'Chosen option: one read-through cache.',
      '',
      '### Positive Consequences',
      '',
      '- One place to purge',
      '',
    ].join('\n'),
    [`docs/adr/20260110-key-prices-by-version-${u}.md`]: `# Key prices by version ${u}\n\n- Status: proposed\n- Initiatives: ${initiativeKey}\n\n## Context and Problem Statement\n\nStale prices.\n`,
  };
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]))));
}

test('a zip of MADR files is imported, and its decisions are found on their initiative and goal', async ({
  page,
  api,
  consoleErrors,
}, testInfo) => {
  const u = unique();
  const initiative = await api.createInitiative({ title: `Redesign the caching layer ${u}` });
  const goalTitle = `Reduce churn ${u}`;
  const goal = await api.createGoal({ title: goalTitle });

  await page.goto('/decisions');
  await page
    .getByTestId('decision-import-input')
    .setInputFiles({ name: `adr-${u}.zip`, mimeType: 'application/zip', buffer: madrZip(u, initiative.key, goalTitle) });
  await expect(page.getByTestId('decision-import-result')).toContainText('Imported 2 decisions');
  await page.getByLabel('Search').fill(u);
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText(`Cache prices at the edge ${u}`);
  await screenshot(page, testInfo, 'decisions-imported');

  await page.goto(`/initiatives/${initiative.id}`);
  const panel = page.getByRole('region', { name: 'Decisions' });
  await expect(panel).toContainText(`Key prices by version ${u}`);
  await panel.getByRole('link', { name: new RegExp(`Cache prices at the edge ${u}`) }).click();

  await expect(page.getByRole('heading', { name: `Cache prices at the edge ${u}` })).toBeVisible();
  await expect(page.getByText('Checkout p99 is')).toBeVisible();
  await expect(page.locator('strong', { hasText: '1,200 ms' })).toBeVisible();
  // The script tag in the file is shown as text, never run.
  await expect(page.getByText('<script>window.__decisionScriptRan = true</script>')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __decisionScriptRan?: boolean }).__decisionScriptRan)).toBeUndefined();
  await expect(page.getByRole('link', { name: initiative.key, exact: false })).toBeVisible();
  await screenshot(page, testInfo, 'decision-page');

  await page.goto(`/goals/${goal.id}`);
  await expect(page.getByRole('region', { name: 'Decisions' })).toContainText(`Cache prices at the edge ${u}`);
  expect(consoleErrors).toEqual([]);
});
