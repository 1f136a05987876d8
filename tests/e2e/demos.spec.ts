import { expect, test, type Page } from '@playwright/test';
import {
  chooseBackend,
  demoState,
  expectDisposal,
  expectNoLeak,
  openDemo,
  runSteps,
  watchProblems,
} from '../support/demo-page';
import { wideMathChecked } from '../support/axe';

// TF.js is recognised by its content (chunk names change with every build):
// tfjs-core reads its debug flags from the "tfjsflags" URL parameter.
const tfSignature = 'tfjsflags';
const demoPath = '/demos/regression-lineaire/';

/** Records the JavaScript the page downloads, and whether any of it is TF.js. */
function watchScripts(page: Page) {
  const scripts: { url: string; tf: boolean }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    if (!r.url().endsWith('.js')) return;
    pending.push(
      r.text().then(
        (body) => void scripts.push({ url: r.url(), tf: body.includes(tfSignature) }),
        () => undefined,
      ),
    );
  });
  return {
    tfLoaded: async () => {
      await Promise.all(pending);
      return scripts.some((s) => s.tf);
    },
    scripts,
  };
}

const state = demoState;
const ready = (page: Page, selector = 'atlas-demo') =>
  page.waitForFunction(
    (sel) => JSON.parse(document.querySelector(sel)?.getAttribute('data-state') ?? '{}').ready === true,
    selector,
  );

test('pages without a demo download no TF.js', async ({ page }) => {
  for (const path of ['/', '/glossaire/data-leakage/', '/faq/', '/demos/']) {
    const watch = watchScripts(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 20_000);
    await page.waitForTimeout(300);
    expect(await watch.tfLoaded(), path).toBe(false);
    page.removeAllListeners('response');
  }
});

test('the demo gallery: a card per demo, with the formula it is built around and its numbered formulas', async ({
  page,
}) => {
  await page.goto('/demos/');
  const cards = page.locator('.demo-gallery .demo-card');
  await expect(cards).toHaveCount(11);
  const linear = cards.filter({ has: page.locator(`h2 a[href="${demoPath}"]`) });
  await expect(linear.locator('.demo-card-formula .katex-display')).toHaveCount(1);
  await expect(linear.locator('.tree-meta a[href="/formules/#regression-lineaire"]')).toHaveText(
    '(3.1) Régression linéaire',
  );
  // A formula wider than its card scrolls, and can be scrolled from the keyboard; one that fits is no tab stop.
  await wideMathChecked(page);
  const wide = cards.filter({ has: page.locator('h2 a[href="/demos/convolution/"]') }).locator('.katex-display');
  await expect(wide).toHaveAttribute('tabindex', '0');
  await expect(linear.locator('.katex-display')).not.toHaveAttribute('tabindex');
  // Every card shows a formula, and its summary is marked as the site's.
  for (const card of await cards.all()) {
    await expect(card.locator('.katex').first()).toBeVisible();
    await expect(card.locator('.ours-badge')).toHaveCount(1);
  }
});

test('a demo page loads TF.js only once the demo scrolls into view', async ({ page }) => {
  // The page opens on its demo: only a window too short to show it (a phone in landscape,
  // a small browser window) tells whether TF.js waits for the demo to be visible.
  await page.setViewportSize({ width: 1280, height: 240 });
  const watch = watchScripts(page);
  await page.goto(demoPath, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  expect(await watch.tfLoaded()).toBe(false);
  expect(await state(page)).toEqual({ ready: false });
  await page.locator('atlas-demo').scrollIntoViewIfNeeded();
  await ready(page);
  expect(await watch.tfLoaded()).toBe(true);
  const s = await state(page);
  expect(s.backend).toBe('cpu');
  await expect(page.locator('[data-role="backend-label"]')).toContainText('CPU');
});

test('the cheat sheet loads TF.js only when the folded demo is opened', async ({ page }) => {
  const watch = watchScripts(page);
  await page.goto('/formules/#regression-lineaire', { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  expect(await watch.tfLoaded()).toBe(false);
  const card = page.locator('#regression-lineaire');
  await expect(card.locator(`.formula-demos > p a[href="${demoPath}"]`)).toHaveCount(1);
  // Folded, the island is not in the document at all (a <template>): nothing to style or lay out.
  await expect(card.locator('atlas-demo')).toHaveCount(0);
  expect(await page.locator('atlas-demo').count()).toBe(0);
  await card.locator('details.demo-fold > summary').click();
  await expect(card.locator('atlas-demo')).toHaveCount(1);
  // The cheat sheet holds several demos: this one is the card's.
  await ready(page, '#regression-lineaire atlas-demo');
  expect(await watch.tfLoaded()).toBe(true);
  // Embedded: the page's hash stays the formula's anchor.
  await card.locator('[data-role="step"]').click();
  await expect.poll(async () => (await state(page, '#regression-lineaire atlas-demo')).step).toBe(1);
  expect(new URL(page.url()).hash).toBe('#regression-lineaire');
  await expect(card.locator('[data-role="link"]')).toHaveAttribute('href', /\/demos\/regression-lineaire\/#.*k=1/);
});

test('the term pages of a demo embed it', async ({ page }) => {
  await page.goto('/glossaire/mse/');
  await expect(page.locator('#demo-interactive')).toBeVisible();
  await page.locator('atlas-demo').scrollIntoViewIfNeeded();
  await ready(page);
});

test('no tensor leaks: as many tensors after 1,000 steps as after 10', async ({ page }) => {
  await openDemo(page, demoPath);
  const after1000 = await expectNoLeak(page);
  // …and the descent has reached the normal equation's solution.
  expect(after1000.distance).toBeLessThan(1e-3);
});

test('what a demo writes while it runs has French spacing, as the page around it', async ({ page }) => {
  await openDemo(page, demoPath);
  await runSteps(page, 3);
  const summary = page.locator('[data-role="summary"]');
  // "Pas 3, α = 0,1 : droite ŷ = …" never breaks before its colon.
  await expect(summary).toContainText('Pas 3');
  const text = (await summary.textContent()) ?? '';
  expect(text).toContain('\u00a0:');
  expect(text).not.toMatch(/[ \t\n][:;?!»]|«[ \t\n]/);
  // A demo's own captions too, not only what the shared runtime writes: the attention demo's
  // "Appuyez sur « Un pas » : …" is written by its run.ts.
  await openDemo(page, '/demos/attention-q-learning/');
  const update = (await page.locator('[data-role="update"]').textContent()) ?? '';
  expect(update).toContain('«\u00a0Un pas\u00a0»\u00a0:');
  expect(update).not.toMatch(/[ \t\n][:;?!»]|«[ \t\n]/);
});

test('everything is disposed when the demo leaves the page', async ({ page }) => {
  await openDemo(page, demoPath);
  await runSteps(page, 20);
  expect((await state(page)).numTensors).toBeGreaterThan(0);
  await expectDisposal(page);
});

test('keyboard: play, step, reset, slider and point editor work without a mouse', async ({ page }) => {
  await page.goto(demoPath);
  await page.locator('atlas-demo').scrollIntoViewIfNeeded();
  await ready(page);
  const step = page.locator('[data-role="step"]');
  await step.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect.poll(async () => (await state(page)).step).toBe(2);
  await page.keyboard.press('Tab'); // → reset
  await expect(page.locator('[data-role="reset"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await state(page)).step).toBe(0);
  const lr = page.locator('[data-role="lr"]');
  await lr.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await state(page)).state.lr).toBe(0.11);
  expect(page.url()).toContain('lr=0.11');
  await page.locator('[data-role="add"]').focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await state(page)).points).toBe(13);
  await page.locator('[data-role="play"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-role="play"]')).toHaveAttribute('aria-pressed', /true|false/);
  await expect.poll(async () => (await state(page)).step, { timeout: 10_000 }).toBeGreaterThan(0);
  await expect(page.locator('[data-role="summary"]')).toContainText('Pas');
});

test('bad URL state is clamped, never a crash', async ({ page, baseURL }) => {
  const problems = watchProblems(page, baseURL!);
  await page.goto(`${demoPath}#lr=99&seed=0&be=quantum&k=-4&pts=9,9;abc;0.5,x;-3,0.2`);
  await page.locator('atlas-demo').scrollIntoViewIfNeeded();
  await ready(page);
  const s = await state(page);
  expect(s.state.lr).toBe(1.5);
  expect(s.state.seed).toBe(1);
  expect(s.backend).toBe('cpu');
  expect(s.step).toBe(0);
  // Two readable points survive, clamped into [−1, 1]².
  expect(s.state.pts).toEqual([
    { x: 1, y: 1 },
    { x: -1, y: 0.2 },
  ]);
  await expect(page.locator('[data-role="notes"]')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a learning rate above 2/λmax diverges: the run stops with a French message and the FAQ link', async ({
  page,
}) => {
  await page.goto(`${demoPath}#lr=1.5`);
  await page.locator('atlas-demo').scrollIntoViewIfNeeded();
  await ready(page);
  await runSteps(page, 500);
  const s = await state(page);
  expect(s.diverged).toBe(true);
  expect(s.step).toBeLessThan(500);
  expect(Number.isFinite(s.w) && Number.isFinite(s.mse)).toBe(true);
  const alert = page.locator('[data-role="alert"]');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('dépasse le seuil');
  await expect(alert.getByRole('link')).toHaveAttribute('href', '/faq/#loss-nan');
  await expect(page.locator('[data-role="step"]')).toBeDisabled();
  await expect(page.locator('[data-role="summary"]')).not.toContainText('NaN');
  await page.locator('[data-role="reset"]').click();
  await expect(alert).toBeHidden();
});

test('the URL reproduces the state, steps included', async ({ page }) => {
  await page.goto(demoPath);
  await page.locator('atlas-demo').scrollIntoViewIfNeeded();
  await ready(page);
  await page.locator('[data-role="seed"]').fill('42');
  await page.locator('[data-role="seed"]').press('Enter');
  await runSteps(page, 25);
  const before = await state(page);
  const link = await page.locator('[data-role="link"]').getAttribute('href');
  expect(link).toContain('seed=42');
  expect(link).toContain('k=25');
  const other = await page.context().newPage();
  await other.goto(link!);
  await other.locator('atlas-demo').scrollIntoViewIfNeeded();
  await ready(other);
  const after = await state(other);
  expect(after.step).toBe(25);
  expect(after.w).toBe(before.w);
  expect(after.b).toBe(before.b);
});

test('the demo page and its demo request nothing from another origin', async ({ page, baseURL }) => {
  const problems = watchProblems(page, baseURL!);
  await page.goto(demoPath);
  await page.locator('atlas-demo').scrollIntoViewIfNeeded();
  await ready(page);
  await chooseBackend(page, 'webgl');
  await expect(page.locator('[data-role="backend-label"]')).toContainText(/WebGL|processeur/);
  await runSteps(page, 50);
  await page.locator('[data-role="play"]').click();
  await page.waitForTimeout(500);
  expect(problems).toEqual([]);
});

test('under prefers-reduced-motion, play shows the result at once, without animation', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(demoPath);
  await page.locator('atlas-demo').scrollIntoViewIfNeeded();
  await ready(page);
  await expect(page.locator('[data-role="status"]')).toContainText('Mouvement réduit');
  await page.locator('[data-role="play"]').click();
  // 2,000 steps: a loaded CI machine can need more than the default 5 s (speed is benchmarked, not tested).
  await expect.poll(async () => (await state(page)).playing, { timeout: 30_000 }).toBe(false);
  const s = await state(page);
  expect(s.step).toBeGreaterThan(100);
  expect(s.distance).toBeLessThan(1e-3);
  await context.close();
});
