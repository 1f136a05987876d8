import { expect, test, type Page } from '@playwright/test';

const path = '/demos/ridge-lasso/';
const state = async (page: Page) => JSON.parse((await page.locator('atlas-demo').first().getAttribute('data-state'))!);
async function open(page: Page, hash = '') {
  await page.goto(path + hash);
  await page.locator('atlas-demo').scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () => JSON.parse(document.querySelector('atlas-demo')?.getAttribute('data-state') ?? '{}').ready === true,
  );
}
const runSteps = (page: Page, n: number) =>
  page.evaluate(
    (k) => (document.querySelector('atlas-demo') as unknown as { steps(n: number): Promise<void> }).steps(k),
    n,
  );

test('ridge and lasso reach their solutions, without leaking tensors', async ({ page }) => {
  await open(page);
  await runSteps(page, 10);
  const after10 = await state(page);
  await runSteps(page, 990);
  const after1000 = await state(page);
  expect(after1000.step).toBe(1000);
  expect(after1000.numTensors).toBe(after10.numTensors);
  expect(after1000.ridgeGap).toBeLessThan(1e-3);
  expect(after1000.lassoGap).toBeLessThan(1e-3);
});

test('λ from the keyboard shrinks ridge and zeroes lasso coefficients', async ({ page }) => {
  await open(page, '#lambda=0');
  const ols = (await state(page)).ols;
  const slider = page.locator('[data-role="lambda"]');
  await slider.focus();
  await page.keyboard.press('End');
  await expect.poll(async () => (await state(page)).state.lambda).toBe(80);
  const s = await state(page);
  expect(Math.hypot(...s.ridgeStar)).toBeLessThan(Math.hypot(...ols));
  expect(s.lassoStar.filter((v: number) => v === 0).length).toBeGreaterThan(0);
  await expect(page.locator('[data-role="summary"]')).toContainText('exactement nul');
  expect(page.url()).toContain('lambda=80');
});

test('bad λ in the URL is clamped', async ({ page }) => {
  await open(page, '#lambda=-3&seed=abc');
  const s = await state(page);
  expect(s.state.lambda).toBe(0);
  expect(s.state.seed).toBe(1);
});
