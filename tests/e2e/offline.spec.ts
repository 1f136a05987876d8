// The installable site offline: after one visit, the service worker serves every
// page, the search and the demos without a network; an unknown URL gets the 404 page, a download the offline page.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { config } from '../../src/lib/config.ts';

const dist = config.outDir;

// Service workers are blocked for the other browser tests (playwright.config.ts); these need them.
test.use({ serviceWorkers: 'allow' });

/** A built page with a demo (an island or an element marked data-demo), if the build has one. */
function demoPage(): string | undefined {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) =>
      statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : n === 'index.html' ? [join(d, n)] : [],
    );
  const file = walk(dist).find((f) => /<astro-island\b|\sdata-demo[\s=>]/.test(readFileSync(f, 'utf8')));
  return file && `/${relative(dist, file).replace(/index\.html$/, '')}`;
}

async function installOffline(page: Page) {
  await page.goto('/');
  // The footer says so once every file is stored; the worker then controls the page (clientsClaim).
  await expect(page.locator('[data-offline-ready]')).toBeVisible({ timeout: 45_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test.describe('offline', () => {
  // The first visit stores ~460 files before the site is ready offline.
  test.describe.configure({ timeout: 60_000 });
  test('five pages, their styles and formulas, after going offline', async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    context.on('request', (r) => {
      if (r.url().startsWith('http') && new URL(r.url()).origin !== origin)
        problems.push(`request to another origin: ${r.url()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`));
    await installOffline(page);
    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    for (const [path, title] of [
      ['/cours/', 'Tous les cours'],
      ['/glossaire/overfitting/', 'Surapprentissage (Overfitting)'],
      ['/formules/', null],
      ['/faq/', null],
      ['/programmes/master-mix/', null],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.fromServiceWorker(), path).toBe(true);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('main h1')).toBeVisible();
      if (title) await expect(page.locator('main h1')).toHaveText(title);
      // The stylesheet came along: the header has its border.
      expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('solid');
      // Scripts that a page imports once it is idle (the search's code) must arrive too; leaving
      // before they do would abort them, and an aborted request proves nothing either way.
      await page.waitForLoadState('networkidle');
    }
    // KaTeX's fonts, offline too.
    await page.goto('/formules/');
    const katexFonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.includes('KaTeX') && f.status === 'loaded').length;
    });
    expect(katexFonts).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test('search runs offline, in the modal and on the search page', async ({ page, context }) => {
    await installOffline(page);
    await context.setOffline(true);
    await page.goto('/glossaire/');
    await page.getByRole('link', { name: 'Rechercher' }).click();
    const dialog = page.locator('pagefind-modal dialog[open]');
    await expect(dialog).toBeVisible();
    await dialog.locator('pagefind-input input').fill('surapprentissage');
    await expect(dialog.locator('pagefind-results a[href*="/glossaire/overfitting/"]').first()).toBeVisible();

    await page.goto('/recherche/?q=BGDIA704');
    await expect(page.locator('pagefind-results a[href*="/cours/machine-learning-avance/"]').first()).toBeVisible();
  });

  test('offline, an unknown address gets the 404 page, and a download says it needs the network', async ({
    page,
    context,
  }) => {
    await installOffline(page);
    await context.setOffline(true);
    const response = await page.goto('/cette-page-n-existe-pas/');
    expect(response?.fromServiceWorker()).toBe(true);
    expect(response?.status()).toBe(404);
    await expect(page.locator('main h1')).toHaveText('Page introuvable');
    await expect(page).toHaveURL(/\/cette-page-n-existe-pas\/$/);
    // A file of the site that is not stored (an export for Moodle): the offline page, with its links.
    const download = await page.goto('/exports/pages.csv');
    expect(download?.fromServiceWorker()).toBe(true);
    await expect(page.locator('main h1')).toHaveText('Page indisponible hors ligne');
    await page.locator('main').getByRole('link', { name: 'glossaire' }).click();
    await expect(page.locator('main h1')).toHaveText(/Glossaire/);
  });

  test("links with the site's own parameters open offline from the stored page", async ({ page, context }) => {
    await installOffline(page);
    await context.setOffline(true);
    for (const [path, h1] of [
      ['/cours/?programme=master-mix&sujet=optimisation&tri=heures', 'Tous les cours'],
      ['/glossaire/overfitting/?embed=1&theme=dark', 'Surapprentissage (Overfitting)'],
      ['/faq/?section=x&utm_source=moodle', null],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.fromServiceWorker(), path).toBe(true);
      expect(response?.status(), path).toBe(200);
      if (h1) await expect(page.locator('main h1')).toHaveText(h1);
    }
  });

  test('the first visit reports its progress in files and bytes, up to the whole precache', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { progress: unknown[] };
      w.progress = [];
      navigator.serviceWorker?.addEventListener('message', (e) => w.progress.push(e.data));
    });
    await installOffline(page);
    const messages = (await page.evaluate(() => (window as unknown as { progress: unknown[] }).progress)) as {
      type: string;
      files: number;
      total: number;
      bytes: number;
      totalBytes: number;
      done: boolean;
    }[];
    const last = messages.filter((m) => m.type === 'PRECACHE_PROGRESS').at(-1);
    expect(last?.done).toBe(true);
    expect(last!.files).toBe(last!.total);
    expect(last!.total).toBeGreaterThan(300);
    expect(last!.bytes).toBe(last!.totalBytes);
    expect(last!.totalBytes).toBeGreaterThan(1_000_000);
    // /hors-ligne/ says how much that is.
    await page.goto('/hors-ligne/');
    await expect(page.locator('[data-offline-size]')).toHaveText(/^\d+ fichiers, \d+,\d Mo$/);
  });

  test('online, an unknown address still gets the real 404 page', async ({ page }) => {
    await installOffline(page);
    const response = await page.goto('/cette-page-n-existe-pas/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('main h1')).toHaveText('Page introuvable');
  });

  test('a demo runs offline', async ({ page, context }) => {
    const path = demoPage();
    test.skip(!path, 'this build has no demo yet (no <astro-island> nor [data-demo] in any page)');
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`));
    await installOffline(page);
    await context.setOffline(true);
    const response = await page.goto(path!);
    expect(response?.fromServiceWorker()).toBe(true);
    await page.waitForLoadState('load');
    await expect(page.locator('astro-island, [data-demo]').first()).toBeVisible();
    await page.waitForTimeout(1000);
    expect(problems).toEqual([]);
  });

  test('not registered inside an iframe (embed mode, e.g. a page framed by Moodle)', async ({ page, baseURL }) => {
    // A stand-in for the LMS page that frames ours, answered by the test itself. Same origin, so that
    // the frame could see a registration made by anyone; the stand-in itself registers nothing.
    await page.route(`${baseURL}/lms-stand-in/`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>LMS</title><iframe src="/glossaire/overfitting/?embed=1" title="Atlas ML"></iframe>`,
      }),
    );
    await page.goto('/lms-stand-in/');
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('main h1')).toHaveText('Surapprentissage (Overfitting)');
    const inner = page.frames().find((f) => f.url().includes('embed=1'))!;
    await inner.waitForLoadState('load');
    await page.waitForTimeout(1000);
    expect(await inner.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    await expect(frame.locator('[data-offline-ready]')).toBeHidden();
  });
});
