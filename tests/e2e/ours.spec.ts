/**
 * The site's own explanations carry one mark (src/components/content/Ours.astro),
 * and that mark leads to the footer's legend, which says what is the seeds' and what is ours.
 */
import { expect, test } from '@playwright/test';

test('the footer tells facts (from the seeds) from the site’s explanations, and every mark links to it', async ({
  page,
}) => {
  await page.goto('/glossaire/overfitting/');
  const legend = page.locator('#explications-du-site');
  await expect(legend).toContainText('Ces explications ne sont pas tirées des documents');
  await expect(page.locator('footer')).toContainText('Tous les faits publiés ici');
  const marks = page.locator('main [data-ours]');
  expect(await marks.count()).toBeGreaterThanOrEqual(2);
  for (const badge of await page.locator('main .ours-badge').all()) {
    await expect(badge).toHaveText('Explication du site');
    await expect(badge).toHaveAttribute('href', '#explications-du-site');
  }
  // The mark is not part of the page's searchable text.
  await expect(page.locator('main .ours-badge').first()).toHaveAttribute('data-pagefind-ignore', '');
});

test('symbol explanations on the cheat sheet and a course’s topics are marked as the site’s', async ({ page }) => {
  await page.goto('/formules/');
  await expect(page.locator('.symbols [data-ours]').first()).toBeAttached();
  expect(await page.locator('.symbols [data-ours]').count()).toBe(await page.locator('.symbols').count());
  await page.goto('/cours/deep-learning-mix/');
  await expect(page.locator('[data-ours]:has(.tag-list)')).toBeVisible();
});

test('a term page lists the courses whose text names the term, ranked, as the site’s derivation', async ({ page }) => {
  await page.goto('/glossaire/pca/');
  const list = page.locator('#cours-lies ~ [data-ours] li');
  expect(await list.count()).toBeGreaterThan(0);
  const counts = await list.evaluateAll((items) =>
    items.map((li) => Number(/(\d+) mentions?\)/.exec(li.textContent ?? '')?.[1] ?? 0)),
  );
  expect(counts.every((n) => n > 0)).toBe(true);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  // No course text says "overfitting" or "surapprentissage": no list, rather than every course of the topic.
  await page.goto('/glossaire/overfitting/');
  await expect(page.locator('#cours-lies')).toHaveCount(0);
});
