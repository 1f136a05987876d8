import { expect, test } from '@playwright/test';
import { demoState, expectDisposal, expectNoLeak, openDemo, runSteps } from '../support/demo-page';

const path = '/demos/optimiseurs/';

test('all three optimisers reach the bottom of the bowl, without leaking tensors', async ({ page }) => {
  await openDemo(page, path);
  const s = await expectNoLeak(page);
  for (const gap of s.gaps) expect(gap).toBeLessThan(1e-3);
  await expect(page.locator('[data-role="summary"]')).toContainText('Adam');
});

test('a too large α makes SGD diverge on the bowl: the run stops with a French message', async ({ page }) => {
  await openDemo(page, `${path}#lr=0.5`);
  await runSteps(page, 300);
  const s = await demoState(page);
  expect(s.diverged).toBe(true);
  expect(s.step).toBeLessThan(300);
  expect([...s.sgd, ...s.momentum, ...s.adam].every(Number.isFinite)).toBe(true);
  const alert = page.locator('[data-role="alert"]');
  await expect(alert).toContainText('SGD a divergé');
  await expect(alert.getByRole('link')).toHaveAttribute('href', '/faq/#loss-nan');
  await expect(page.locator('[data-role="summary"]')).not.toContainText('NaN');
});

test('the surface, α and β from the keyboard land in the URL; Rosenbrock starts with a small α', async ({ page }) => {
  await openDemo(page, path);
  await page.locator('[data-role="surface"]').selectOption('rosenbrock');
  await expect.poll(async () => (await demoState(page)).state.surface).toBe('rosenbrock');
  expect((await demoState(page)).state.lr).toBe(0.001);
  const beta = page.locator('[data-role="beta"]');
  await beta.focus();
  await page.keyboard.press('Home');
  await expect.poll(async () => (await demoState(page)).state.beta).toBe(0);
  expect(page.url()).toContain('surface=rosenbrock');
  expect(page.url()).toContain('beta=0');
  await runSteps(page, 50);
  const s = await demoState(page);
  // β = 0: momentum is SGD, step for step.
  expect(s.momentum).toEqual(s.sgd);
});

test('bad values in the URL are clamped', async ({ page }) => {
  await openDemo(page, `${path}#lr=7&beta=-2&surface=lune`);
  const s = await demoState(page);
  expect(s.state.lr).toBe(1);
  expect(s.state.beta).toBe(0);
  expect(s.state.surface).toBe('bol');
});

test('removing the demo disposes its tensors', async ({ page }) => {
  await openDemo(page, path);
  await expectDisposal(page);
});

test('an "Essayez" link sets the state in one click; the status, the URL and data-state-url follow', async ({
  page,
}) => {
  await openDemo(page, path);
  const demo = page.locator('atlas-demo');
  const status = page.locator('[data-role="run-text"]');
  await expect(status).toHaveText('prête');
  await expect(demo).toHaveAttribute('data-run', 'ready');
  const urls: string[] = [];
  await page.exposeFunction('sawStateUrl', (u: string) => urls.push(u));
  await page.evaluate(() =>
    document.addEventListener('atlas:state-url', (e) =>
      (window as unknown as { sawStateUrl(u: string): void }).sawStateUrl(
        (e as CustomEvent<{ url: string }>).detail.url,
      ),
    ),
  );

  await page.getByRole('link', { name: /α = 0,21 : SGD diverge/ }).click();
  await expect.poll(async () => (await demoState(page)).diverged).toBe(true);
  const s = await demoState(page);
  expect(s.state.lr).toBe(0.21);
  await expect(status).toHaveText('divergé');
  await expect(page.locator('[data-role="alert"]')).toContainText('SGD a divergé');
  // The demo is back in view, and every way of sharing it carries the new state.
  await expect(demo).toBeInViewport();
  expect(page.url()).toContain('lr=0.21');
  await expect(demo).toHaveAttribute('data-state-url', /#lr=0\.21&k=\d+$/);
  expect(urls.at(-1)).toMatch(/#lr=0\.21&k=\d+$/);
  await expect(page.locator('[data-role="link"]')).toHaveAttribute('href', /#lr=0\.21&k=\d+$/);

  await page.getByRole('link', { name: /β = 0 : momentum/ }).click();
  await expect.poll(async () => (await demoState(page)).step).toBe(40);
  await expect(status).toHaveText('en pause');
  const b = await demoState(page);
  expect(b.state.beta).toBe(0);
  expect(b.momentum).toEqual(b.sgd);
});

test('numbers stay on one line, the speed and the backend are in "Détails techniques"', async ({ page }) => {
  await openDemo(page, path);
  await runSteps(page, 300);
  await expect(page.locator('[data-role="numbers"]')).toContainText('×');
  for (const dd of await page.locator('[data-role="numbers"] dd').all()) {
    // One box per line of text: a number wrapped in the middle would give two.
    const lines = await dd.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getClientRects().length;
    });
    expect(lines).toBe(1);
  }
  await expect(page.locator('[data-role="backend"]')).toBeHidden();
  await page.getByText('Détails techniques').click();
  await expect(page.locator('[data-role="backend"]')).toBeVisible();
  await expect(page.locator('[data-role="speed"]')).toContainText('pas par seconde');
});
