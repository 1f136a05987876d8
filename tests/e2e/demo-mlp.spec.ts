import { expect, test } from '@playwright/test';
import { axe } from '../support/axe';
import { demoState, expectDisposal, expectNoLeak, openDemo, runSteps, watchProblems } from '../support/demo-page';

const path = '/demos/mlp/';

test('MLP: no tensor leak over 1,000 training steps, and XOR is learnt', async ({ page }) => {
  // Each step is a full forward and backward pass: slow on a loaded machine.
  test.setTimeout(240_000);
  await openDemo(page, path);
  const state = await expectNoLeak(page);
  expect(state.accuracy).toBeGreaterThan(0.95);
  expect(state.loss).toBeLessThan(0.1);
  // Learnt, not memorised: the test points (never trained on) are classified as well.
  expect(state.testAccuracy).toBeGreaterThan(0.9);
  expect(state.points + state.testPoints).toBe(200);
  await expectDisposal(page);
  // The neurons' buttons went with the demo.
  await expect(page.locator('.mlp-neuron')).toHaveCount(0);
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

test('MLP: the network diagram: one button per neuron, a neuron shown large on keyboard focus and on hover', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page, baseURL!);
  await openDemo(page, `${path}#width=3&depth=2`);
  const neurons = page.locator('.mlp-neuron');
  // 2 inputs, 3 + 3 hidden, 1 output.
  await expect(neurons).toHaveCount(9);
  const caption = page.locator('[data-role="neuron-caption"]');
  await neurons.nth(3).focus();
  await expect(caption).toContainText('Couche cachée 1, neurone 2');
  await expect(neurons.nth(3)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  await expect(caption).toContainText('Couche cachée 1, neurone 3');
  await neurons.last().hover();
  await expect(caption).toContainText('Neurone de sortie');
  await expect(page.locator('[data-role="neuron"]')).toHaveAttribute('aria-label', /Neurone de sortie/);
  // A wider network rebuilds the diagram.
  await page.locator('[data-role="width"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(neurons).toHaveCount(11);
  await runSteps(page, 20);
  expect(await axe(page)).toEqual([]);
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  expect(await axe(page, true)).toEqual([]);
  expect(problems).toEqual([]);
});

test('MLP: train/test ratio, noise, Gaussians and L2 from the controls and the URL; both losses reported', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openDemo(page, `${path}#data=gaussiennes&ratio=70&noise=0.2&l2=0.01`);
  let s = await demoState(page);
  expect(s.state).toMatchObject({ data: 'gaussiennes', ratio: 70, noise: 0.2, l2: 0.01 });
  expect(s.points).toBe(140);
  expect(s.testPoints).toBe(60);
  await expect(page.locator('[data-role="l2"]')).toHaveValue('0.01');
  await page.locator('[data-role="ratio"]').focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await demoState(page)).points).toBe(120);
  await page.locator('[data-role="l2"]').selectOption('0');
  await expect.poll(async () => (await demoState(page)).state.l2).toBe(0);
  await runSteps(page, 100);
  s = await demoState(page);
  expect(s.testLoss).toBeGreaterThan(0);
  expect(s.testAccuracy).toBeGreaterThan(0.8);
  await expect(page.locator('[data-role="summary"]')).toContainText('points de test');
});

test('MLP: on a phone the surface and the losses before the network; on a laptop the network leads; wide, the two side by side', async ({
  page,
}) => {
  const boxes = async () =>
    page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().toJSON() as DOMRect;
      return {
        surface: box('[data-role="surface"]'),
        loss: box('[data-role="loss"]'),
        network: box('[data-role="net"]'),
      };
    });
  await page.setViewportSize({ width: 390, height: 844 });
  await openDemo(page, path);
  const phone = await boxes();
  expect(phone.surface.top).toBeLessThan(phone.network.top);
  expect(phone.loss.top).toBeLessThan(phone.network.top);
  await page.setViewportSize({ width: 1024, height: 900 });
  const laptop = await boxes();
  expect(laptop.network.top).toBeLessThan(laptop.surface.top);
  // As TensorFlow Playground: the network, then the output beside it, both in the first screen.
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const wide = await boxes();
  expect(wide.surface.left).toBeGreaterThanOrEqual(wide.network.right);
  expect(wide.surface.width).toBeGreaterThanOrEqual(480);
  expect(wide.surface.top).toBeLessThan(wide.network.bottom);
  expect(wide.surface.top + wide.surface.height / 2).toBeLessThan(900);
  expect(wide.loss.top).toBeGreaterThanOrEqual(wide.surface.bottom);
});
