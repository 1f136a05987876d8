// A new deploy under a live service worker: the reader gets « Nouvelle version —
// recharger », keeps a consistent old version until the click, then gets the new
// version only, and the old files are gone from the cache.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildServiceWorker } from '../../scripts/build-sw.ts';
import { serveFolder } from '../support/static-server';
import { config } from '../../src/lib/config.ts';
import { htmlFiles as listHtml } from '../../src/lib/files.ts';

const dist = config.outDir;

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 90_000 });

const htmlFiles = (d: string): string[] => listHtml(d).map((f) => join(d, f));

/** A copy of the built site marked as deploy `n`; deploy 2 also gets a new stylesheet (new hashed name, new rule). */
async function deploy(n: 1 | 2, work: string): Promise<{ dir: string; css: string }> {
  const dir = join(work, `v${n}`);
  cpSync(dist, dir, { recursive: true });
  // The site's stylesheet, first on every page but the home page (which loads the revision count's first).
  const oldCss = readFileSync(join(dir, 'glossaire', 'overfitting', 'index.html'), 'utf8').match(
    /href="\/(_astro\/[^"]+\.css)"/,
  )![1];
  let css = oldCss;
  if (n === 2) {
    css = oldCss.replace(/\.css$/, '.deploy2.css');
    writeFileSync(join(dir, css), `${readFileSync(join(dir, oldCss), 'utf8')}\n:root{--atlas-deploy:"2"}`);
    rmSync(join(dir, oldCss));
  }
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8')
      .replaceAll(`/${oldCss}`, `/${css}`)
      .replace('</head>', `<meta name="atlas-deploy" content="${n}"></head>`);
    writeFileSync(file, html);
  }
  await buildServiceWorker(dir);
  return { dir, css };
}

const deployOf = (page: Page) => page.locator('meta[name="atlas-deploy"]').getAttribute('content');
const cssDeploy = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--atlas-deploy').trim());
const stylesheet = (page: Page) => page.locator('link[rel="stylesheet"]').first().getAttribute('href');

test('a new deploy: update prompt, no mix of versions, then only the new files', async ({ page }) => {
  const work = mkdtempSync(join(tmpdir(), 'atlas-deploy-'));
  const v1 = await deploy(1, work);
  const v2 = await deploy(2, work);
  let root = v1.dir;
  const server = await serveFolder(() => root);
  try {
    await page.goto(`${server.origin}/`);
    await expect(page.locator('[data-offline-ready]')).toBeVisible({ timeout: 30_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const prompt = page.getByRole('button', { name: 'Nouvelle version — recharger' });
    await expect(prompt).toBeHidden();

    // The new version goes online.
    root = v2.dir;
    await page.reload();
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    // Until the click, pages and their files are all from version 1, even on another page.
    expect(await deployOf(page)).toBe('1');
    expect(await cssDeploy(page)).toBe('');
    await page.goto(`${server.origin}/glossaire/overfitting/`);
    expect(await deployOf(page)).toBe('1');
    expect(await stylesheet(page)).toBe(`/${v1.css}`);
    expect(await cssDeploy(page)).toBe('');
    await expect(prompt).toBeVisible();

    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await Promise.all([page.waitForEvent('load'), prompt.click()]);
    await expect(page.locator('main h1')).toHaveText('Surapprentissage (Overfitting)');
    // After the click: version 2 only, its new stylesheet applied, nothing of version 1 requested.
    expect(await deployOf(page)).toBe('2');
    expect(await stylesheet(page)).toBe(`/${v2.css}`);
    expect(await cssDeploy(page)).toBe('"2"');
    expect(requested.filter((u) => u.includes(v1.css))).toEqual([]);
    await expect(prompt).toBeHidden();
    // The old version's files are gone from the cache, the new ones are there.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
      return urls;
    });
    expect(cached.some((u) => u.includes(v2.css))).toBe(true);
    expect(cached.filter((u) => u.includes(v1.css))).toEqual([]);
    // And another page, served by the new worker, is from version 2 as well.
    await page.goto(`${server.origin}/faq/`);
    expect(await deployOf(page)).toBe('2');
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
});
