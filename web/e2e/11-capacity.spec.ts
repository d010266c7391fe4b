import type { Locator } from '@playwright/test';
import { addDays, upcomingQuarters } from './support/dates';
import { unique } from './support/api';
import { expect, screenshot, test } from './support/fixtures';

// A planner sets what a team can carry next quarter, then drags work into that quarter on the
// roadmap: told before saving that the team goes over, they move it anyway and the team turns red.
test.describe.configure({ mode: 'serial' });

const id = unique();
const team = { key: `C${id}`, name: `Capacity ${id}` };
const [current, next, after] = upcomingQuarters();
let teamId = '';
let workKey = '';

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
}

test('set a team’s capacity for next quarter in the grid and copy it forward', async ({ page, api, consoleErrors }, testInfo) => {
  teamId = (await api.createTeam(team.key, team.name)).id;
  // 8 engineer-weeks over 14 days, this quarter: nothing of it next quarter yet.
  workKey = (
    await api.createInitiative({
      title: `Rebuild search ${id}`,
      leadTeamId: teamId,
      status: 'PLANNED',
      startDate: addDays(current.start, 7),
      endDate: addDays(current.start, 20),
      effortWeeks: 8,
    })
  ).key;

  await page.goto('/capacity');
  await page.getByLabel(`${team.name} capacity in ${next.label}`).fill('5');
  await page.getByLabel(`${team.name} capacity in ${next.label}`).press('Enter');
  const cell = (period: string) => page.locator(`[data-testid="capacity-cell"][data-team-key="${team.key}"][data-period="${period}"]`);
  await expect(cell(next.label)).toHaveAttribute('data-heat', 'ok');
  await expect(cell(current.label)).toHaveAttribute('data-heat', 'unset');

  await page.getByRole('button', { name: `Copy ${next.label} capacity to the next quarter` }).click();
  await expect(page.getByLabel(`${team.name} capacity in ${after.label}`)).toHaveValue('5');
  await screenshot(page, testInfo, 'capacity');
  expect(consoleErrors).toEqual([]);
});

test('drag the work into next quarter: told the team goes over before saving, moved anyway, the team turns red', async ({
  page,
  consoleErrors,
}, testInfo) => {
  await page.goto(`/?team=${teamId}`);
  const bar = page.locator(`[data-testid="roadmap-bar"][data-key="${workKey}"]`);
  // The first roadmap of the run builds its chunks and loads four queries: on a busy machine that can take a while.
  await expect(bar).toBeVisible({ timeout: 30_000 });
  const lane = page.locator(`[data-testid="roadmap-lane"][data-lane-key="${teamId}"]`);
  const nextLoad = lane.locator(`[data-testid="lane-load"][data-period="${next.label}"]`);
  await expect(nextLoad).toHaveAttribute('data-heat', 'ok');

  const from = await box(bar);
  const quarter = await box(page.getByTestId('timeline-period').filter({ hasText: next.label }));
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + quarter.width / 2, from.y + from.height / 2, { steps: 5 });
  await page.mouse.move(from.x + from.width / 2 + quarter.width, from.y + from.height / 2, { steps: 5 });
  await page.mouse.up();

  const warning = page.getByRole('dialog', { name: `Moving ${workKey} puts a team over capacity` });
  await expect(warning).toContainText(`${team.name} in ${next.label}: 8 committed engineer-weeks of 5, over by 3`);
  await screenshot(page, testInfo, 'capacity-warning');
  const saved = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('updateInitiative'));
  await warning.getByRole('button', { name: 'Move anyway' }).click();
  expect((await (await saved).json()).errors).toBeUndefined();
  await expect(nextLoad).toHaveAttribute('data-heat', 'over');
  await screenshot(page, testInfo, 'roadmap-capacity');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Capacity' }).click();
  const cell = page.locator(`[data-testid="capacity-cell"][data-team-key="${team.key}"][data-period="${next.label}"]`);
  await expect(cell).toHaveAttribute('data-heat', 'over');
  await cell.getByRole('button', { name: new RegExp(`^${team.name} in ${next.label}`) }).click();
  await expect(page.getByTestId('cell-initiatives')).toContainText(workKey);
  expect(consoleErrors).toEqual([]);
});
