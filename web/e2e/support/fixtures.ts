import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { join } from 'node:path';
import { Api } from './api';

interface Fixtures {
  api: Api;
  /** Console errors and uncaught exceptions of the page; each test ends expecting none. */
  consoleErrors: string[];
}

export const test = base.extend<Fixtures>({
  api: async ({ request }, use) => {
    await use(new Api(request));
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
      if (process.env.E2E_SHOW_WARNINGS && message.type() === 'warning') console.log('[browser warning]', message.text().slice(0, 400));
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'errors in the browser console').toEqual([]);
  },
});

export { expect };

/** A full-page screenshot in web/test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = join(testInfo.config.rootDir, '..', 'test-results', 'screenshots', `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
}

/** No serious or critical accessibility violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('\n    ')}`,
    );
  expect(bad, 'serious or critical accessibility violations').toEqual([]);
}
