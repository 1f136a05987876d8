// axe-core runs and CSP-violation watching, shared by the accessibility and keyboard tests.
import AxeBuilder from '@axe-core/playwright';
import axeCore from 'axe-core';
import type { Page } from '@playwright/test';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Axe's violations, one line per element; `colorsOnly` for a second theme, where only colours change.
 * axe-core is injected once per loaded document and run there (axe.run, as AxeBuilder's legacy
 * mode does): AxeBuilder parses axe's 550 KB again and opens a blank page on every call, which
 * cost more than the checks themselves. A page with frames goes through AxeBuilder, which
 * injects axe into every frame.
 */
export async function axe(page: Page, colorsOnly = false): Promise<string[]> {
  await wideMathChecked(page);
  const runOnly = colorsOnly
    ? { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }
    : { type: 'tag', values: tags };
  let violations: axeCore.Result[];
  if (page.frames().length > 1) {
    const builder = new AxeBuilder({ page });
    ({ violations } = await (colorsOnly ? builder.withRules(runOnly.values) : builder.withTags(tags)).analyze());
  } else {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeCore.source);
    violations = await page.evaluate(
      async (options) =>
        (await (window as unknown as { axe: typeof axeCore }).axe.run(document, options as axeCore.RunOptions))
          .violations,
      // Only violations are read: axe then skips building the details of every passing node,
      // about a third of its time on the long pages.
      { runOnly, resultTypes: ['violations'] },
    );
  }
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`,
    ),
  );
}

/**
 * Has axe-core evaluated in every document the tab opens from now on, before the page's own
 * scripts, instead of sending its 550 KB over the DevTools protocol after each navigation
 * (250–550 ms a page here; the renderer's compilation cache makes the repeated script cheap).
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: axeCore.source });
}

/**
 * Records CSP violations from the first script on, before the page's own scripts run, on every
 * page the tab opens. The function returned gives the violations of the current page and those
 * reported in the console since its last call.
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
    ...console.splice(0),
  ];
}

/**
 * Waits, on a page with display math, until src/scripts/wide-math.ts has given the overflowing
 * formulas their tab stop with KaTeX's fonts in place, then for one more frame: before that, a
 * wide formula is a scrollable region without one (axe's scrollable-region-focusable).
 */
export async function wideMathChecked(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('.katex-display') ||
      ('wideMath' in document.documentElement.dataset && document.fonts.status === 'loaded'),
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
}
