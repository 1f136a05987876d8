/**
 * Line breaks on a phone: a short inline formula moves to the next line whole, and fits there;
 * a long one still breaks after an operator, with the text after it on the same line
 * (src/lib/typography.ts, keepShortFormulasWhole).
 */
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone, "(m×n)⋅(n×p)=(m×p)" is on one line of its own, not cut after "(m×"', async ({ page }) => {
  await page.goto('/formules/');
  await page.evaluate(() => document.fonts.ready);
  const layout = await page.evaluate(() => {
    const formula = [...document.querySelectorAll<HTMLElement>('.katex')].find(
      (k) => k.querySelector('.katex-html')?.textContent === '(m×n)⋅(n×p)=(m×p)',
    )!;
    const tops = [...formula.querySelectorAll('.katex-html > .katex-base')].map((b) =>
      Math.round(b.getBoundingClientRect().top),
    );
    return { classes: formula.className, bases: tops.length, lines: new Set(tops).size };
  });
  expect(layout.bases).toBeGreaterThan(1); // places where KaTeX would have allowed a break
  expect(layout.lines).toBe(1);
  expect(layout.classes).toContain('katex-whole');
});

for (const path of ['/formules/', '/demos/attention-q-learning/', '/demos/k-means/', '/glossaire/softmax/']) {
  test(`on a phone, every short inline formula of ${path} fits its column`, async ({ page }) => {
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    const result = await page.evaluate(() => {
      const visible = [...document.querySelectorAll<HTMLElement>('.katex.katex-whole')].filter(
        (k) => k.getClientRects().length > 0,
      );
      const over = visible
        .map((k) => {
          const column = k.parentElement!.closest<HTMLElement>('p, li, dd, dt, td, th, div, figcaption')!;
          const style = getComputedStyle(column);
          const right = column.getBoundingClientRect().right - Number.parseFloat(style.paddingRight);
          return { text: k.querySelector('.katex-html')!.textContent, by: k.getBoundingClientRect().right - right };
        })
        .filter((o) => o.by > 1);
      return { checked: visible.length, over, pageWidth: document.documentElement.scrollWidth };
    });
    expect(result.checked).toBeGreaterThan(0);
    expect(result.over).toEqual([]);
    expect(result.pageWidth).toBeLessThanOrEqual(390);
  });
}

test('a long inline formula still breaks inside the line, and the text after it follows on', async ({ page }) => {
  await page.goto('/demos/attention-q-learning/');
  const layout = await page.evaluate(() => {
    // In the page's text (the same formula also appears in link previews).
    const formula = [...document.querySelectorAll<HTMLElement>('main p .katex')].find(
      (k) => !k.closest('.ref-card') && k.querySelector('.katex-html')?.textContent?.startsWith('Q(s,a)←Q(s,a)+α'),
    )!;
    const next = document.createRange();
    next.setStartAfter(formula);
    next.setEnd(formula.nextSibling!, 1);
    const rects = [...formula.getClientRects()];
    return {
      classes: formula.className,
      display: getComputedStyle(formula).display,
      lines: rects.length,
      // The character after the formula sits on the formula's last line.
      sameLine: Math.abs(next.getBoundingClientRect().bottom - rects.at(-1)!.bottom) < 12,
    };
  });
  expect(layout.classes).not.toContain('katex-whole');
  expect(layout.display).toBe('inline');
  expect(layout.lines).toBeGreaterThan(1);
  expect(layout.sameLine).toBe(true);
});
