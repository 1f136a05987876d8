import { expect, test } from '@playwright/test';
import { demoState, expectDisposal, expectNoLeak, openDemo, runSteps, watchProblems } from '../support/demo-page';

const path = '/demos/convolution/';

test('convolution: the output size by the formula equals the shape of tf.conv2d, the border is shown', async ({
  page,
  baseURL,
}) => {
  const problems = watchProblems(page, baseURL!);
  await openDemo(page, `${path}#h=7&ks=3&s=3`);
  let s = await demoState(page);
  expect(s.outFormula).toBe(Math.floor((7 - 3) / 3) + 1);
  expect(s.outTensor).toEqual([2, 2]);
  expect(s.discarded).toBe(1);
  await expect(page.locator('[data-role="size"]')).toContainText('⌊(7 + 0 − 3)/3⌋ + 1 = 2');
  await expect(page.locator('[data-role="size"]')).toContainText('jamais');
  // Keyboard: stride 3 → 2, nothing discarded any more.
  await page.locator('[data-role="s"]').focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await demoState(page)).s).toBe(2);
  s = await demoState(page);
  expect(s.outTensor).toEqual([3, 3]);
  expect(s.discarded).toBe(0);
  expect(page.url()).toContain('s=2');
  // Each step computes one output cell, equal to tf.conv2d's.
  for (let i = 0; i < 4; i++) await page.locator('[data-role="step"]').click();
  s = await demoState(page);
  expect(s.position).toEqual([1, 0]);
  expect(s.value).toBe(s.expected);
  await expect(page.locator('[data-role="sum"]')).toContainText('Output[1, 0]');
  expect(problems).toEqual([]);
});

test('convolution: the kernel never exceeds the padded input; bad links are clamped', async ({ page }) => {
  await openDemo(page, `${path}#h=3&ks=7&p=0&s=-2&seed=0`);
  const s = await demoState(page);
  expect([s.H, s.k, s.p, s.s]).toEqual([3, 3, 0, 1]);
  expect(s.outTensor).toEqual([1, 1]);
  await expect(page.locator('[data-role="notes"]')).toBeVisible();
  await expect(page.locator('[data-role="size"]')).toContainText('k ramené');
});

test('convolution: no tensor leak over 1,000 steps; play sweeps once and stops; disposal', async ({ page }) => {
  test.setTimeout(120_000);
  await openDemo(page, path);
  await expectNoLeak(page);
  await page.locator('[data-role="reset"]').click();
  await runSteps(page, 15);
  // 4 × 4 output: one step before the end of the sweep, play finishes it and stops.
  await page.locator('[data-role="play"]').click();
  await expect.poll(async () => (await demoState(page)).playing, { timeout: 10_000 }).toBe(false);
  expect((await demoState(page)).position).toEqual([3, 3]);
  await expectDisposal(page);
});

test('convolution: embedded on the CNN term page and folded under its formula on the cheat sheet', async ({ page }) => {
  await page.goto('/glossaire/cnn/');
  await expect(page.locator('atlas-demo[data-demo="convolution"]')).toHaveCount(1);
  await page.locator('atlas-demo').scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () => JSON.parse(document.querySelector('atlas-demo')?.getAttribute('data-state') ?? '{}').ready === true,
  );
  await page.goto('/formules/#convolution-2d');
  const card = page.locator('#convolution-2d');
  await expect(card.locator('.formula-demos > p a')).toHaveAttribute('href', '/demos/convolution/');
  await card.locator('details.demo-fold > summary').click();
  await expect
    .poll(async () => JSON.parse((await card.locator('atlas-demo').getAttribute('data-state'))!).ready)
    .toBe(true);
  // Embedded: the page's hash stays the formula's anchor.
  await card.locator('[data-role="step"]').click();
  expect(new URL(page.url()).hash).toBe('#convolution-2d');
});
