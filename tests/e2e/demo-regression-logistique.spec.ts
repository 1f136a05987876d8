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

const path = '/demos/regression-logistique/';

test('gradient descent reaches Newton’s optimum; no tensor leaks after 1,000 steps', async ({ page, baseURL }) => {
  // 1,000 steps on a shared CI machine: a generous limit (speed is measured by npm run bench:demos, not here).
  test.setTimeout(120_000);
  const problems = watchProblems(page, baseURL!);
  await openDemo(page, path);
  const s = await expectNoLeak(page);
  expect(s.distance).toBeLessThan(1e-3);
  expect(s.optimum).not.toBeNull();
  expect(problems).toEqual([]);
});

test('everything is disposed on removal', async ({ page }) => {
  await openDemo(page, path);
  await expectDisposal(page);
});

test('the threshold drives the confusion matrix and the four metrics', async ({ page }) => {
  await openDemo(page, path);
  await runSteps(page, 300);
  let s = await demoState(page);
  const total = s.tp + s.fp + s.fn + s.tn;
  expect(total).toBe(32);
  expect(s.accuracy).toBeCloseTo((s.tp + s.tn) / total, 12);
  expect(s.precision).toBeCloseTo(s.tp / (s.tp + s.fp), 12);
  expect(s.recall).toBeCloseTo(s.tp / (s.tp + s.fn), 12);
  expect(s.f1).toBeCloseTo((2 * s.precision * s.recall) / (s.precision + s.recall), 12);
  await expect(page.locator('[data-role="tp"]')).toHaveText(`VP ${s.tp}`);
  const thr = page.locator('[data-role="thr"]');
  await thr.focus();
  await page.keyboard.press('Home');
  await expect.poll(async () => (await demoState(page)).state.thr).toBe(0.01);
  s = await demoState(page);
  expect(s.fn).toBe(0);
  expect(s.recall).toBe(1);
  await page.keyboard.press('End');
  await expect.poll(async () => (await demoState(page)).state.thr).toBe(0.99);
  s = await demoState(page);
  expect(s.fp).toBe(0);
  expect(page.url()).toContain('thr=0.99');
  await expect(page.locator('[data-role="confusion-caption"]')).toContainText('0,99');
  // The threshold does not restart training.
  expect(s.step).toBe(300);
});

test('a learning rate of 100 diverges: the run stops with a French message and the FAQ link', async ({ page }) => {
  await openDemo(page, `${path}#lr=100`);
  await runSteps(page, 200);
  const s = await demoState(page);
  expect(s.diverged).toBe(true);
  expect(s.step).toBeLessThan(200);
  expect([s.w1, s.w2, s.b, s.loss].every(Number.isFinite)).toBe(true);
  const alert = page.locator('[data-role="alert"]');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('trop grand');
  await expect(alert.getByRole('link')).toHaveAttribute('href', '/faq/#loss-nan');
  await expect(page.locator('[data-role="summary"]')).not.toContainText('NaN');
  await page.locator('[data-role="reset"]').click();
  await expect(alert).toBeHidden();
});

test('softmax: logits of 1000 stay finite, rows sum to 1, and the temperature sharpens or flattens', async ({
  page,
}) => {
  await openDemo(page, path);
  for (const [role, v] of [
    ['z1', '1000'],
    ['z2', '999'],
    ['z3', '-1000'],
  ]) {
    await page.locator(`[data-role="${role}"]`).fill(v!);
    await page.locator(`[data-role="${role}"]`).press('Enter');
  }
  await expect.poll(async () => (await demoState(page)).state.z3).toBe(-1000);
  let s = await demoState(page);
  expect(s.softmax.every(Number.isFinite)).toBe(true);
  expect(s.softmaxSum).toBeCloseTo(1, 6);
  expect(s.softmax[0]).toBeCloseTo(1 / (1 + Math.exp(-1)), 5);
  await expect(page.locator('[data-role="softmax-note"]')).toContainText('NaN');
  const temp = page.locator('[data-role="temp"]');
  await temp.focus();
  await page.keyboard.press('Home');
  await expect.poll(async () => (await demoState(page)).state.temp).toBe(0.1);
  s = await demoState(page);
  expect(s.softmax[0]).toBeGreaterThan(0.9999);
  await page.locator('[data-role="z1"]').fill('5000');
  await page.locator('[data-role="z1"]').press('Enter');
  await expect.poll(async () => (await demoState(page)).state.z1).toBe(1000);
  await expect(page.locator('[data-role="softmax"] tr')).toHaveCount(4);
});

test('points: add one of each class (keyboard and tap), move one, and the link reproduces them', async ({ page }) => {
  await openDemo(page, path);
  await page.locator('[data-role="add-class"]').selectOption('1');
  await page.locator('[data-role="add"]').focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await demoState(page)).points).toEqual([16, 17]);
  await page.locator('[data-role="px"]').fill('0.8');
  await page.locator('[data-role="px"]').press('Enter');
  await expect.poll(async () => (await demoState(page)).state.c1.at(-1)).toEqual({ x: 0.8, y: 0 });
  await page.locator('[data-role="add-class"]').selectOption('0');
  await page.locator('[data-role="scatter"]').scrollIntoViewIfNeeded();
  const box = (await page.locator('[data-role="scatter"]').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.88, box.y + box.height * 0.85);
  await expect.poll(async () => (await demoState(page)).points).toEqual([17, 17]);
  await runSteps(page, 12);
  const before = await demoState(page);
  const { state } = await reopenLink(page);
  expect(state.points).toEqual([17, 17]);
  expect(state.step).toBe(12);
  expect(state.w1).toBe(before.w1);
  expect(state.b).toBe(before.b);
});

test('bad URL values are clamped, never a crash', async ({ page, baseURL }) => {
  const problems = watchProblems(page, baseURL!);
  await openDemo(page, `${path}#lr=0&thr=2&seed=0&temp=-1&z1=1e9&c0=x;0.1,0.1&c1=9,9`);
  const s = await demoState(page);
  expect(s.state.lr).toBe(0.1);
  expect(s.state.thr).toBe(0.99);
  expect(s.state.seed).toBe(1);
  expect(s.state.temp).toBe(0.1);
  expect(s.state.z1).toBe(1000);
  expect(s.points).toEqual([1, 1]);
  expect(s.softmax.every(Number.isFinite)).toBe(true);
  await expect(page.locator('[data-role="notes"]')).toBeVisible();
  expect(problems).toEqual([]);
});

test('under prefers-reduced-motion, play shows the trained model at once', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const s = await playReduced(await context.newPage(), path);
  expect(s.distance).toBeLessThan(1e-4);
  await context.close();
});
