import { expect, test } from '@playwright/test';
import { demoState, expectDisposal, expectNoLeak, openDemo, runSteps } from '../support/demo-page';

const path = '/demos/matrices/';

test('power iteration reaches the eigenvector of the largest |λ|, without leaking tensors', async ({ page }) => {
  await openDemo(page, path);
  const after1000 = await expectNoLeak(page);
  const [top] = after1000.eigenvectors;
  expect(Math.abs(Math.abs(after1000.v[0] * top[0] + after1000.v[1] * top[1]) - 1)).toBeLessThan(1e-4);
  expect(after1000.growth).toBeCloseTo(Math.abs(after1000.eigenvalues[0]), 3);
});

test('keyboard entries change A: a rotation has no real eigenvector, the SVD is shown as numbers', async ({ page }) => {
  await openDemo(page, path);
  for (const [role, value] of [
    ['a', '0'],
    ['b', '-1'],
    ['c', '1'],
    ['d', '0'],
  ]) {
    const input = page.locator(`[data-role="${role}"]`);
    await input.fill(value);
    await input.press('Tab');
  }
  await expect.poll(async () => (await demoState(page)).state).toMatchObject({ a: 0, b: -1, c: 1, d: 0 });
  const s = await demoState(page);
  expect(s.eigenvalues).toBeNull();
  expect(s.sigma[0]).toBeCloseTo(1, 9);
  expect(s.sigma[1]).toBeCloseTo(1, 9);
  await expect(page.locator('[data-role="summary"]')).toContainText('aucun vecteur propre réel');
  await expect(page.locator('[data-role="numbers"]')).toContainText('Vᵀ');
  expect(page.url()).toContain('b=-1');
});

test('dragging the first column moves a and c', async ({ page }) => {
  await openDemo(page, path);
  const canvas = page.locator('[data-role="plane"]');
  const box = (await canvas.boundingBox())!;
  // Find the pixel of (a, c) = (1.5, 0.25) from the plot's own mapping, through the drawn range.
  const s0 = await demoState(page);
  expect(s0.state.a).toBe(1.5);
  const target = await page.evaluate(() => {
    const c = document.querySelector('[data-role="plane"]') as HTMLCanvasElement;
    return { w: c.getBoundingClientRect().width };
  });
  // The view is symmetric, [−r, r] with r = max(2, 1.15σ₁, 1.15|λ|); margins are those of Plot.
  const r = Math.max(2, s0.sigma[0] * 1.15, ...s0.eigenvalues.map((l: number) => Math.abs(l) * 1.15));
  const [left, right, top, bottom] = [48, 12, 12, 40];
  const px = (x: number) => left + ((x + r) / (2 * r)) * (target.w - left - right);
  const py = (y: number) => top + (1 - (y + r) / (2 * r)) * (box.height - top - bottom);
  await page.mouse.move(box.x + px(1.5), box.y + py(0.25));
  await page.mouse.down();
  await page.mouse.move(box.x + px(0.5), box.y + py(1.5), { steps: 5 });
  await page.mouse.up();
  const s = await demoState(page);
  expect(s.state.a).toBeLessThan(1.2);
  expect(s.state.c).toBeGreaterThan(0.8);
  expect(s.state.b).toBe(1);
});

test('Av = 0 stops power iteration with a French message', async ({ page }) => {
  await openDemo(page, `${path}#a=0&b=0&c=0&d=0`);
  await runSteps(page, 5);
  const s = await demoState(page);
  expect(s.diverged).toBe(true);
  await expect(page.locator('[data-role="alert"]')).toContainText('Av = 0');
  await expect(page.locator('[data-role="summary"]')).not.toContainText('NaN');
});

test('bad entries in the URL are clamped', async ({ page }) => {
  await openDemo(page, `${path}#a=99&b=abc&c=-7`);
  const s = await demoState(page);
  expect(s.state).toMatchObject({ a: 3, b: 1, c: -3, d: 1 });
});

test('removing the demo disposes its tensors', async ({ page }) => {
  await openDemo(page, path);
  await expectDisposal(page);
});
