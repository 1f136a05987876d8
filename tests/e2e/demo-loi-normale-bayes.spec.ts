import { expect, test } from '@playwright/test';
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

const path = '/demos/loi-normale-bayes/';

test('samples fill the histogram: observed band frequencies approach 68.3 / 95.4 / 99.7 %', async ({
  page,
  baseURL,
}) => {
  const problems = watchProblems(page, baseURL!);
  await openDemo(page, `${path}#mu=1.5&sigma=0.6`);
  let s = await demoState(page);
  expect(s.draws).toBe(0);
  expect(s.within).toBeNull();
  expect(s.theory[0]).toBeCloseTo(0.6827, 4);
  expect(s.peak).toBeCloseTo(1 / (0.6 * Math.sqrt(2 * Math.PI)), 6);
  await runSteps(page, 80);
  s = await demoState(page);
  expect(s.draws).toBe(20_000);
  s.within.forEach((w: number, i: number) => expect(Math.abs(w - s.theory[i])).toBeLessThan(0.015));
  expect(s.mean).toBeCloseTo(1.5, 1);
  expect(s.sd).toBeCloseTo(0.6, 1);
  await expect(page.locator('[data-role="bands"] tr')).toHaveCount(3);
  await expect(page.locator('[data-role="summary"]')).toContainText('20 000 tirages');
  expect(problems).toEqual([]);
});

test('no tensor leaks after 1,000 steps, and everything is disposed on removal', async ({ page }) => {
  // 1,000 steps on a shared CI machine: a generous limit (speed is measured by npm run bench:demos, not here).
  test.setTimeout(120_000);
  await openDemo(page, path);
  const s = await expectNoLeak(page);
  expect(s.draws).toBe(250_000);
  await page.goto('about:blank');
  await openDemo(page, path);
  await expectDisposal(page);
});

test('keyboard: μ and σ sliders restart the sampling and go into the URL', async ({ page }) => {
  await openDemo(page, path);
  await runSteps(page, 4);
  await page.locator('[data-role="mu"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await demoState(page)).state.mu).toBe(0.1);
  expect((await demoState(page)).draws).toBe(0);
  await page.locator('[data-role="sigma"]').focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await demoState(page)).state.sigma).toBe(0.95);
  expect(page.url()).toContain('mu=0.1');
  expect(page.url()).toContain('sigma=0.95');
  await page.locator('[data-role="step"]').focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await demoState(page)).draws).toBe(250);
});

test('Bayes: the posterior follows the inputs, and P(+) = 0 says "non définie", never NaN', async ({ page }) => {
  await openDemo(page, path);
  let s = await demoState(page);
  // Defaults: 1 % prevalence, 90 % sensitivity, 91 % specificity.
  expect(s.posterior).toBeCloseTo(0.009 / (0.009 + 0.99 * 0.09), 10);
  expect(s.tree).toEqual([
    expect.closeTo(10, 9),
    expect.closeTo(990, 9),
    expect.closeTo(9, 9),
    expect.closeTo(1, 9),
    expect.closeTo(89.1, 9),
    expect.closeTo(900.9, 9),
  ]);
  await expect(page.locator('[data-role="posterior"]')).toContainText(/9,17\s%/);
  await page.locator('[data-role="prev"]').fill('20');
  await page.locator('[data-role="prev"]').press('Enter');
  await expect.poll(async () => (await demoState(page)).posterior).toBeCloseTo(0.18 / (0.18 + 0.8 * 0.09), 10);
  expect(page.url()).toContain('prev=20');
  await page.locator('[data-role="pop"]').selectOption('10000');
  await expect.poll(async () => (await demoState(page)).tree[0]).toBeCloseTo(2000, 6);
  await page.locator('[data-role="prev"]').fill('0');
  await page.locator('[data-role="prev"]').press('Enter');
  await page.locator('[data-role="spec"]').fill('100');
  await page.locator('[data-role="spec"]').press('Enter');
  await expect.poll(async () => (await demoState(page)).posterior).toBeNull();
  s = await demoState(page);
  expect(s.diverged).toBe(false);
  await expect(page.locator('[data-role="posterior"]')).toContainText('n’est pas définie');
  await expect(page.locator('[data-role="summary"]')).not.toContainText('NaN');
  // Typed values beyond the range are clamped.
  await page.locator('[data-role="sens"]').fill('250');
  await page.locator('[data-role="sens"]').press('Enter');
  await expect.poll(async () => (await demoState(page)).state.sens).toBe(100);
  await expect(page.locator('[data-role="sens"]')).toHaveValue('100');
});

test('bad URL values are clamped, and the link reproduces the draws', async ({ page, baseURL }) => {
  const problems = watchProblems(page, baseURL!);
  await openDemo(page, `${path}#mu=-40&sigma=0&seed=0&prev=150&sens=-3&spec=abc&pop=7`);
  let s = await demoState(page);
  expect(s.state).toEqual({ mu: -3, sigma: 0.3, seed: 1, prev: 100, sens: 0, spec: 91, pop: '1000' });
  await expect(page.locator('[data-role="notes"]')).toBeVisible();
  await page.goto('about:blank');
  await openDemo(page, `${path}#seed=42`);
  await runSteps(page, 7);
  s = await demoState(page);
  const { link, state } = await reopenLink(page);
  expect(link).toContain('k=7');
  expect(state.draws).toBe(1750);
  expect(state.mean).toBe(s.mean);
  expect(state.within).toEqual(s.within);
  expect(problems).toEqual([]);
});

test('under prefers-reduced-motion, play shows every draw at once', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const s = await playReduced(await context.newPage(), path);
  expect(s.step).toBe(1000);
  expect(s.draws).toBe(250_000);
  await context.close();
});
