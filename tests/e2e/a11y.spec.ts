/**
 * Every page of the built site, once: no Content-Security-Policy violation, and
 * axe-core (WCAG 2.0/2.1/2.2 A and AA rules) finds nothing in the light theme; then
 * the dark theme, where only colours change, is checked with the colour rules.
 * Pages go by groups, one tab per group: each test walks its pages and reports every
 * page's problems together (a fresh browser context per page cost more than axe itself).
 */
import { expect, test } from '@playwright/test';
import { axe, watchCsp } from '../support/axe';
import { builtPages, inGroups } from '../support/pages';

for (const group of inGroups(builtPages(), 12)) {
  test(`accessible in both themes, no CSP violation: ${group[0]} … ${group.at(-1)} (${group.length} pages)`, async ({
    page,
  }) => {
    // Axe on a long page takes seconds, more on a loaded machine: a generous limit per page.
    test.setTimeout(group.length * 60_000);
    const cspViolations = await watchCsp(page);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    for (const path of group) {
      await page.goto(path);
      await expect.soft(page.locator('html'), path).toHaveAttribute('data-theme', 'light');
      expect.soft(await axe(page), `light theme: ${path}`).toEqual([]);
      await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
      expect.soft(await axe(page, true), `dark theme: ${path}`).toEqual([]);
      expect.soft(await cspViolations(), `CSP: ${path}`).toEqual([]);
    }
  });
}
