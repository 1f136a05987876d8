import { expect, test } from '@playwright/test';
import { demoState, expectDisposal, expectNoLeak, openDemo, runSteps, watchProblems } from '../support/demo-page';

const path = '/demos/attention-q-learning/';
const rowSums = (w: number[][]) => w.map((r) => r.reduce((a, b) => a + b, 0));

test('attention: weights are softmax rows; the √d_k switch and the vector editor change them', async ({
  page,
  baseURL,
}) => {
  const problems = watchProblems(page, baseURL!);
  await openDemo(page, path);
  let s = await demoState(page);
  for (const sum of rowSums(s.weights)) expect(sum).toBeCloseTo(1, 5);
  const scaledMax = Math.max(...s.weights[0]);
  await page.locator('[data-role="scale"]').uncheck();
  await expect.poll(async () => (await demoState(page)).state.scale).toBe('non');
  s = await demoState(page);
  // Without the division, scores are √2 times larger: the largest weight grows.
  expect(Math.max(...s.weights[0])).toBeGreaterThan(scaledMax);
  expect(page.url()).toContain('scale=non');
  // Keyboard: K1 moved onto the direction of Q2 becomes Q2's favourite.
  await page.locator('[data-role="vector"]').selectOption('3');
  await page.locator('[data-role="vx"]').fill('-2');
  await page.locator('[data-role="vy"]').fill('3');
  await page.locator('[data-role="vy"]').press('Enter');
  await expect.poll(async () => (await demoState(page)).state.kv?.[0]).toEqual({ x: -2, y: 3 });
  s = await demoState(page);
  expect(s.weights[1].indexOf(Math.max(...s.weights[1]))).toBe(0);
  await expect(page.locator('[data-role="heatmap"] tbody tr')).toHaveCount(3);
  expect(problems).toEqual([]);
});

test('attention: dragging a key tip moves it', async ({ page }) => {
  await openDemo(page, path);
  const canvas = page.locator('[data-role="vectors"]');
  // The square plot can be taller than the window: its middle row (K1's and the target's) in view.
  await canvas.evaluate((c) => c.scrollIntoView({ block: 'center' }));
  const box = (await canvas.boundingBox())!;
  // K1 starts at (2, 0): find its pixel position from the plot's margins (48 left, 12 right, 12 top, 40 bottom).
  const px = (x: number, y: number) => [
    box.x + 48 + ((x + 3) / 6) * (box.width - 60),
    box.y + 12 + (1 - (y + 3) / 6) * (box.height - 52),
  ];
  const [x0, y0] = px(2, 0);
  const [x1, y1] = px(0, 2);
  await page.mouse.move(x0!, y0!);
  await page.mouse.down();
  await page.mouse.move(x1!, y1!, { steps: 5 });
  await page.mouse.up();
  const k1 = (await demoState(page)).state.kv[0];
  expect(Math.abs(k1.x)).toBeLessThan(0.2);
  expect(Math.abs(k1.y - 2)).toBeLessThan(0.2);
});

test('Q-learning: one step updates Q(s, a) exactly by the formula, shown with its numbers', async ({ page }) => {
  await openDemo(page, `${path}#alpha=0.5&gamma=0.75`);
  await runSteps(page, 200);
  const before = await demoState(page);
  await page.locator('[data-role="step"]').click();
  await expect.poll(async () => (await demoState(page)).step).toBe(201);
  const after = await demoState(page);
  const { s, a, r, next, maxNext } = after.last;
  const terminal = next === 3 || next === 7;
  expect(maxNext).toBe(terminal ? 0 : Math.max(...before.Q[next]));
  expect(after.Q[s][a]).toBe(before.Q[s][a] + 0.5 * (r + 0.75 * maxNext - before.Q[s][a]));
  await expect(page.locator('[data-role="update"]')).toContainText('Q(s, a) ← Q(s, a) + α[r + γ');
});

test('Q-learning: learns the shortest path (max Q at the start → γ⁴); no leak; bad links clamped; disposal', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openDemo(page, `${path}#alpha=7&gamma=1.5&eps=-1&speed=turbo&qv=9,9;x`);
  let s = await demoState(page);
  expect(s.state).toMatchObject({ alpha: 1, gamma: 0.99, eps: 0, speed: 'lent' });
  expect(s.state.qv).toEqual([{ x: 3, y: 3 }]);
  await expect(page.locator('[data-role="notes"]')).toBeVisible();
  await openDemo(page, `${path}#eps=0.3`);
  const state = await expectNoLeak(page);
  s = state;
  expect(Math.max(...s.Q[8])).toBeCloseTo(0.9 ** 4, 2);
  expect(s.greedyPath.at(-1)).toBe(3);
  await expect(page.locator('[data-role="summary"]')).toContainText('mène au but en 5 coups');
  await expectDisposal(page);
});

test('Q-learning: under prefers-reduced-motion, play shows the result at once', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await openDemo(page, path);
  await page.locator('[data-role="play"]').click();
  await expect.poll(async () => (await demoState(page)).playing, { timeout: 60_000 }).toBe(false);
  const s = await demoState(page);
  expect(s.step).toBe(20_000);
  expect(s.greedyPath.at(-1)).toBe(3);
  await context.close();
});
