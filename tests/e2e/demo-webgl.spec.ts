/**
 * The CPU/WebGL switch of the demos, with WebGL (demo-no-webgl.spec.ts: without).
 * Headless Chromium has WebGL only through SwiftShader (a software GPU), which it
 * enables with --enable-unsafe-swiftshader; without WebGL the
 * demo must fall back to the CPU with a French note, never an error.
 */
import { expect, test } from '@playwright/test';
import { chromiumArgs, testChromiumPath } from '../../playwright.config';
import { chooseBackend, demoState, openDemo, runSteps, watchProblems } from '../support/demo-page';

const path = '/demos/regression-lineaire/';

test.use({
  launchOptions: {
    executablePath: testChromiumPath,
    args: [...chromiumArgs, '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
  },
});

test('switching to WebGL runs the same descent on the GPU, without leaking, and back to CPU', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page, baseURL!);
  await openDemo(page, path);
  expect((await demoState(page)).backend).toBe('cpu');
  await expect(page.locator('[data-role="backend-label"]')).toHaveText('Calcul sur CPU (processeur)');
  const speed = page.locator('[data-role="speed"]');
  await expect(speed).toBeHidden();
  await runSteps(page, 40);
  const onCpu = await demoState(page);
  // The reader sees how fast each backend computes: measured over the steps since the switch.
  await expect(speed).toHaveText(/^Vitesse mesurée\s: [\d\u202f\u00a0]+ pas par seconde sur les 40 derniers pas/);

  await page.locator('[data-role="reset"]').click();
  await chooseBackend(page, 'webgl');
  await expect(page.locator('[data-role="backend-label"]')).toHaveText('Calcul sur WebGL (carte graphique)');
  await expect.poll(async () => (await demoState(page)).backend).toBe('webgl');
  await expect(speed).toBeHidden();
  expect(page.url()).toContain('be=webgl');
  await runSteps(page, 10);
  const after10 = (await demoState(page)).numTensors;
  await runSteps(page, 30);
  const onGpu = await demoState(page);
  expect(onGpu.step).toBe(40);
  await expect(speed).toContainText('sur les 40 derniers pas');
  // float32 on both, different kernels: the same descent to a few decimals.
  expect(onGpu.w).toBeCloseTo(onCpu.w, 3);
  expect(onGpu.b).toBeCloseTo(onCpu.b, 3);
  await runSteps(page, 200);
  expect((await demoState(page)).numTensors).toBe(after10);

  await chooseBackend(page, 'cpu');
  await expect(page.locator('[data-role="backend-label"]')).toHaveText('Calcul sur CPU (processeur)');
  await expect.poll(async () => (await demoState(page)).backend).toBe('cpu');
  expect(problems).toEqual([]);
});

// The two demos with the most arithmetic per step: same numbers on the GPU, no leak.
for (const [demo, hash, key] of [
  ['mlp', '#width=3&depth=1', 'loss'],
  ['surapprentissage', '#degree=9', 'valError'],
] as const) {
  test(`${demo}: the WebGL backend gives the CPU's numbers, without leaking`, async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const problems = watchProblems(page, baseURL!);
    await openDemo(page, `/demos/${demo}/${hash}`);
    await runSteps(page, 30);
    const onCpu = await demoState(page);
    await page.locator('[data-role="reset"]').click();
    await chooseBackend(page, 'webgl');
    await expect.poll(async () => (await demoState(page)).backend).toBe('webgl');
    await runSteps(page, 10);
    const after10 = (await demoState(page)).numTensors;
    await runSteps(page, 20);
    const onGpu = await demoState(page);
    expect(onGpu.step).toBe(30);
    expect(onGpu[key]).toBeCloseTo(onCpu[key], 2);
    await runSteps(page, 100);
    expect((await demoState(page)).numTensors).toBe(after10);
    expect(problems).toEqual([]);
  });
}
