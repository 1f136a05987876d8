/**
 * Every page of the built site, once: no Content-Security-Policy violation, and
 * axe-core (WCAG 2.0/2.1/2.2 A and AA rules) finds nothing in the light theme; then
 * the dark theme, where only colours change, is checked with the colour rules.
 */
import { expect, test } from '@playwright/test';
import { axe, watchCsp } from '../support/axe';
import { builtPages } from '../support/pages';

// Axe on a long page takes seconds, more on a loaded machine: a generous per-page limit.
test.describe.configure({ timeout: 120_000 });

for (const path of builtPages()) {
  test(`accessible in both themes, no CSP violation: ${path}`, async ({ page }) => {
    const cspViolations = await watchCsp(page);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await axe(page), `light theme: ${path}`).toEqual([]);
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    expect(await axe(page, true), `dark theme: ${path}`).toEqual([]);
    expect(await cspViolations()).toEqual([]);
  });
}
