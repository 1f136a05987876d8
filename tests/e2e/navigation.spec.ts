import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'node-html-parser';

/** What assistive technologies are told about an element's expanded state (Chromium's accessibility tree). */
async function axExpanded(page: Page, selector: string): Promise<boolean | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  const prop = nodes[0]?.properties?.find((p) => p.name === 'expanded');
  await cdp.detach();
  return prop?.value.value as boolean | undefined;
}

/** The chevron drawn before a summary, and its rotation. */
async function chevron(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const cs = getComputedStyle(el, '::before');
      return {
        shown: cs.display !== 'none' && cs.content !== 'none' && cs.borderRightStyle === 'solid',
        rotate: cs.rotate,
      };
    });
}

test.describe('nothing hidden without a sign', () => {
  const cases = [
    { name: 'a formula’s symbols', path: '/formules/', selector: '#produit-matriciel details.symbols > summary' },
    { name: 'an M2 IM option', path: '/programmes/m2-im/', selector: '#option-mds > summary' },
    {
      name: 'a course explorer’s filters on a phone',
      path: '/cours/',
      selector: '.explorer-filters > summary',
      phone: true,
    },
    { name: 'the phone’s "Sur cette page"', path: '/formules/', selector: '.toc summary', phone: true },
  ];
  for (const c of cases) {
    test(`${c.name} shows a chevron that turns, and its state is exposed`, async ({ page }) => {
      if (c.phone) await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(c.path);
      const summary = page.locator(c.selector).first();
      await expect(summary).toBeVisible();
      const closed = await chevron(page, c.selector);
      expect(closed.shown).toBe(true);
      await expect.poll(() => axExpanded(page, c.selector)).toBe(false);
      await summary.click();
      // The chevron turns with a transition: its computed rotation changes over a few frames.
      await expect.poll(async () => (await chevron(page, c.selector)).rotate).not.toBe(closed.rotate);
      const open = await chevron(page, c.selector);
      expect(open.shown).toBe(true);
      await expect.poll(() => axExpanded(page, c.selector)).toBe(true);
    });
  }
});

test.describe('phone header and menu', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the menu button opens and closes the navigation, Escape gives the focus back', async ({ page }) => {
    await page.goto('/formules/');
    const button = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveAttribute('aria-controls', 'site-nav');
    await expect(nav).toBeHidden();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Glossaire' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    await expect(button).toBeFocused();
    // A click elsewhere closes it too.
    await button.click();
    await page.locator('main h1').click();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  test('the header is compact (one row) and stays at the top while reading', async ({ page }) => {
    await page.goto('/glossaire/');
    const header = page.locator('.site-header');
    const { height } = (await header.boundingBox())!;
    expect(height).toBeLessThanOrEqual(64);
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => header.evaluate((el) => el.getBoundingClientRect().top)).toBe(0);
    await expect(page.getByRole('button', { name: 'Menu' })).toBeInViewport();
  });

  test('without scripts the navigation is simply shown', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/faq/');
    await expect(
      page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Glossaire' }),
    ).toBeVisible();
    await expect(page.locator('.menu-button')).toBeHidden();
    await context.close();
  });
});

test('at every width the header is one row, as tall as the offset sticky elements sit under', async ({ page }) => {
  await page.goto('/cours/advanced-data-mining/');
  const offset = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.height = 'var(--header-h)';
    document.body.append(probe);
    const h = probe.getBoundingClientRect().height;
    probe.remove();
    return h;
  });
  for (const width of [390, 800, 1024, 1119, 1120, 1200, 1279, 1280, 1366, 1600]) {
    await page.setViewportSize({ width, height: 800 });
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height, `${width} px`).toBeCloseTo(offset, 0);
    // The search is there, and named, whether it shows its word or its icon only.
    await expect(page.getByRole('link', { name: 'Rechercher' }), `${width} px`).toBeInViewport();
    const menu = page.getByRole('button', { name: 'Menu' });
    const bar = page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Carrières' });
    await expect(width >= 1120 ? bar : menu, `${width} px`).toBeInViewport();
  }
});

test('nothing opens a gap between the breadcrumbs or the tables of contents and the text', async ({ page }) => {
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of [
      '/formules/',
      '/glossaire/',
      '/programmes/master-mix/',
      '/cours/advanced-data-mining/',
      '/faq/',
    ]) {
      await page.goto(path);
      const gap = await page.evaluate(() => {
        const main = document.querySelector('main')!.getBoundingClientRect();
        // What stands above the text in its column: the breadcrumbs, a disclosure, a table of contents.
        const bottoms = [...document.querySelectorAll('.breadcrumbs, nav.toc')]
          .map((e) => e.getBoundingClientRect())
          .filter((b) => b.height > 0 && b.bottom <= main.top + 1 && b.right > main.left && b.left < main.right)
          .map((b) => b.bottom);
        return main.top - Math.max(...bottoms);
      });
      expect(gap, `${path} at ${width} px`).toBeLessThan(24);
    }
  }
});

test.describe('section sidebar and table of contents', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('the cheat sheet’s sidebar lists sections and formulas and marks the one being read', async ({ page }) => {
    await page.goto('/formules/');
    const toc = page.locator('nav.toc');
    await expect(toc).toBeVisible();
    const box = (await toc.boundingBox())!;
    expect(box.x).toBeLessThan(400); // on the left, beside the text
    await expect(toc.locator('a[href="#softmax"]')).toBeVisible();
    await expect(toc.locator('a[aria-current]')).toHaveCount(1);
    await expect(toc.locator('a[aria-current]')).toHaveAttribute('href', '#section-algebre-lineaire');
    await page.locator('#softmax').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('softmax')?.scrollIntoView({ block: 'start' }));
    await expect(toc.locator('a[aria-current]')).toHaveAttribute('href', '#softmax');
    await expect(toc.locator('a[aria-current]')).toHaveCount(1);
    await expect(toc.locator('a[aria-current]')).toBeInViewport();
  });

  test('the glossary’s sidebar is its A–Z, and follows the reader', async ({ page }) => {
    await page.goto('/glossaire/');
    const toc = page.getByRole('navigation', { name: 'De A à Z' });
    await expect(toc.getByRole('link', { name: 'S', exact: true })).toBeVisible();
    await page.evaluate(() => document.getElementById('lettre-s')?.scrollIntoView({ block: 'start' }));
    await expect(toc.locator('a[aria-current]')).toHaveText('S');
  });

  test('a programme’s sidebar shows its structure', async ({ page }) => {
    await page.goto('/programmes/m2-im/');
    const toc = page.locator('nav.toc');
    await expect(toc.getByRole('link', { name: 'Informations clés' })).toBeVisible();
    await expect(toc.locator('.toc-depth-3')).not.toHaveCount(0);
  });

  test('a term’s sidebar is the whole glossary, its own entry marked and in view', async ({ page }) => {
    await page.goto('/glossaire/overfitting/');
    const nav = page.getByRole('navigation', { name: 'Glossaire de A à Z' });
    await expect(nav).toBeVisible();
    expect((await nav.boundingBox())!.x).toBeLessThan(400);
    await expect(nav.getByRole('link', { name: 'Tout le glossaire' })).toHaveAttribute('href', '/glossaire/');
    const here = nav.locator('a[aria-current="page"]');
    await expect(here).toHaveCount(1);
    await expect(here).toHaveText('Surapprentissage');
    await expect(here).toHaveAttribute('href', '/glossaire/overfitting/');
    // Far down the list, yet shown without scrolling the page: the sidebar scrolled to it.
    await expect(here).toBeInViewport();
    await expect(nav.locator('a')).toHaveCount(47);
    // A term that is its English name keeps its language.
    await expect(nav.getByRole('link', { name: 'Dropout', exact: true })).toHaveAttribute('lang', 'en');
    // Outside the indexed text.
    await expect(page.locator('main nav.section-nav')).toHaveCount(0);
  });

  test('a course’s sidebar is its programme: the semesters, and the courses of its own', async ({ page }) => {
    await page.goto('/cours/deep-learning-mix/');
    const nav = page.getByRole('navigation', { name: 'Le programme MIX' });
    await expect(nav).toBeVisible();
    for (const s of ['Semestre 1', 'Semestre 2', 'Semestre 3', 'Semestre 4'])
      await expect(nav.locator('.section-nav-heading').getByRole('link', { name: s })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Semestre 3' })).toHaveAttribute('href', /\/programmes\/master-mix\/#/);
    const here = nav.locator('a[aria-current="page"]');
    await expect(here).toHaveText('Deep learning');
    await expect(nav.locator('.toc-depth-3')).not.toHaveCount(0);
    // Only its own semester lists its courses (the seven of MIX's S3), the others are one line each.
    await expect(nav.getByRole('link', { name: 'Geometry for science' })).toBeVisible();
    await expect(nav.locator('.toc-depth-3')).toHaveCount(7);
  });

  test('a sidebar heading the site named itself carries the site’s mark', async ({ page }) => {
    // M2 IM's fifth option has no title in the source (titleFromSource: false).
    await page.goto('/cours/advanced-data-mining/');
    const nav = page.getByRole('navigation', { name: 'Le programme M2 IM' });
    const heading = nav.locator('.section-nav-heading', { hasText: 'Option science des données et informatique' });
    await expect(heading.locator('[data-ours]')).toHaveText('intitulé du site');
    await expect(heading.locator('[data-ours]')).toBeVisible();
    // The options the source titles carry none.
    await expect(nav.locator('[data-ours]')).toHaveCount(1);
  });

  test('a course has its programme on the left and its own sections on the right, the one being read marked', async ({
    page,
  }) => {
    await page.goto('/cours/advanced-data-mining/');
    const nav = page.getByRole('navigation', { name: 'Le programme M2 IM' });
    const toc = page.getByRole('navigation', { name: 'Sur cette page' });
    await expect(nav).toBeVisible();
    await expect(toc).toBeVisible();
    const main = (await page.locator('main').boundingBox())!;
    expect((await nav.boundingBox())!.x).toBeLessThan(main.x);
    expect((await toc.boundingBox())!.x).toBeGreaterThanOrEqual(main.x + main.width);
    // The text keeps its measure beside two columns.
    expect(main.width).toBeGreaterThan(700);
    await expect(toc.locator('a')).toHaveText([
      'Dans le programme',
      'Description',
      'Thèmes',
      'Formules et termes liés',
      'Cité dans',
    ]);
    await expect(toc.locator('a[aria-current]')).toHaveAttribute('href', '#dans-le-programme');
    await page.evaluate(() => document.getElementById('description')?.scrollIntoView({ block: 'start' }));
    await expect(toc.locator('a[aria-current]')).toHaveAttribute('href', '#description');
    // The section sidebar keeps marking the page itself.
    await expect(nav.locator('a[aria-current="page"]')).toHaveText('Advanced Data Mining');
  });

  test('narrower than three columns, a term keeps the glossary sidebar and has its own sections as a closed disclosure above the text', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto('/glossaire/overfitting/');
    await expect(page.getByRole('navigation', { name: 'Glossaire de A à Z' })).toBeVisible();
    const toc = page.getByRole('navigation', { name: 'Sur cette page' });
    const summary = toc.locator('summary');
    await expect(summary).toBeVisible();
    // Closed, in the text's column, above the title: Starlight's "On this page" bar.
    await expect(toc.locator('a').first()).toBeHidden();
    const main = (await page.locator('main').boundingBox())!;
    const box = (await summary.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(main.x - 1);
    expect(box.y).toBeLessThan((await page.locator('h1').boundingBox())!.y);
    await summary.click();
    await toc.getByRole('link', { name: 'Cité dans' }).click();
    await expect(page).toHaveURL(/#cite-dans$/);
    expect(await page.locator('#cite-dans').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(300);
  });

  test('every course and term lists in its table of contents the sections it has, in order', () => {
    const dist = process.env.ATLAS_OUT_DIR ?? 'dist';
    let checked = 0;
    for (const section of ['cours', 'glossaire']) {
      for (const id of readdirSync(join(dist, section), { withFileTypes: true }).filter((e) => e.isDirectory())) {
        const root = parse(readFileSync(join(dist, section, id.name, 'index.html'), 'utf8'));
        const main = root.querySelector('main')!;
        // The page's own headings: not a formula card's title, nor those of a demo embedded in it.
        const headings = main
          .querySelectorAll('h2[id], h3[id]')
          .filter((h) => !h.closest('article, atlas-demo, .demo-embed, template'))
          .map((h) => `#${h.id}`);
        const toc = root.querySelectorAll('nav.toc-aside a').map((a) => a.getAttribute('href'));
        if (headings.length >= 3) expect(toc, `${section}/${id.name}`).toEqual(headings);
        else expect(toc, `${section}/${id.name}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  test('on a phone the section sidebar is a closed disclosure above the title', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/glossaire/overfitting/');
    const summary = page.locator('nav.section-nav summary');
    await expect(summary).toHaveText('Glossaire de A à Z');
    await expect(page.locator('nav.section-nav a').first()).toBeHidden();
    expect((await summary.boundingBox())!.y).toBeLessThan((await page.locator('h1').boundingBox())!.y);
    await summary.click();
    await expect(page.locator('nav.section-nav a[aria-current="page"]')).toBeVisible();
    // The page's own sections: the next disclosure, closed, right under it.
    const own = page.locator('nav.toc-aside summary');
    await expect(own).toHaveText('Sur cette page');
    await expect(page.locator('nav.toc-aside a').first()).toBeHidden();
    await page.locator('nav.section-nav summary').click();
    // Two rows of one block, with no gap between them.
    const first = (await summary.boundingBox())!;
    expect((await own.boundingBox())!.y - (first.y + first.height)).toBeLessThan(2);
  });

  test('back to top appears once the reader has scrolled, and leads to the content', async ({ page }) => {
    await page.goto('/formules/');
    const back = page.getByRole('link', { name: /Haut de page/ });
    await expect(back).toBeHidden();
    await page.evaluate(() => window.scrollTo(0, 4000));
    await expect(back).toBeVisible();
    await expect(back).toBeInViewport();
    await back.click();
    await expect(page).toHaveURL(/#contenu-principal$/);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(400);
  });
});
