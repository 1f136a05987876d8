/** Helpers for the demos' browser tests: open a demo, run steps, read `data-state`, check leaks and disposal. */
import { expect, type Page } from '@playwright/test';

/** The demo's data-state (the first demo of the page unless a selector is given). */
export const demoState = async (page: Page, selector = 'atlas-demo') =>
  JSON.parse((await page.locator(selector).first().getAttribute('data-state'))!);

/** Opens a demo page (with an optional hash), scrolls the demo into view and waits until it is mounted. */
export async function openDemo(page: Page, path: string) {
  await page.goto(path);
  await page.locator('atlas-demo').first().scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () => JSON.parse(document.querySelector('atlas-demo')?.getAttribute('data-state') ?? '{}').ready === true,
  );
}

/** Runs n steps through the element's test hook (chunked like play). */
export const runSteps = (page: Page, n: number) =>
  page.evaluate(
    (k) => (document.querySelector('atlas-demo') as unknown as { steps(n: number): Promise<void> }).steps(k),
    n,
  );

/** Collects requests to another origin, console errors and page errors (`site`: the base URL or its origin). */
export function watchProblems(page: Page, site: string) {
  const origin = new URL(site).origin;
  const problems: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.origin !== origin)
      problems.push(`request to another origin: ${r.url()}`);
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** numTensors after 1,000 steps equals numTensors after 10; returns the final state. */
export async function expectNoLeak(page: Page) {
  await runSteps(page, 10);
  const after10 = await demoState(page);
  expect(after10.step).toBe(10);
  await runSteps(page, 990);
  const after1000 = await demoState(page);
  expect(after1000.step).toBe(1000);
  expect(after1000.numTensors).toBe(after10.numTensors);
  return after1000;
}

/** Removing the demo from the page disposes every tensor it made. */
export async function expectDisposal(page: Page) {
  await runSteps(page, 20);
  const gone = await page.evaluate(async () => {
    const el = document.querySelector('atlas-demo') as HTMLElement;
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    return JSON.parse(el.dataset.state!);
  });
  expect(gone.disposed).toBe(true);
  expect(gone.numTensors).toBe(gone.tensorsBeforeMount);
}

/** Under prefers-reduced-motion, play computes to the end at once; returns the state after it. */
export async function playReduced(page: Page, path: string) {
  await openDemo(page, path);
  await expect(page.locator('[data-role="status"]')).toContainText('Mouvement réduit');
  await page.locator('[data-role="play"]').click();
  await expect.poll(async () => (await demoState(page)).playing, { timeout: 100_000 }).toBe(false);
  return demoState(page);
}

/** A shared link (the "Lien vers cet état" href) reproduces the state in a new page. */
export async function reopenLink(page: Page) {
  const link = await page.locator('[data-role="link"]').getAttribute('href');
  const other = await page.context().newPage();
  await openDemo(other, link!);
  return { link: link!, state: await demoState(other) };
}

/** Picks the backend in the demo's "Détails techniques" (opened first: the selector lives there). */
export async function chooseBackend(page: Page, value: 'cpu' | 'webgl') {
  const details = page.locator('atlas-demo .demo-tech').first();
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  await page.locator('[data-role="backend"]').first().selectOption(value);
}
