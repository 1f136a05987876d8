/**
 * The cheat sheet carries the KaTeX fonts its formulas use (src/integration/embed-fonts.ts):
 * checked here in the browser, which decides for itself which face draws each character.
 */
import { expect, type Page, test } from '@playwright/test';

/**
 * Text of every formula under `scope` whose face (as Chromium computes it) is one of the
 * page's embedded faces, with the characters that face does not hold.
 */
function uncovered(page: Page, scope: string) {
  return page.evaluate((scope) => {
    const inRange = (range: string, point: number) =>
      range.split(',').some((part) => {
        const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
        return point >= Number.parseInt(from!, 16) && point <= Number.parseInt(to!, 16);
      });
    const embedded = [...document.fonts].filter((f) => f.unicodeRange !== 'U+0-10FFFF');
    const missing: string[] = [];
    let checked = 0;
    for (const formula of document.querySelectorAll(`${scope} .katex-html`)) {
      const walker = document.createTreeWalker(formula, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const style = getComputedStyle(node.parentElement!);
        const family = style.fontFamily.split(',')[0]!.trim().replace(/^"|"$/g, '');
        const face = embedded.find(
          (f) => f.family === family && f.weight === style.fontWeight && f.style === style.fontStyle,
        );
        if (!face) continue;
        checked++;
        for (const ch of node.textContent ?? '')
          if (!inRange(face.unicodeRange, ch.codePointAt(0)!))
            missing.push(
              `${family} ${style.fontWeight} ${style.fontStyle}: « ${ch} » U+${ch.codePointAt(0)!.toString(16)}`,
            );
      }
    }
    const unloaded = embedded
      .filter((f) => f.status !== 'loaded')
      .map((f) => `${f.family} ${f.weight} ${f.style}: ${f.status}`);
    return { embedded: embedded.length, unloaded, checked, missing: [...new Set(missing)] };
  }, scope);
}

test('the cheat sheet requests no font file, and each embedded face holds every character it draws', async ({
  page,
}) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font') fonts.push(r.url());
  });
  await page.goto('/formules/');
  await page.evaluate(() => document.fonts.ready);
  const onPage = await uncovered(page, 'main');
  expect(onPage.embedded).toBeGreaterThanOrEqual(4);
  // Loaded, not refused (the page's policy allows data: fonts) nor broken.
  expect(onPage.unloaded).toEqual([]);
  expect(onPage.checked).toBeGreaterThan(1000);
  expect(onPage.missing).toEqual([]);

  // Down to the last formula, so that anything drawn late would have asked for its font too.
  await page.locator('main .katex').last().scrollIntoViewIfNeeded();
  await page.evaluate(() => document.fonts.ready);
  expect(fonts).toEqual([]);
});

test('other pages still load KaTeX fonts as files, once for the whole site', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font') fonts.push(new URL(r.url()).pathname);
  });
  await page.goto('/glossaire/accuracy/');
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.every((f) => /^\/_astro\/KaTeX_[\w-]+\.[\w-]+\.woff2$/.test(f))).toBe(true);
});
