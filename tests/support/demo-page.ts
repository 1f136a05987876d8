import type { Page } from '@playwright/test';

/** Helpers for demo browser tests: open a demo, wait until TF.js has loaded, run steps, read `data-state`. */
export const demoState = async (page: Page, selector = 'atlas-demo') => JSON.parse((await page.locator(selector).first().getAttribute('data-state'))!);

export async function openDemo(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('atlas-demo').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => JSON.parse(document.querySelector('atlas-demo')?.getAttribute('data-state') ?? '{}').ready === true, undefined, {
    timeout: 20_000,
  });
}

export const runDemoSteps = (page: Page, n: number) =>
  page.evaluate((k) => (document.querySelector('atlas-demo') as unknown as { steps(n: number): Promise<void> }).steps(k), n);

/** Requests to another origin, console errors and page errors. */
export function watchProblems(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) problems.push(`request to another origin: ${r.url()}`);
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** numTensors after 10 steps and after 1,000 (the leak test every demo runs). */
export async function tensorsAfter10And1000(page: Page): Promise<{ after10: number; after1000: number; state: Record<string, any> }> {
  await runDemoSteps(page, 10);
  const s10 = await demoState(page);
  await runDemoSteps(page, 990);
  const s1000 = await demoState(page);
  if (s10.step !== 10 || s1000.step !== 1000) throw new Error(`expected steps 10 and 1000, got ${s10.step} and ${s1000.step}`);
  return { after10: s10.numTensors, after1000: s1000.numTensors, state: s1000 };
}

/** Removes the demo from the page and returns its final data-state (disposal). */
export const removeDemo = (page: Page) =>
  page.evaluate(async () => {
    const el = document.querySelector('atlas-demo') as HTMLElement;
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    return JSON.parse(el.dataset.state!);
  });
