/**
 * The CPU/WebGL switch of the demos, without WebGL (demo-webgl.spec.ts: with).
 * Headless Chromium has WebGL only through SwiftShader (a software GPU), which it
 * enables with --enable-unsafe-swiftshader; without WebGL the
 * demo must fall back to the CPU with a French note, never an error.
 */
import { expect, test } from '@playwright/test';
import { chromiumArgs, testChromiumPath } from '../../playwright.config';
import { chooseBackend, demoState, openDemo, runSteps, watchProblems } from '../support/demo-page';

const path = '/demos/regression-lineaire/';

test.use({
  launchOptions: { executablePath: testChromiumPath, args: [...chromiumArgs, '--disable-webgl', '--disable-3d-apis'] },
});

test('asking for WebGL falls back to the CPU with a French note, and the demo still runs', async ({
  page,
  baseURL,
}) => {
  const problems = watchProblems(page, baseURL!);
  await openDemo(page, `${path}#be=webgl`);
  await expect(page.locator('[data-role="backend-label"]')).toContainText(
    'WebGL n’est pas disponible dans ce navigateur',
  );
  expect((await demoState(page)).backend).toBe('cpu');
  await expect(page.locator('[data-role="backend"]')).toHaveValue('cpu');
  await runSteps(page, 20);
  expect((await demoState(page)).step).toBe(20);
  await chooseBackend(page, 'webgl');
  await expect(page.locator('[data-role="backend-label"]')).toContainText('WebGL n’est pas disponible');
  expect(problems).toEqual([]);
});

test('the MLP and the overfitting demo fall back to the CPU without WebGL, and run', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page, baseURL!);
  for (const demo of ['mlp', 'surapprentissage']) {
    await openDemo(page, `/demos/${demo}/#be=webgl`);
    await expect(page.locator('[data-role="backend-label"]')).toContainText('WebGL n’est pas disponible');
    expect((await demoState(page)).backend).toBe('cpu');
    await runSteps(page, 10);
    expect((await demoState(page)).step).toBe(10);
  }
  expect(problems).toEqual([]);
});
