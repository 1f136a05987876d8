/**
 * The course explorer (/cours/): its text filter reads a query as search does
 * (src/lib/search-query.ts), a URL value no control can show is dropped with a
 * notice, and on a phone each course is a card.
 */
import { expect, type Page, test } from '@playwright/test';

const shown = (page: Page) =>
  page.locator('tbody tr:not([hidden]) th a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

async function filterBy(page: Page, text: string) {
  await page.fill('#f-q', text);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, '\\+')}`));
  return shown(page);
}

test.describe('course explorer text filter', () => {
  test('ignores accents and case, and finds courses by their description', async ({ page }) => {
    await page.goto('/cours/');
    const plain = await filterBy(page, 'reseaux de neurones');
    expect(plain.length).toBeGreaterThan(0);
    expect(plain).toContain('/cours/deep-learning-mix/');
    expect(await filterBy(page, 'RÉSEAUX DE NEURONES')).toEqual(plain);
  });

  test('tolerates a typo of one letter in a long word', async ({ page }) => {
    await page.goto('/cours/');
    const right = await filterBy(page, 'apprentissage');
    expect(right.length).toBeGreaterThan(3);
    expect(await filterBy(page, 'apprentisage')).toEqual(right);
    expect(await filterBy(page, 'aprentissage')).toEqual(right);
  });

  test('finds a course by a glossary term it covers, in French', async ({ page }) => {
    await page.goto('/cours/?q=surapprentissage');
    expect((await shown(page)).length).toBeGreaterThan(0);
    await expect(page.locator('#f-q')).toHaveValue('surapprentissage');
  });

  test('a word no course has shows none', async ({ page }) => {
    await page.goto('/cours/?q=kangourou');
    await expect(page.locator('[data-count]')).toHaveText('0');
  });
});

test.describe('course explorer URL', () => {
  test('a value no control can show is dropped, with a notice, and leaves the URL', async ({ page }) => {
    await page.goto('/cours/?sujet=kangourou&langue=fr');
    const notice = page.locator('[data-dropped]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Thème : « kangourou »');
    await expect(page.locator('#f-langue')).toHaveValue('fr');
    await expect(page).toHaveURL(/\/cours\/\?langue=fr$/);
    // Changing a filter clears the notice.
    await page.selectOption('#f-langue', '');
    await expect(notice).toBeHidden();
  });

  test('an option of another programme and a non-number are dropped too', async ({ page }) => {
    await page.goto('/cours/?programme=master-mix&groupe=m2-im:option-mds&ectsMin=beaucoup');
    const notice = page.locator('[data-dropped]');
    await expect(notice).toContainText('« m2-im:option-mds »');
    await expect(notice).toContainText('ECTS (de) : « beaucoup »');
    await expect(page.locator('#f-programme')).toHaveValue('master-mix');
    await expect(page.locator('#f-groupe')).toHaveValue('');
  });

  test('valid values are shown in their controls, and no notice appears', async ({ page }) => {
    await page.goto('/cours/?programme=master-mix&sujet=deep-learning');
    await expect(page.locator('#f-programme')).toHaveValue('master-mix');
    await expect(page.locator('#f-sujet')).toHaveValue('deep-learning');
    await expect(page.locator('[data-dropped]')).toBeHidden();
  });

  test('the topic and the colour theme of an embed are two parameters; an old ?theme=<topic> link still works', async ({
    page,
  }) => {
    await page.goto('/cours/?embed=1&theme=dark&sujet=deep-learning');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('#f-sujet')).toHaveValue('deep-learning');
    await expect(page.locator('[data-dropped]')).toBeHidden();
    // A link written before the topic had its own name.
    await page.goto('/cours/?theme=deep-learning');
    await expect(page.locator('#f-sujet')).toHaveValue('deep-learning');
    await page.selectOption('#f-langue', 'fr');
    await expect(page).toHaveURL(/\/cours\/\?sujet=deep-learning&langue=fr$/);
  });
});

test.describe('course explorer on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true });

  test('each course is a card, the page does not scroll sideways', async ({ page }) => {
    await page.goto('/cours/');
    const row = page.locator('tbody tr').first();
    expect(await row.evaluate((r) => getComputedStyle(r).display)).toBe('block');
    const label = await row
      .locator('td')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe('"Programme"');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('a URL with filters opens the folded filters, so that they show', async ({ page }) => {
    await page.goto('/cours/?programme=master-mix');
    await expect(page.locator('#f-programme')).toBeVisible();
    await expect(page.locator('#f-programme')).toHaveValue('master-mix');
  });
});
