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

const path = '/demos/k-means/';

test('assigner and recalculer alternate, the inertia never increases, and play stops at convergence', async ({
  page,
  baseURL,
}) => {
  const problems = watchProblems(page, baseURL!);
  await openDemo(page, path);
  const assign = page.locator('[data-role="assign"]');
  const recompute = page.locator('[data-role="recompute"]');
  let s = await demoState(page);
  expect(s.inertia).toBeNull();
  expect(s.next).toBe('assign');
  await expect(recompute).toBeDisabled();
  await assign.click();
  s = await demoState(page);
  expect(s.step).toBe(1);
  expect(s.next).toBe('update');
  expect(s.sizes.reduce((a: number, b: number) => a + b, 0)).toBe(s.points);
  await expect(assign).toBeDisabled();
  await recompute.click();
  await expect.poll(async () => (await demoState(page)).step).toBe(2);
  await page.locator('[data-role="play"]').click();
  await expect.poll(async () => (await demoState(page)).converged, { timeout: 20_000 }).toBe(true);
  await expect.poll(async () => (await demoState(page)).playing).toBe(false);
  s = await demoState(page);
  expect(s.history.length).toBeGreaterThanOrEqual(3);
  for (let i = 1; i < s.history.length; i++) expect(s.history[i]).toBeLessThanOrEqual(s.history[i - 1] * (1 + 1e-9));
  await expect(page.locator('[data-role="summary"]')).toContainText('Convergé');
  expect(problems).toEqual([]);
});

test('no tensor leaks after 1,000 half-steps, and everything is disposed on removal', async ({ page }) => {
  // 1,000 steps on a shared CI machine: a generous limit (speed is measured by npm run bench:demos, not here).
  test.setTimeout(120_000);
  await openDemo(page, path);
  const s = await expectNoLeak(page);
  expect(s.converged).toBe(true);
  await page.goto('about:blank');
  await openDemo(page, path);
  await expectDisposal(page);
});

test('keyboard: k, seed and points change the run, and the URL records them', async ({ page }) => {
  await openDemo(page, path);
  const k = page.locator('[data-role="k"]');
  await k.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await demoState(page)).k).toBe(4);
  expect(page.url()).toContain('clusters=4');
  await page.locator('[data-role="seed"]').fill('7');
  await page.locator('[data-role="seed"]').press('Enter');
  await expect.poll(async () => (await demoState(page)).state.seed).toBe(7);
  await page.locator('[data-role="px"]').fill('0.9');
  await page.locator('[data-role="py"]').fill('-0.9');
  await page.locator('[data-role="add"]').focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await demoState(page)).points).toBe(61);
  expect((await demoState(page)).state.pts.at(-1)).toEqual({ x: 0.9, y: -0.9 });
  await page.locator('[data-role="assign"]').focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await demoState(page)).step).toBe(1);
  await page.locator('[data-role="remove"]').click();
  await expect.poll(async () => (await demoState(page)).points).toBe(60);
});

test('a tap on the plot adds a point', async ({ page }) => {
  await openDemo(page, path);
  await page.locator('[data-role="scatter"]').scrollIntoViewIfNeeded();
  const box = (await page.locator('[data-role="scatter"]').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.4);
  await expect.poll(async () => (await demoState(page)).points).toBe(61);
});

test('bad URL values are clamped and the link reproduces the state', async ({ page, baseURL }) => {
  const problems = watchProblems(page, baseURL!);
  await openDemo(page, `${path}#clusters=99&seed=0&ds=-3&k=abc&pts=0.1,0.1;zz;5,5;0.2,-7`);
  const s = await demoState(page);
  expect(s.state.clusters).toBe(8);
  expect(s.state.seed).toBe(1);
  expect(s.state.ds).toBe(1);
  // Three readable points (clamped): fewer than k, so k is capped at 3.
  expect(s.points).toBe(3);
  expect(s.k).toBe(3);
  await expect(page.locator('[data-role="notes"]')).toBeVisible();
  await page.goto('about:blank');
  await openDemo(page, `${path}#clusters=5&seed=12`);
  await runSteps(page, 3);
  const before = await demoState(page);
  const { link, state } = await reopenLink(page);
  expect(link).toContain('k=3');
  expect(state.step).toBe(3);
  expect(state.centroids).toEqual(before.centroids);
  expect(state.inertia).toBe(before.inertia);
  expect(problems).toEqual([]);
});

test('under prefers-reduced-motion, play shows the converged result at once', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const s = await playReduced(await context.newPage(), path);
  expect(s.converged).toBe(true);
  await context.close();
});

test('the cheat sheet embeds the demo, folded, under the k-means formula', async ({ page }) => {
  await page.goto('/formules/#k-means');
  const card = page.locator('#k-means');
  await card.locator('details.demo-fold > summary').click();
  await page.waitForFunction(
    () => JSON.parse(document.querySelector('#k-means atlas-demo')?.getAttribute('data-state') ?? '{}').ready === true,
  );
  await card.locator('[data-role="assign"]').click();
  await expect.poll(async () => (await demoState(page, '#k-means atlas-demo')).step).toBe(1);
  expect(new URL(page.url()).hash).toBe('#k-means');
});
