import { expect, test } from '@playwright/test';
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

// Every page: no console error, no failed request, nothing fetched from another origin.
// By groups of pages, each page in a tab of its own (closed before the next opens, so that
// nothing it still loads is cut short by a navigation), the problems of all reported together.
for (const group of inGroups(pages, 6)) {
  test(`loads cleanly: ${group[0]} … ${group.at(-1)} (${group.length} pages)`, async ({ context, baseURL }) => {
    test.setTimeout(group.length * 30_000);
    const origin = new URL(baseURL!).origin;
    for (const path of group) {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.protocol.startsWith('http') && url.origin !== origin)
          problems.push(`request to another origin: ${r.url()}`);
      });
      page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
      });
      const response = await page.goto(path, { waitUntil: 'load' });
      expect.soft(response?.status(), path).toBe(200);
      await expect.soft(page.locator('html'), path).toHaveAttribute('lang', 'fr');
      await expect.soft(page.locator('main h1'), path).toHaveCount(1);
      expect.soft(problems, path).toEqual([]);
      await page.close();
    }
  });
}
