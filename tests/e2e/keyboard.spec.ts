/**
 * A keyboard-only walk through the site: skip link, a glossary preview, the search
 * dialog, the theme toggle and, when the build has one, a demo's controls. Each
 * stop must be reachable with Tab, show a visible focus indicator, and work with
 * the keyboard alone. Axe also checks the states that only exist after interaction
 * (open preview, open search dialog with results), in both themes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { htmlFiles, isDemoPage, outDir, sitePath } from '../support/built-files';
import { axe, watchCsp } from '../support/axe';

/** Presses Tab until `target` has the focus (at most `max` times). */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (
      await target
        .evaluate((el) => el === document.activeElement || el.contains(document.activeElement))
        .catch(() => false)
    )
      return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/**
 * The focused element shows a focus indicator: an outline or a ring (box-shadow) of
 * its own, or one drawn by a close ancestor (Pagefind rings the result card of a
 * focused result link) that goes away when the focus leaves.
 */
async function expectVisibleFocus(page: Page) {
  const { tag, visible } = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const chain = [
      el,
      el.parentElement,
      el.parentElement?.parentElement,
      el.parentElement?.parentElement?.parentElement,
    ].filter((e): e is HTMLElement => !!e);
    const look = () =>
      chain.map((e) => {
        const s = getComputedStyle(e);
        return `${s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? s.outlineWidth + s.outlineColor : ''}|${s.boxShadow}`;
      });
    const focused = look();
    el.blur();
    const unfocused = look();
    el.focus({ focusVisible: true } as FocusOptions);
    const ownOutline = focused[0].split('|')[0] !== '';
    return { tag: el.tagName, visible: ownOutline || focused.some((f, i) => f !== unfocused[i]) };
  });
  expect(visible, `no visible focus on ${tag}`).toBe(true);
}

test.describe.configure({ timeout: 120_000 });

test('keyboard walkthrough: skip link, glossary preview, search, theme toggle', async ({ page }) => {
  // Search runs Pagefind's WebAssembly in a worker: the policy must let it, which this checks too.
  const cspViolations = await watchCsp(page);
  // Reduced motion: focus rings then appear at once (no 150 ms fade), so they can be read right away.
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto('/faq/');

  // 1. The skip link is the first stop, visible when focused, and moves focus to the content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // 2. The first term link in the content: focus opens its preview, Escape closes it.
  const ref = page.locator('main .ref').first();
  const link = ref.locator('.ref-link');
  const card = ref.locator('.ref-card');
  await tabTo(page, link);
  await expectVisibleFocus(page);
  await expect(card).toBeVisible();
  await expect(link).toHaveAttribute('aria-describedby', (await card.getAttribute('id'))!);
  expect(await axe(page), 'open preview, light').toEqual([]);
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  expect(await axe(page, true), 'open preview, dark').toEqual([]);
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(link).toBeFocused();
  // Enter follows the link to the term's page.
  const href = await link.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));

  // 3. Search: reached with Tab, opened with Enter; results are reached with the keyboard.
  const launcher = page.locator('search-launcher a');
  await tabTo(page, launcher);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const dialog = page.locator('pagefind-modal dialog');
  await expect(dialog).toBeVisible();
  const input = dialog.locator('input').first();
  await expect(input).toBeFocused();
  await page.keyboard.type('softmax');
  const first = dialog.locator('pagefind-results a').first();
  await expect(first).toBeVisible();
  await tabTo(page, first, 30);
  await expectVisibleFocus(page);
  expect(await axe(page), 'search dialog with results, light').toEqual([]);
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  expect(await axe(page, true), 'search dialog with results, dark').toEqual([]);
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(launcher).toBeFocused();

  // 4. The theme toggle: Tab, then Enter and Space both switch the theme, announced by aria-pressed.
  const toggle = page.locator('theme-toggle button');
  await tabTo(page, toggle);
  await expectVisibleFocus(page);
  await expect(toggle).toHaveAccessibleName(/thème sombre/i);
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await cspViolations()).toEqual([]);
});

// Demos are added by their own engineer: this walks the first demo page the build has.
const demoPage = htmlFiles()
  .map((file) => ({ path: sitePath(file), html: readFileSync(join(outDir, file), 'utf8') }))
  .find(isDemoPage);

test('keyboard walkthrough: every control of a demo is reachable, named, focus-visible and operable', async ({
  page,
}) => {
  test.skip(!demoPage, 'no demo page in this build');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(demoPage!.path);
  const scope = page.locator('[data-demo]').first().or(page.locator('main')).first();
  const controls = scope.locator('input:not([type=hidden]), select, button, textarea, [tabindex="0"]');
  await expect(controls.first()).toBeVisible({ timeout: 15_000 });
  const count = await controls.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible()) || (await control.isDisabled())) continue;
    await tabTo(page, control, 120);
    await expectVisibleFocus(page);
    const name = await control.evaluate(
      (el) =>
        (el as HTMLElement).ariaLabel ||
        (el as HTMLInputElement).labels?.[0]?.textContent ||
        el.textContent ||
        el.getAttribute('aria-labelledby') ||
        '',
    );
    expect(name.trim(), `control ${i} has no name`).not.toBe('');
    const type = await control.evaluate((el) => (el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase()));
    if (type === 'range') {
      const before = await control.inputValue();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowUp');
      const after = await control.inputValue();
      if (after === before) await page.keyboard.press('ArrowLeft');
      expect(await control.inputValue(), `slider ${i} does not move with the arrow keys`).not.toBe(before);
    }
  }
  // The last Tab left the page scrolled with earlier controls under the sticky header, which
  // axe's target-size counts as obscured: check the page as it opens, the demo near the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await axe(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('math stays readable by screen readers: KaTeX keeps its MathML, the visual copy is hidden from them', async ({
  page,
}) => {
  await page.goto('/formules/');
  const katex = page.locator('main .katex');
  const n = await katex.count();
  expect(n).toBeGreaterThan(20);
  await expect(page.locator('main .katex .katex-mathml math')).toHaveCount(n);
  const state = await page.evaluate(() => {
    const mathml = document.querySelector('main .katex .katex-mathml')!;
    const s = getComputedStyle(mathml);
    return {
      hidden: s.display === 'none' || s.visibility === 'hidden' || mathml.closest('[aria-hidden="true"]') !== null,
      htmlHidden: document.querySelector('main .katex .katex-html')!.getAttribute('aria-hidden'),
      annotation: document.querySelector('main .katex annotation[encoding="application/x-tex"]')?.textContent ?? '',
    };
  });
  expect(state.hidden).toBe(false);
  expect(state.htmlHidden).toBe('true');
  expect(state.annotation.length).toBeGreaterThan(0);
});
