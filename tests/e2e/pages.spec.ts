import { expect, test } from '@playwright/test';
import { builtPages } from '../support/pages';

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
for (const path of pages) {
  test(`loads cleanly: ${path}`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
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
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('main h1')).toHaveCount(1);
    expect(problems).toEqual([]);
  });
}
