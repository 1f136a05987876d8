// The course pack, unzipped and opened from file:// as a student would from a USB
// stick: navigation, styles, formulas, glossary previews and search, with no server.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { PACK_FILE, PACK_FOLDER } from '../../src/lib/offline';
import { config } from '../../src/lib/config.ts';

const dist = config.outDir;
let folder: string;
let work: string;

test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'atlas-pack-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(dist, PACK_FILE))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(work, name)), { recursive: true });
    writeFileSync(join(work, name), bytes);
  }
  folder = join(work, PACK_FOLDER);
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

const open = (page: Page, path: string) => page.goto(pathToFileURL(join(folder, path)).href);

/** Collects what would show that the pack is broken: script errors, failed loads, any request off the disk. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  // A load cut short by the next navigation (the favicon, typically) is not a missing file.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`not from the pack: ${r.url()}`);
  });
  return problems;
}

test('navigation through relative links, with styles and scripts, from file://', async ({ page }) => {
  const problems = watch(page);
  await open(page, 'index.html');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('solid');
  const glossary = page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Glossaire' });
  if (!(await glossary.isVisible())) await page.locator('.menu-button').click();
  await glossary.click();
  await expect(page).toHaveURL(/\/glossaire\/index\.html$/);
  await page.locator('main a[href$="overfitting/index.html"]').first().click();
  await expect(page.locator('main h1')).toHaveText('Surapprentissage (Overfitting)');
  // The theme toggle (a converted module script) works.
  const before = await page.locator('html').getAttribute('data-theme');
  await page.locator('.theme-button').click();
  expect(await page.locator('html').getAttribute('data-theme')).not.toBe(before);
  expect(problems).toEqual([]);
});

test('the course explorer filters and sorts from file://, the state in the address', async ({ page }) => {
  const problems = watch(page);
  await open(page, 'cours/index.html');
  const rows = page.locator('course-explorer tbody tr');
  const all = await rows.count();
  expect(all).toBeGreaterThan(100);
  // Folded behind a summary on a phone, open on a wide screen.
  const summary = page.locator('.explorer-filters > summary');
  if (await summary.isVisible()) await summary.click();
  await page.getByLabel('Titre, code ou mot-clé').fill('BGDIA704');
  await expect(rows.locator('visible=true')).toHaveCount(1);
  await expect(page).toHaveURL(/[?&]q=BGDIA704/);
  await page.getByLabel('Titre, code ou mot-clé').fill('');
  await expect(rows.locator('visible=true')).toHaveCount(all);
  await page.getByLabel('Trier par').selectOption('-heures');
  await expect(page).toHaveURL(/[?&]tri=-heures/);
  const hours = (await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.hours))).filter((h) => h).map(Number);
  expect(hours.length).toBeGreaterThan(10);
  expect(hours).toEqual([...hours].sort((a, b) => b - a));
  expect(problems).toEqual([]);
});

test('formulas with KaTeX’s fonts, and glossary previews on hover, focus and Escape', async ({ page }) => {
  const problems = watch(page);
  await open(page, 'formules/index.html');
  expect(await page.locator('main .katex').count()).toBeGreaterThan(20);
  const katexFonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.family.includes('KaTeX') && f.status === 'loaded').length;
  });
  expect(katexFonts).toBeGreaterThan(0);

  await open(page, 'faq/index.html');
  const ref = page.locator('main .ref').first();
  const card = ref.locator('.ref-card');
  await expect(card).toBeHidden();
  await ref.locator('.ref-link').hover();
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await page.mouse.move(0, 0);
  await ref.locator('.ref-link').focus();
  await expect(card).toBeVisible();
  expect(problems).toEqual([]);
});

test('search finds a glossary term by its French alias, from file://', async ({ page }) => {
  const problems = watch(page);
  await open(page, 'index.html');
  await page.locator('.search-button').click();
  await expect(page).toHaveURL(/\/recherche\/index\.html$/);
  const input = page.getByLabel('Rechercher dans le pack');
  await expect(input).toBeFocused();
  await input.fill('surapprentissage');
  // The term and the overfitting demo (its title holds the word) lead; the term must be one of the two.
  const top = page.locator('[data-pack-search-results] li a');
  await expect(top.first()).toBeVisible();
  expect((await top.allTextContents()).slice(0, 2)).toContain('Surapprentissage (Overfitting)');
  await expect(page.locator('[data-pack-search-status]')).toContainText('pour « surapprentissage »');
  await top
    .filter({ hasText: /^Surapprentissage \(Overfitting\)$/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/glossaire\/overfitting\/index\.html$/);
  await expect(page.locator('main h1')).toHaveText('Surapprentissage (Overfitting)');

  // A query in the URL (a link from a course page to a search) runs by itself; nonsense says so.
  await open(page, 'recherche/index.html');
  await page.goto(`${page.url()}?q=BGDIA704`);
  await expect(page.locator('[data-pack-search-results] li a').first()).toHaveAttribute(
    'href',
    '../cours/machine-learning-avance/index.html',
  );
  await input.fill('kangourouzzz');
  await expect(page.locator('[data-pack-search-status]')).toHaveText('Aucun résultat pour « kangourouzzz ».');
  expect(problems).toEqual([]);
});

test('the pack has no download link to itself, and the site links to the pack', async ({ page, request }) => {
  await open(page, 'hors-ligne/index.html');
  await expect(page.locator('[data-pack-download]')).toContainText('Vous consultez déjà le pack de cours');
  await expect(page.locator('[data-pack-download] a')).toHaveCount(0);
  const response = await request.get('/hors-ligne/');
  const link = (await response.text()).match(/href="([^"]+\.zip)"/)?.[1];
  expect(link).toBe(`/${PACK_FILE}`);
  const zip = await request.get(link!);
  expect(zip.status()).toBe(200);
  expect((await zip.body()).subarray(0, 2).toString()).toBe('PK');
});

test('a moved page of the pack leads to its new address', async ({ page }) => {
  const problems = watch(page);
  await open(page, 'moodle/index.html');
  await expect(page).toHaveURL(/\/enseignants\/index\.html$/);
  await expect(page.locator('main h1')).toBeVisible();
  expect(problems).toEqual([]);
});

test('every page of the pack opens from file:// with no script error and no missing file', async ({ page }) => {
  test.setTimeout(240_000);
  const pages = Object.keys(
    unzipSync(readFileSync(join(dist, PACK_FILE)), { filter: (f) => f.name.endsWith('.html') }),
  ).map((name) => name.slice(PACK_FOLDER.length + 1));
  expect(pages.length).toBeGreaterThan(150);
  const problems = watch(page);
  for (const path of pages) {
    const before = problems.length;
    await open(page, path);
    // Scripts run deferred, after parsing: wait for them before the next page.
    await page.waitForLoadState('load');
    for (let i = before; i < problems.length; i++) problems[i] = `${path}: ${problems[i]}`;
  }
  expect(problems).toEqual([]);
});

test("Ctrl K, advertised on every page, opens the pack's own search from file://", async ({ page }) => {
  const problems = watch(page);
  await open(page, 'glossaire/overfitting/index.html');
  await page.keyboard.press('Control+k');
  await expect(page).toHaveURL(/\/recherche\/index\.html#rechercher$/);
  await expect(page.locator('#pack-search-input')).toBeFocused();
  await page.locator('#pack-search-input').fill('surapprentissage');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-pack-search-results] a[href*="overfitting"]').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('every demo runs from file://, TF.js bundled into the page', async ({ page }) => {
  test.setTimeout(180_000);
  const demos = Object.keys(
    unzipSync(readFileSync(join(dist, PACK_FILE)), { filter: (f) => /\/demos\/[^/]+\/index\.html$/.test(f.name) }),
  ).map((name) => name.slice(PACK_FOLDER.length + 1));
  expect(demos.length).toBe(11);
  const problems = watch(page);
  for (const path of demos) {
    await open(page, path);
    await page.locator('atlas-demo').first().scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () => JSON.parse(document.querySelector('atlas-demo')?.getAttribute('data-state') ?? '{}').ready === true,
      undefined,
      { timeout: 20_000 },
    );
    await page.evaluate(() =>
      (document.querySelector('atlas-demo') as unknown as { steps(n: number): Promise<void> }).steps(5),
    );
    const state = JSON.parse((await page.locator('atlas-demo').first().getAttribute('data-state'))!);
    expect(state.step, path).toBe(5);
  }
  // A demo folded under its formula on the cheat sheet starts when unfolded.
  await open(page, 'formules/index.html');
  const fold = page.locator('details.demo-fold').first();
  await fold.locator(':scope > summary').click();
  await fold.locator('atlas-demo').scrollIntoViewIfNeeded();
  await expect
    .poll(async () => JSON.parse((await fold.locator('atlas-demo').getAttribute('data-state')) ?? '{}').ready)
    .toBe(true);
  expect(problems).toEqual([]);
});

test('revision from file://: the cards run, progress survives a reload, the home page counts it', async ({ page }) => {
  const problems = watch(page);
  await open(page, 'reviser/index.html');
  await expect(page.locator('revision-app[data-ready]')).toBeAttached();
  // Chromium opens IndexedDB on file:// (one store for every file of the pack): no fallback notice.
  await expect(page.locator('[data-rv-notice]')).toBeHidden();
  await page.locator('button[data-start="formules"][data-mode="cards"]').click();
  // The first formula card asks for the formula by its name; the answer is KaTeX.
  await expect(page.locator('[data-rv-front]')).not.toBeEmpty();
  await page.keyboard.press('Space');
  await expect(page.locator('[data-rv-back] .katex').first()).toBeVisible();
  await page.keyboard.press('1');
  // The grade is written before the next card shows: reload only then (else the write can be cut short).
  await expect(page.locator('[data-rv-count]')).toContainText('Carte 2');
  await page.reload();
  await expect(page.locator('revision-app[data-ready]')).toBeAttached();
  await expect(page.locator('[data-stat="learning"]')).toHaveText('1');
  await expect(page.locator('tr[data-deck="today"] [data-due]')).toHaveText('1');
  await open(page, 'index.html');
  await expect(page.locator('due-count a')).toHaveText('1 carte à revoir');
  await page.locator('due-count a').click();
  await expect(page).toHaveURL(/\/reviser\/index\.html$/);
  expect(problems).toEqual([]);
});
