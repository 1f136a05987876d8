import { expect, test } from '@playwright/test';
import { demoState, expectDisposal, expectNoLeak, openDemo, runSteps, watchProblems } from '../support/demo-page';

const path = '/demos/mlp/';

test('MLP: no tensor leak over 1,000 training steps, and XOR is learnt', async ({ page }) => {
  // Each step is a full forward and backward pass: slow on a loaded machine.
  test.setTimeout(240_000);
  await openDemo(page, path);
  const state = await expectNoLeak(page);
  expect(state.accuracy).toBeGreaterThan(0.95);
  expect(state.loss).toBeLessThan(0.1);
  await expectDisposal(page);
});

test('MLP: controls change the network, the URL keeps the state, bad values are clamped', async ({ page, baseURL }) => {
  const problems = watchProblems(page, baseURL!);
  await openDemo(page, `${path}#width=99&depth=0&lr=abc&act=softplus&data=spirales&seed=0`);
  let s = await demoState(page);
  expect(s.state).toMatchObject({ width: 8, depth: 1, lr: 0.3, act: 'tanh', data: 'spirales', seed: 1 });
  expect(s.layers).toEqual([2, 8, 1]);
  await expect(page.locator('[data-role="notes"]')).toBeVisible();
  // Keyboard: the depth slider.
  await page.locator('[data-role="depth"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await demoState(page)).layers).toEqual([2, 8, 8, 1]);
  await page.locator('[data-role="act"]').selectOption('relu');
  await page.locator('[data-role="data"]').selectOption('cercles');
  await page.locator('[data-role="lr"]').selectOption('0.1');
  s = await demoState(page);
  expect(s.state).toMatchObject({ act: 'relu', data: 'cercles', lr: 0.1, depth: 2 });
  expect(page.url()).toContain('act=relu');
  await page.locator('[data-role="step"]').click();
  await expect.poll(async () => (await demoState(page)).step).toBe(1);
  await expect(page.locator('[data-role="summary"]')).toContainText('Pas 1');
  await expect(page.locator('[data-role="summary"]')).not.toContainText('NaN');
  expect(problems).toEqual([]);
});

test('MLP: a shared link reproduces the same weights after the same steps', async ({ page }) => {
  test.setTimeout(120_000);
  await openDemo(page, `${path}#data=cercles&act=relu&width=3&depth=1&seed=5`);
  await runSteps(page, 30);
  const before = await demoState(page);
  const link = await page.locator('[data-role="link"]').getAttribute('href');
  expect(link).toContain('k=30');
  const other = await page.context().newPage();
  await openDemo(other, link!);
  const after = await demoState(other);
  expect(after.step).toBe(30);
  expect(after.loss).toBe(before.loss);
  expect(after.accuracy).toBe(before.accuracy);
});

test('MLP: α = 30 on a deep ReLU network blows the weights up: the run stops with a French message and the FAQ link', async ({
  page,
}) => {
  await openDemo(page, `${path}#data=xor&act=relu&width=8&depth=4&lr=30&seed=1`);
  await runSteps(page, 50);
  const s = await demoState(page);
  expect(s.diverged).toBe(true);
  expect(s.step).toBeLessThanOrEqual(10);
  expect(s.explodedTo).toBeGreaterThanOrEqual(1e6);
  expect(s.maxParam).toBeLessThan(1e6);
  expect(Number.isFinite(s.loss)).toBe(true);
  const alert = page.locator('[data-role="alert"]');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('les poids du réseau ont explosé');
  await expect(alert.getByRole('link')).toHaveAttribute('href', '/faq/#loss-nan');
  await expect(page.locator('[data-role="step"]')).toBeDisabled();
  await expect(page.locator('[data-role="summary"]')).not.toContainText('NaN');
  await page.locator('[data-role="reset"]').click();
  await expect(alert).toBeHidden();
  expect((await demoState(page)).diverged).toBe(false);
  expect((await demoState(page)).explodedTo).toBe(0);
});
