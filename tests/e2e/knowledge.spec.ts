// Connected knowledge: term previews, backlinks, equation references, explorer, comparison, copy links.
import { expect, test } from '@playwright/test';
import { readContent } from '../../src/lib/content-files.ts';

const courses = readContent('content').filter((f) => f.collection === 'courses') as {
  id: string;
  data: { programme: string; topics?: string[]; ects?: number };
}[];

test.describe('term previews', () => {
  test('open on keyboard focus and close on Escape', async ({ page }) => {
    await page.goto('/faq/');
    const link = page.locator('#loss-nan').locator('xpath=..').locator('a.term-ref').first();
    await expect(link).toBeVisible();
    const card = link.locator('xpath=following-sibling::span[@role="tooltip"]');
    await expect(card).toBeHidden();
    await link.focus();
    await expect(card).toBeVisible();
    const describedBy = await link.getAttribute('aria-describedby');
    await expect(card).toHaveAttribute('id', describedBy!);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(link).toBeFocused();
  });

  test('open on hover, with the definition and the formula rendered by KaTeX', async ({ page }) => {
    await page.goto('/faq/');
    const link = page.locator('a.term-ref[data-term="f1-score"]').first();
    await link.hover();
    const card = link.locator('xpath=following-sibling::span[@role="tooltip"]');
    await expect(card).toBeVisible();
    await expect(card).toContainText('Moyenne harmonique de Precision et Recall');
    await expect(card.locator('.katex')).toHaveCount(1);
  });

  test('open on a first tap, follow the link on the second', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    // Until the previews' script has arrived, a tap follows the link, as it does without JavaScript.
    await page.goto('/faq/', { waitUntil: 'networkidle' });
    const link = page.locator('a.term-ref').first();
    const href = await link.getAttribute('href');
    await link.tap();
    await expect(link.locator('xpath=following-sibling::span[@role="tooltip"]')).toBeVisible();
    await expect(page).toHaveURL(/\/faq\/$/);
    await link.tap();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await context.close();
  });

  test('a page with terms works with JavaScript disabled: links lead to the terms', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/faq/');
    const link = page.locator('a.term-ref').first();
    const href = await link.getAttribute('href');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator('h1')).toBeVisible();
    await context.close();
  });

  test('equation references read "éq. (n.m)" and lead to the formula', async ({ page }) => {
    await page.goto('/faq/');
    const eq = page.locator('a.eq-ref').first();
    await expect(eq).toHaveText(/^éq\. \(\d+\.\d+\)$/);
    await eq.click();
    await expect(page).toHaveURL(/\/formules\/#[a-z0-9-]+$/);
  });
});

test('term pages list "Cité dans" and the courses of the same topics', async ({ page }) => {
  await page.goto('/glossaire/sgd/');
  const cited = page.locator('section.cited-by');
  await expect(cited).toContainText('Advanced optimization');
  await expect(page.locator('#cours-lies')).toBeVisible();
});

test('course pages list "Cité dans" and related formulas', async ({ page }) => {
  await page.goto('/cours/deep-learning-mix/');
  await expect(page.locator('section.cited-by')).toContainText('Master Mathématiques et applications');
  await expect(page.locator('#formules-termes')).toBeVisible();
});

test.describe('course explorer', () => {
  test('filters give the counts the collections give, and the state lives in the URL', async ({ page }) => {
    await page.goto('/cours/');
    const count = page.locator('[data-count]');
    await expect(count).toHaveText(String(courses.length));
    await page.selectOption('#f-programme', 'master-mix');
    await expect(count).toHaveText(String(courses.filter((c) => c.data.programme === 'master-mix').length));
    await expect(page).toHaveURL(/\?programme=master-mix$/);
    await page.selectOption('#f-sujet', 'deep-learning');
    const expected = courses.filter(
      (c) => c.data.programme === 'master-mix' && c.data.topics?.includes('deep-learning'),
    ).length;
    await expect(count).toHaveText(String(expected));
    await expect(page.locator('tbody tr:not([hidden])')).toHaveCount(expected);
    await page.goBack();
    await expect(count).toHaveText(String(courses.filter((c) => c.data.programme === 'master-mix').length));
    await expect(page.locator('#f-sujet')).toHaveValue('');
  });

  test('a shared URL opens with its filters applied; ECTS range and sort by hours work', async ({ page }) => {
    await page.goto('/cours/?ectsMin=4&ectsMax=6&tri=-heures');
    const expected = courses.filter((c) => c.data.ects !== undefined && c.data.ects >= 4 && c.data.ects <= 6).length;
    await expect(page.locator('[data-count]')).toHaveText(String(expected));
    const hours = await page
      .locator('tbody tr:not([hidden])')
      .evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.hours || -1)));
    const known = hours.filter((h) => h >= 0);
    expect(known).toEqual([...known].sort((a, b) => b - a));
  });

  test('the full list is there without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/cours/');
    await expect(page.locator('tbody tr')).toHaveCount(courses.length);
    await expect(page.locator('tbody tr:visible')).toHaveCount(courses.length);
    await context.close();
  });
});

test('programme comparison: facts side by side and a topic matrix linking to courses', async ({ page }) => {
  await page.goto('/programmes/comparer/');
  // Four columns chosen by default (of eight: M2 IM's options are columns of their own).
  await expect(page.locator('table.compare').first().locator('thead th:visible')).toHaveCount(4);
  const dl = page.locator('table.matrix tbody tr').filter({ hasText: 'Deep learning' });
  // Each cell lists the matching courses (derived coverage), linked to their pages.
  await expect(dl.locator('a[href*="/cours/"]').first()).toHaveAttribute('href', /\/cours\//);
});

test('copy-link controls copy the anchored URL', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/faq/');
  await page.locator('#loss-nan a.copy-link').click();
  await expect(page.locator('#copy-status')).toHaveText('Lien copié');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/faq/#loss-nan`);
  await page.goto('/programmes/master-mix/');
  await expect(page.locator('h2 a.copy-link').first()).toHaveAttribute('aria-label', /^Copier le lien vers « /);
  await context.close();
});
