/**
 * Printing (A4) the cheat sheet, the glossary and a programme: no navigation,
 * closed sections printed open, link targets written out, formulas kept whole,
 * black on white even from the dark theme. scripts/print-pdf.ts makes the PDFs
 * (and PNG pages) to look at.
 */
import { expect, test } from '@playwright/test';

for (const path of ['/formules/', '/glossaire/', '/programmes/master-mix/']) {
  test(`prints cleanly: ${path}`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      '.site-header',
      '.site-footer',
      '.breadcrumbs',
      '.toc',
      '.prev-next',
      'main nav',
      '.moodle-link',
      '.demo-fold',
      'pagefind-modal',
    ]) {
      for (const el of await page.locator(hidden).all()) await expect(el, hidden).toBeHidden();
    }
    const state = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      // Only sections that print at all: a panel hidden on paper (Moodle link) hides its body too.
      const printed = [...document.querySelectorAll<HTMLDetailsElement>('main details')].filter(
        (d) => d.getClientRects().length > 0,
      );
      const hiddenInDetails = printed
        .flatMap((d) => [...d.querySelectorAll(':scope > :not(summary, script, style, template)')])
        .filter((el) => (el as HTMLElement).offsetHeight === 0).length;
      const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/"]:not(.copy-link)')].filter(
        (a) => a.offsetParent,
      );
      const withTarget = links.filter((a) =>
        getComputedStyle(a, '::after').content.includes(a.getAttribute('href')!),
      ).length;
      const formulas = [...document.querySelectorAll('main .katex-display, main .formula-math')].map(
        (el) => getComputedStyle(el).breakInside,
      );
      return {
        color: body.color,
        background: body.backgroundColor,
        hiddenInDetails,
        links: links.length,
        withTarget,
        formulas,
      };
    });
    expect(state.color).toBe('rgb(0, 0, 0)');
    expect(state.hiddenInDetails).toBe(0);
    expect(state.links).toBeGreaterThan(5);
    expect(state.withTarget).toBe(state.links);
    for (const b of state.formulas) expect(b).toBe('avoid');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // Every page is A4: 595 × 842 points.
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(boxes.length).toBeGreaterThan(1);
    for (const box of boxes) expect(box).toEqual([595, 842]);
    await context.close();
  });
}
