// /reviser/ once the site is installed: the page and its cards come from the service
// worker, and the progress made online is there after an offline reload.
import { expect, test } from '@playwright/test';

// Service workers are blocked for the other browser tests (playwright.config.ts); this one needs them.
test.use({ serviceWorkers: 'allow' });

test('revision offline: the page, its cards and the progress survive an offline reload', async ({ page, context }) => {
  // The first visit stores every file before the site is ready offline.
  test.setTimeout(90_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto('/reviser/');
  await expect(page.locator('[data-offline-ready]')).toBeVisible({ timeout: 60_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect(page.locator('revision-app[data-ready]')).toBeAttached();
  await page.locator('button[data-start="glossaire"][data-mode="cards"]').click();
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(page.locator('[data-rv-count]')).toContainText('Carte 2');

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.locator('revision-app[data-ready]')).toBeAttached();
  await expect(page.locator('[data-stat="learning"]')).toHaveText('1');
  // The cards work offline: a multiple choice, answered.
  await page.locator('button[data-start="faq"][data-mode="mcq"]').click();
  await page.keyboard.press('1');
  await expect(page.locator('.rv-choice[data-result="right"]')).toBeVisible();
  // The home page counts the cards due, offline too.
  await page.goto('/');
  await expect(page.locator('due-count a')).toHaveText('2 cartes à revoir');
  expect(problems).toEqual([]);
});
