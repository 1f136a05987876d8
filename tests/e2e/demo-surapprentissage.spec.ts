import { expect, test } from '@playwright/test';
import { axe } from '../support/axe';
import {
  demoState,
  expectDisposal,
  expectNoLeak,
  openDemo,
  playReduced,
  reopenLink,
  runSteps,
  watchProblems,
} from '../support/demo-page';

const path = '/demos/surapprentissage/';

test('overfitting: no tensor leak over 1,000 steps; the validation error falls, then rises after the early-stopping marker', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page, baseURL!);
  await openDemo(page, path);
  const start = await demoState(page);
  expect(start.state).toEqual({ degree: 15, lambda: 0, seed: 1 });
  // The validation curve of the page's defaults: best at a low degree, far worse at 15.
  expect(start.bestDegree).toBeLessThanOrEqual(8);
  expect(start.curveVal).toBeGreaterThan(10 * start.bestVal);
  const end = await expectNoLeak(page);
  expect(end.stopStep).toBeGreaterThan(5);
  expect(end.stopStep).toBeLessThan(100);
  expect(end.valError).toBeGreaterThan(1.5 * end.stopError);
  await expect(page.locator('[data-role="summary"]')).toContainText(`au pas ${end.stopStep} (arrêt précoce)`);
  await expect(page.locator('[data-role="summary"]')).not.toContainText('NaN');
  await expectDisposal(page);
  expect(problems).toEqual([]);
});

test('overfitting: λ and the degree by keyboard, the URL keeps the state, bad values are clamped', async ({
  page,
  baseURL,
}) => {
  const problems = watchProblems(page, baseURL!);
  await openDemo(page, `${path}#degree=99&lambda=abc&seed=0`);
  let s = await demoState(page);
  expect(s.state).toEqual({ degree: 15, lambda: 0, seed: 1 });
  await expect(page.locator('[data-role="notes"]')).toBeVisible();
  const free = s.curveVal;
  // λ = 0.01 at degree 15: the validation error of the ridge solution drops.
  await page.locator('[data-role="lambda"]').selectOption('0.01');
  await expect.poll(async () => (await demoState(page)).state.lambda).toBe(0.01);
  s = await demoState(page);
  expect(s.curveVal).toBeLessThan(free / 10);
  expect(page.url()).toContain('lambda=0.01');
  // The degree slider, by keyboard.
  await page.locator('[data-role="degree"]').focus();
  await page.keyboard.press('Home');
  await expect.poll(async () => (await demoState(page)).state.degree).toBe(0);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await demoState(page)).state.degree).toBe(1);
  await expect(page.locator('[data-role="degree-value"]')).toHaveText('1');
  await page.locator('[data-role="step"]').click();
  await expect.poll(async () => (await demoState(page)).step).toBe(1);
  await expect(page.locator('[data-role="summary"]')).toContainText('Pas 1 : polynôme de degré 1, λ = 0,01');
  expect(problems).toEqual([]);
});

test('overfitting: a shared link reproduces the run', async ({ page }) => {
  await openDemo(page, `${path}#degree=9&lambda=0.001&seed=4`);
  await runSteps(page, 60);
  const before = await demoState(page);
  const { link, state } = await reopenLink(page);
  expect(link).toContain('k=60');
  expect(state.step).toBe(60);
  expect(state.valError).toBe(before.valError);
  expect(state.stopStep).toBe(before.stopStep);
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('overfitting: play computes the whole run at once, far past the validation minimum', async ({ page }) => {
    test.setTimeout(120_000);
    const s = await playReduced(page, path);
    expect(s.step).toBe(10_000);
    expect(s.valError).toBeGreaterThan(3 * s.stopError);
  });
});

test('overfitting: the running demo is accessible in both themes', async ({ page }) => {
  test.setTimeout(120_000);
  await openDemo(page, path);
  await runSteps(page, 50);
  expect(await axe(page)).toEqual([]);
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  expect(await axe(page, true)).toEqual([]);
});
