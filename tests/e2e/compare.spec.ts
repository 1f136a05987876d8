/**
 * The programme comparison (choice of 2–4 columns kept in the URL, M2 IM options as columns,
 * a table that scrolls with the page, the topic matrix derived from the seeds' words) and
 * the totals of programme pages, readable without opening anything.
 */
import { expect, test } from '@playwright/test';

const visibleColumns = (page: import('@playwright/test').Page) =>
  page
    .locator('table.compare:not(.matrix) thead th[data-col]:visible')
    .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.col));

test.describe('comparison', () => {
  test('M2 IM options are columns; four columns by default, chosen ones from the URL', async ({ page }) => {
    await page.goto('/programmes/comparer/');
    await expect(page.locator('input[name="p"]')).toHaveCount(8);
    expect(await visibleColumns(page)).toEqual([
      'm2-statistique-learning',
      'm2-im.option-mds',
      'master-mix',
      'mastere-specialise-ia',
    ]);
    await page.goto('/programmes/comparer/?p=m2-im.option-inum&p=master-mix&p=nope');
    expect(await visibleColumns(page)).toEqual(['m2-im.option-inum', 'master-mix']);
    await expect(page.getByRole('checkbox', { name: 'M2 IM · INUM' })).toBeChecked();
    // Two columns: neither can be unticked; a third can be added, and the URL follows.
    await expect(page.getByRole('checkbox', { name: 'MIX' })).toBeDisabled();
    await page.getByRole('checkbox', { name: 'MS IA' }).check();
    await expect(page).toHaveURL(/\?p=m2-im\.option-inum&p=master-mix&p=mastere-specialise-ia$/);
    expect(await visibleColumns(page)).toEqual(['m2-im.option-inum', 'master-mix', 'mastere-specialise-ia']);
    await page.getByRole('checkbox', { name: 'M2 IM · MDS' }).check();
    await expect(page.getByRole('checkbox', { name: 'M2 IM · MMV' })).toBeDisabled();
    await expect(page.getByRole('status')).toHaveText(/4 programmes/);
    await page.reload();
    expect(await visibleColumns(page)).toHaveLength(4);
  });

  test('coverage lists the matching courses and modules: Mastère IA covers deep learning and reinforcement learning', async ({
    page,
  }) => {
    await page.goto('/programmes/comparer/?p=mastere-specialise-ia&p=master-mix');
    const cell = (topic: string) => page.locator(`tr[data-topic="${topic}"] td[data-col="mastere-specialise-ia"]`);
    await expect(cell('deep-learning')).toContainText('Apprentissage profond/Deep Learning');
    await expect(cell('apprentissage-par-renforcement')).toContainText('Apprentissage en ligne et par renforcement');
    await expect(cell('apprentissage-par-renforcement')).not.toContainText('aucun');
    await expect(cell('nlp').getByRole('link', { name: 'Natural Language Processing' })).toBeVisible();
    await expect(page.locator('tr[data-topic="deep-learning"] td[data-col="master-mix"]').getByRole('link')).toHaveText(
      ['Deep learning'],
    );
    // Marked as the site's own analysis.
    await expect(page.locator('#themes .ours-badge')).toBeVisible();
  });

  test('on a desktop the table scrolls with the page and its corner stays put', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto('/programmes/comparer/');
    const wrap = page.locator('.compare-wrap').first();
    expect(await wrap.evaluate((el) => getComputedStyle(el).overflowX + getComputedStyle(el).overflowY)).toBe(
      'visiblevisible',
    );
    const corner = page.locator('.matrix thead .compare-corner');
    await page.locator('tr[data-topic="robotique"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 200));
    const header = (await page.locator('.site-header').boundingBox())!;
    await expect
      .poll(async () => Math.round((await corner.boundingBox())!.y))
      .toBe(Math.round(header.y + header.height));
  });

  test('a phone starts from two programmes, hidden from the first paint, and the URL stays clean', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // Before the picker's script runs (here: never, its element is not defined), the two extra
    // columns are already out of the table.
    const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
    const early = await context.newPage();
    await early.addInitScript(() => {
      const define = customElements.define.bind(customElements);
      customElements.define = (name, ...rest) => (name === 'compare-picker' ? undefined : define(name, ...rest));
    });
    await early.goto('/programmes/comparer/');
    expect(await visibleColumns(early)).toEqual(['m2-statistique-learning', 'm2-im.option-mds']);
    await context.close();
    await page.goto('/programmes/comparer/');
    await expect(page.getByRole('status')).toHaveText(/2 programmes/);
    expect(await visibleColumns(page)).toEqual(['m2-statistique-learning', 'm2-im.option-mds']);
    await expect(page.getByRole('checkbox', { name: 'MIX' })).not.toBeChecked();
    await expect(page).toHaveURL(/\/programmes\/comparer\/$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Ticking a third shows it (the phone's first rule no longer applies) and writes the URL.
    await page.getByRole('checkbox', { name: 'MIX' }).check();
    expect(await visibleColumns(page)).toEqual(['m2-statistique-learning', 'm2-im.option-mds', 'master-mix']);
    await expect(page).toHaveURL(/\?p=m2-statistique-learning&p=m2-im\.option-mds&p=master-mix$/);
  });

  test('on a 390 px phone two programmes fit side by side', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/programmes/comparer/?p=m2-statistique-learning&p=mastere-specialise-ia');
    for (const table of await page.locator('table.compare').all()) {
      const box = (await table.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Every checkbox the same size, including the one beside a name that wraps.
    const widths = await page
      .locator('.compare-picker input[type="checkbox"]')
      .evaluateAll((boxes) => boxes.map((b) => Math.round(b.getBoundingClientRect().width)));
    expect(widths.length).toBeGreaterThan(4);
    expect(new Set(widths).size).toBe(1);
  });
});

test.describe('programme totals', () => {
  test('each part shows its ECTS and hours while closed; partial totals say so', async ({ page }) => {
    await page.goto('/programmes/m2-im/');
    const mds = page.locator('#option-mds');
    await expect(mds).not.toHaveAttribute('open');
    await expect(mds.locator('summary .tree-total').first()).toHaveText('21 ECTS');
    await expect(mds.locator('summary .tree-total').first()).toBeVisible();
    await page.goto('/programmes/mastere-specialise-ia/');
    const p3 = page.locator('#p3 summary');
    await expect(p3.locator('.tree-total').first()).toHaveText(/ECTS \(partiel\)$/);
    await expect(page.locator('#p1 summary .tree-total').first()).toHaveText('10,5 ECTS');
    await expect(page.locator('.tree-legend')).toContainText('partiel');
  });

  test('key facts: the known ones first, the unknown ones in one quiet line', async ({ page }) => {
    await page.goto('/programmes/m2-im/');
    const facts = page.locator('dl.facts');
    await expect(facts).not.toContainText('non précisé');
    const line = page.locator('.missing-line');
    await expect(line).toHaveCount(1);
    await expect(line).toContainText(/^Non précisé dans la source\s: .*ville/);
  });
});
