/**
 * Every demo page, as a student meets it: the demo near the top, plots at least 480 px
 * wide beside their settings on a 1366 px screen, the plot before the compact bar on a
 * phone, nothing on the page moving when the demo starts, and each « Essayez » link
 * putting the demo in its state in one click.
 */
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { demoState, openDemo } from '../support/demo-page';

const ids = readdirSync('dist/demos', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

for (const id of ids) {
  test(`${id}: demo-first layout on a desktop and on a phone`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await openDemo(page, `/demos/${id}/`);
    const box = await page.evaluate(() => {
      const demo = document.querySelector('atlas-demo')!;
      const figure = demo.querySelector('.demo-stage canvas, .demo-stage svg')!.getBoundingClientRect();
      const main = demo.querySelector('.demo-main')!.getBoundingClientRect();
      const side = demo.querySelector('.demo-side')!.getBoundingClientRect();
      return {
        top: demo.getBoundingClientRect().top + scrollY,
        figure: figure.width,
        beside: side.left >= main.right,
        overflow: document.documentElement.scrollWidth - innerWidth,
      };
    });
    // The demo starts within the first screen, under the title, the summary and the formula cited.
    expect(box.top).toBeLessThan(500);
    expect(box.figure).toBeGreaterThanOrEqual(480);
    expect(box.beside).toBe(true);
    expect(box.overflow).toBeLessThanOrEqual(0);

    await page.setViewportSize({ width: 390, height: 844 });
    // One step, so that the status reads « en pause », longer than « prête ».
    await page.locator('[data-role="step"]').click();
    await expect.poll(async () => (await demoState(page)).step).toBe(1);
    await page.waitForTimeout(100);
    const phone = await page.evaluate(() => {
      const demo = document.querySelector('atlas-demo')!;
      const figure = demo.querySelector('.demo-stage canvas, .demo-stage svg')!.getBoundingClientRect();
      const bar = demo.querySelector('.demo-bar')!.getBoundingClientRect();
      // The compact bar holds on one line: every button and the status share one row.
      const tops = [...demo.querySelectorAll('.demo-bar > *')].map((el) => el.getBoundingClientRect());
      const oneLine = tops.every((r) => r.top < tops[0]!.bottom && r.bottom > tops[0]!.top);
      // A reading never wraps inside a number: a value without a separator between numbers
      // (" ; ", " et ", ", ") is one line of text. The space before ";" is a no-break one
      // (French spacing): the line may still break after it.
      const lines = (el: Element) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      };
      const broken = [...demo.querySelectorAll('.demo-numbers dd')]
        .filter((dd) => !/\s; | et |, /.test(dd.textContent ?? '') && lines(dd) > 1)
        .map((dd) => dd.textContent);
      return {
        figureFirst: figure.top < bar.top,
        overflow: document.documentElement.scrollWidth - innerWidth,
        oneLine,
        broken,
      };
    });
    expect(phone.figureFirst).toBe(true);
    expect(phone.overflow).toBeLessThanOrEqual(0);
    expect(phone.oneLine).toBe(true);
    expect(phone.broken).toEqual([]);
  });

  test(`${id}: nothing moves when the demo starts (layout shift under 0.05 on a desktop, a tablet and a phone)`, async ({
    page,
  }) => {
    // Lighthouse's desktop screen, a tablet, then a 390 px phone. The page reserves each plot's place (its
    // canvas's width and height attributes, src/islands/shared/plot.ts) and writes the texts the
    // script fills for the default state at build time (the convolution's size sentence, the
    // MLP's architecture, the first phase of k-means…) or reserves it (the first row of readings).
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) w.shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const [width, height] of [
      [1350, 940],
      [768, 1024],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`/demos/${id}/`);
      await page.waitForFunction(
        () => JSON.parse(document.querySelector('atlas-demo')?.getAttribute('data-state') ?? '{}').ready === true,
      );
      await page.waitForTimeout(500);
      const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
      expect(shift, `layout shift at ${width} × ${height}`).toBeLessThan(0.05);
    }
  });

  test(`${id}: every « Essayez » link sets the demo’s state in one click`, async ({ page }) => {
    // Each link replays up to thousands of steps (the MLP's take longest on a loaded machine).
    test.setTimeout(240_000);
    await openDemo(page, `/demos/${id}/`);
    const links = page.locator('.demo-tries a');
    const count = await links.count();
    test.skip(count === 0, `${id} has no lesson yet`);
    expect(count).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < count; i++) {
      const href = (await links.nth(i).getAttribute('href'))!;
      const steps = Number(new URLSearchParams(href.slice(1)).get('k') ?? 0);
      await links.nth(i).click();
      const wanted = [...new URLSearchParams(href.slice(1))].filter(([key]) => key !== 'k');
      // The demo reaches the link's state (every field as written in the link), after its steps.
      await expect
        .poll(
          async () => {
            const s = await demoState(page);
            const fields = wanted.every(([key, value]) => String(s.state?.[key]) === value);
            return fields && !s.playing && (s.step === steps || s.diverged);
          },
          {
            // The replay of a link's steps runs at the demo's speed: the MLP's 2,000 take seconds, not milliseconds.
            timeout: 90_000,
          },
        )
        .toBe(true);
      // The link's state is the demo's, with nothing corrected; the address and the share link carry it.
      await expect(page.locator('[data-role="notes"]')).toBeHidden();
      const hashOf = (url: string) => new URLSearchParams(new URL(url, page.url()).hash.slice(1));
      const shared = (await page.locator('atlas-demo').getAttribute('data-state-url'))!;
      for (const url of [page.url(), shared]) {
        const params = hashOf(url);
        for (const [key, value] of wanted) expect(params.get(key), `${href} → ${url}`).toBe(value);
      }
    }
  });
}
