/**
 * Every page of the built site, once, in one walk (a page is loaded a single time for all the
 * checks below, which is most of their cost):
 * - it loads cleanly: status 200, `lang="fr"`, one `main h1`, no console error, no failed
 *   request, nothing fetched from another origin;
 * - no Content-Security-Policy violation;
 * - axe-core (WCAG 2.0/2.1/2.2 A and AA rules) finds nothing in the light theme; then the dark
 *   theme, where only colours change, is checked with the colour rules.
 * Pages go by groups, one tab per group (a fresh browser context per page cost more than axe
 * itself); each test walks its pages and reports every page's problems together.
 */
import { expect, test } from '@playwright/test';
import { axe, preloadAxe, watchCsp } from '../support/axe';
import { builtPages, inGroups } from '../support/pages';

const pages = builtPages();

test('the built site has all its page types', () => {
  for (const path of [
    '/',
    '/programmes/',
    '/cours/',
    '/formules/',
    '/glossaire/',
    '/faq/',
    '/ressources/',
    '/outils/',
    '/carrieres/',
  ]) {
    expect(pages).toContain(path);
  }
  expect(pages.length).toBeGreaterThan(150);
});

for (const group of inGroups(pages, 12)) {
  test(`loads cleanly, accessible in both themes, no CSP violation: ${group[0]} … ${group.at(-1)} (${group.length} pages)`, async ({
    page,
    baseURL,
  }) => {
    // Axe on a long page takes seconds, more on a loaded machine: a generous limit per page.
    test.setTimeout(group.length * 60_000);
    const origin = new URL(baseURL!).origin;
    const cspViolations = await watchCsp(page);
    await preloadAxe(page);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    let problems: string[] = [];
    // Set while the tab leaves a page: what that page still loads is then cut short by the
    // navigation itself, not by a fault of the site (a demo's TF.js, say).
    let leaving = false;
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol.startsWith('http') && url.origin !== origin)
        problems.push(`request to another origin: ${r.url()}`);
    });
    page.on('requestfailed', (r) => {
      const aborted = r.failure()?.errorText === 'net::ERR_ABORTED';
      // A moved page (/moodle/ → /enseignants/) replaces itself while it loads: Chromium may then
      // report its own document as aborted. That is the redirect working, not a failure.
      if (aborted && (leaving || r.isNavigationRequest())) return;
      problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
    });
    for (const path of group) {
      leaving = true;
      const response = await page.goto(path, { waitUntil: 'load' });
      leaving = false;
      expect.soft(response?.status(), path).toBe(200);
      await expect.soft(page.locator('html'), path).toHaveAttribute('lang', 'fr');
      await expect.soft(page.locator('main h1'), path).toHaveCount(1);
      await expect.soft(page.locator('html'), path).toHaveAttribute('data-theme', 'light');
      expect.soft(await axe(page), `light theme: ${path}`).toEqual([]);
      await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
      expect.soft(await axe(page, true), `dark theme: ${path}`).toEqual([]);
      expect.soft(await cspViolations(), `CSP: ${path}`).toEqual([]);
      expect.soft(problems, path).toEqual([]);
      problems = [];
    }
  });
}
