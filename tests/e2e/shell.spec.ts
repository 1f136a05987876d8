import { expect, test } from '@playwright/test';

test.describe('site shell', () => {
  test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
    await page.goto('/glossaire/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#contenu-principal$/);
    await expect(page.locator('main')).toBeFocused();
  });

  test('search is reachable by keyboard and opens the search dialog', async ({ page }) => {
    await page.goto('/');
    const search = page.locator('search-launcher a');
    for (let i = 0; i < 20 && !(await search.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(search).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.locator('pagefind-modal dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('input')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('Ctrl+K and "/" open the search', async ({ page }) => {
    await page.goto('/formules/');
    await page.keyboard.press('Control+k');
    const dialog = page.locator('pagefind-modal dialog');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('/');
    await expect(dialog).toBeVisible();
  });

  test('search returns a result for a word of the site, in French and accent-free', async ({ page }) => {
    await page.goto('/');
    await page.locator('search-launcher a').click();
    const input = page.locator('pagefind-modal dialog input');
    await input.fill('surapprentissage');
    await expect(page.locator('pagefind-modal a[href*="/glossaire/overfitting/"]').first()).toBeVisible();
    await input.fill('regression logistique');
    await expect(page.locator('pagefind-modal a[href*="/formules/"]').first()).toBeVisible();
  });

  test('/recherche/?q= runs the query from the URL', async ({ page }) => {
    await page.goto('/recherche/?q=BGDIA704');
    await expect(page.locator('pagefind-results a[href*="/cours/machine-learning-avance/"]').first()).toBeVisible();
  });

  test('the theme toggle is remembered across pages', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    const toggle = page.locator('theme-toggle button');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.goto('/glossaire/overfitting/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(20, 23, 28)');
    await context.close();
  });

  test('the theme follows the system when nothing was chosen', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/faq/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await context.close();
  });

  test('long pages have a table of contents whose links land on headings', async ({ page }) => {
    await page.goto('/programmes/master-mix/');
    const toc = page.locator('nav.toc');
    await expect(toc).toBeVisible();
    const links = toc.locator('a');
    expect(await links.count()).toBeGreaterThan(3);
    const href = await links.nth(1).getAttribute('href');
    await expect(page.locator(href!)).toHaveCount(1);
  });

  test('works at 320 px without horizontal scrolling', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of [
      '/',
      '/programmes/m2-im/',
      '/programmes/comparer/',
      '/formules/',
      '/outils/',
      '/cours/',
      '/glossaire/',
      '/carrieres/',
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});

test.describe('search experience', () => {
  test('empty state suggests queries; a suggestion runs in place; no result points to the glossary and the explorer', async ({
    page,
  }) => {
    await page.goto('/glossaire/');
    await page.keyboard.press('Control+k');
    const dialog = page.locator('pagefind-modal dialog');
    const help = dialog.locator('[data-search-help]');
    await expect(help.locator('.search-help-empty')).toBeVisible();
    await help.locator('a[data-suggestion="softmax"]').click();
    await expect(dialog.locator('pagefind-results a').first()).toBeVisible();
    await expect(help).toHaveAttribute('data-state', 'results');
    await dialog.locator('input').first().fill('kangourou');
    await expect(help.locator('.search-help-none')).toBeVisible();
    await expect(help.locator('.search-help-none a[href="/glossaire/"]')).toBeVisible();
    await expect(help.locator('.search-help-none a[href="/cours/"]')).toBeVisible();
  });

  test('a result lands on its section and highlights the words there', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    const dialog = page.locator('pagefind-modal dialog');
    await dialog.locator('input').first().fill('clipping');
    const result = dialog.locator('pagefind-results a[href*="/faq/"]').first();
    await expect(result).toBeVisible();
    await result.click();
    await expect(page).toHaveURL(/\/faq\/\?pagefind-highlight=.*#/);
    await expect(page.locator('main mark[data-markjs]').first()).toBeVisible();
  });

  test('filters by type come with counts and narrow the results', async ({ page }) => {
    await page.goto('/recherche/?q=gradient');
    const results = page.locator('pagefind-results');
    await expect(results.locator('a').first()).toBeVisible();
    const typeFilter = page.locator('pagefind-filter-dropdown[filter="type"]');
    await typeFilter.locator('button').first().click();
    const option = typeFilter.locator('[role="option"]', { hasText: 'Glossaire' }).first();
    await expect(option).toContainText(/\d/);
    await option.click();
    await page.keyboard.press('Escape');
    // The results are drawn again after the filter changes: wait until only glossary pages are left.
    const paths = () =>
      results.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    await expect
      .poll(async () => {
        const hrefs = await paths();
        return hrefs.length > 0 && hrefs.every((h) => h.startsWith('/glossaire/'));
      })
      .toBe(true);
    for (const h of await paths()) expect(h).toMatch(/^\/glossaire\//);
  });
});
