/**
 * Made for Moodle (issue 7), on the built site: the exports parsed back,
 * stable URLs, deep links as Moodle writes them, embed mode and its
 * postMessage, the "Lien Moodle" panel, redirect pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseGift } from 'gift-pegjs';
import { readContent } from '../../src/lib/content-files.ts';
import { readRedirects } from '../../src/lib/redirects.ts';
import { texFragments } from '../../src/lib/exporters/markdown-export.ts';
import { formulaTitle } from '../../src/lib/titles.ts';
import { serveHostPage } from '../support/host-page';
import { readGiftFile } from '../support/moodle-gift';
import { builtPages } from '../support/pages';
import { config } from '../../src/lib/config.ts';

const dist = config.outDir;
// The build's SITE (astro.config.ts): the exports carry absolute URLs on it.
const site = new URL(config.base, config.site).href;
const content = readContent('content');
const count = (collection: string) => content.filter((f) => f.collection === collection).length;
const built = (file: string) => readFileSync(join(dist, file), 'utf8');
const decode = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const redirects = readRedirects('content');

/** The built HTML file for an absolute URL of the site, or undefined. */
function fileForUrl(href: string): string | undefined {
  if (!href.startsWith(site)) return undefined;
  const path = new URL(href).pathname.slice(new URL(site).pathname.length);
  const file = join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
  return existsSync(file) ? file : undefined;
}

test.describe('exports', () => {
  test('glossary XML: well formed, every term with what Moodle’s import requires, TeX as in the content', () => {
    const xml = built('exports/glossaire-atlas-ml.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const info = new XMLParser({
      isArray: (n) => ['ENTRY', 'ALIAS', 'CATEGORY'].includes(n),
      parseTagValue: false,
    }).parse(xml).GLOSSARY.INFO;
    for (const field of ['NAME', 'INTRO', 'GLOBALGLOSSARY', 'SHOWSPECIAL', 'SHOWALPHABET', 'SHOWALL'])
      expect(info[field], field).toBeDefined();
    const entries = info.ENTRIES.ENTRY;
    expect(entries).toHaveLength(count('glossary'));
    for (const e of entries) {
      expect(e.CONCEPT, JSON.stringify(e)).toBeTruthy();
      expect(typeof e.DEFINITION, e.CONCEPT).toBe('string');
      expect(e.DEFINITION.length, e.CONCEPT).toBeGreaterThan(0);
      expect(e.FORMAT, e.CONCEPT).toBe('1');
      for (const c of e.CATEGORIES?.CATEGORY ?? [])
        expect(c.NAME && c.USEDYNALINK !== undefined, e.CONCEPT).toBeTruthy();
      for (const a of e.ALIASES?.ALIAS ?? []) expect(a.NAME, e.CONCEPT).toBeTruthy();
    }
    // Every $…$ of a definition arrives as \(…\), unchanged.
    for (const f of content.filter((f) => f.collection === 'glossary')) {
      const tex = [...f.body.matchAll(/\$([^$]+)\$/g)].map((m) => m[1]);
      const entry = entries.find((e: any) => e.CONCEPT === (f.data as { term: string }).term);
      expect(texFragments(entry.DEFINITION).map(decode), f.id).toEqual(tex);
    }
  });

  for (const [file, collection] of [
    ['quiz-glossaire.txt', 'glossary'],
    ['quiz-formules.txt', 'formulas'],
    ['quiz-faq.txt', 'faq'],
  ] as const) {
    test(`GIFT ${file}: every question parses back with gift-pegjs, one right answer among four`, () => {
      const parsed = parseGift(built(`exports/${file}`)) as any[];
      expect(parsed[0].type).toBe('Category');
      const questions = parsed.filter((q) => q.type === 'MC');
      expect(questions).toHaveLength(count(collection));
      expect(parsed).toHaveLength(count(collection) + 1);
      for (const q of questions) {
        expect(q.stem.format, q.title).toBe('html');
        expect(q.choices, q.title).toHaveLength(4);
        expect(
          q.choices.filter((c: any) => c.isCorrect),
          q.title,
        ).toHaveLength(1);
        expect(new Set(q.choices.map((c: any) => c.text.text)).size, q.title).toBe(4);
      }
      // Read as Moodle's importer reads it: every text HTML, one right answer, no partial weight.
      const moodle = readGiftFile(built(`exports/${file}`));
      expect(moodle).toHaveLength(count(collection));
      for (const q of moodle) {
        expect([q.questiontext, q.generalfeedback, ...q.answers.map((a) => a.answer)].map((t) => t.format)).toEqual(
          Array(6).fill('html'),
        );
        expect(q.answers.map((a) => a.fraction).sort(), q.name).toEqual([0, 0, 0, 1]);
      }
    });
  }

  test('GIFT formulas: the TeX of every formula is unchanged after parsing', () => {
    const questions = (parseGift(built('exports/quiz-formules.txt')) as any[]).filter((q) => q.type === 'MC');
    for (const f of content.filter((f) => f.collection === 'formulas')) {
      const d = f.data as { name: string; french?: string[]; titleLang?: 'fr' | 'en'; display: { tex: string }[] };
      // Named as the site titles it, French first, the source's name kept (src/lib/titles.ts).
      const name = formulaTitle({ name: d.name, french: d.french ?? [], titleLang: d.titleLang ?? 'en' });
      expect(name, f.id).toContain(d.name);
      const q = questions.find((x) => x.title === `Formules : ${name}`);
      expect(q, f.id).toBeDefined();
      expect(texFragments(q.stem.text).map(decode), f.id).toEqual(d.display.map((x) => x.tex));
      expect(decode(q.choices.find((c: any) => c.isCorrect).text.text), f.id).toBe(name);
    }
  });

  test('cartridge: manifest with the IMS CC 1.1 namespace in its first 1024 bytes; every web link is a built page, and every page is linked', () => {
    const files = unzipSync(new Uint8Array(readFileSync(join(dist, 'exports/atlas-ml.imscc'))));
    const raw = files['imsmanifest.xml'];
    const manifest = strFromU8(raw);
    expect(XMLValidator.validate(manifest)).toBe(true);
    const head = strFromU8(raw.slice(0, 1024));
    expect(head).toContain('xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"');
    // Moodle itself only reads 500 bytes (backup/converter/imscc11/lib.php).
    expect(strFromU8(raw.slice(0, 500))).toContain('imsccv1p1/imscp_v1p1');
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => ['item', 'resource'].includes(n) }).parse(
      manifest,
    ).manifest;
    const resources = new Map<string, any>(doc.resources.resource.map((r: any) => [r['@_identifier'], r]));
    const linked = new Set<string>();
    for (const section of doc.organizations.organization.item[0].item) {
      expect(section.title).toBeTruthy();
      for (const item of section.item) {
        const resource = resources.get(item['@_identifierref']);
        expect(resource?.['@_type'], item.title).toBe('imswl_xmlv1p1');
        const wl = new XMLParser({ ignoreAttributes: false }).parse(strFromU8(files[resource.file['@_href']])).webLink;
        const href = wl.url['@_href'];
        const file = fileForUrl(href);
        expect(file, `${item.title}: ${href}`).toBeDefined();
        // The title given to Moodle is the page's own.
        const title = /<title>([^<]*)<\/title>/.exec(readFileSync(file!, 'utf8'))![1].replace(/ · Atlas ML$/, '');
        expect(decode(title), href).toBe(wl.title);
        linked.add(new URL(href).pathname);
      }
    }
    const base = new URL(site).pathname;
    const pages = builtPages(dist)
      .map((p) => `${base}${p.slice(1)}`)
      .filter((p) => !redirects.some((r) => p === `${base}${r.from}`))
      // Pages kept out of search engines (404, the offline fallback) are not for Moodle either.
      .filter(
        (p) =>
          !readFileSync(join(dist, p.slice(base.length), 'index.html'), 'utf8').includes(
            '<meta name="robots" content="noindex">',
          ),
      );
    expect(
      pages.filter((p) => !linked.has(p)),
      'pages missing from src/lib/page-index.ts',
    ).toEqual([]);
  });

  test('CSV: semicolons and a BOM for a French spreadsheet, strict-parser valid, one row per page, absolute URLs', () => {
    const csv = built('exports/pages.csv');
    expect(csv.startsWith('\uFEFFTitre;URL;Rubrique\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(csv, { delimiter: ';', bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(header).toEqual(['Titre', 'URL', 'Rubrique']);
    expect(rows.length).toBeGreaterThan(150);
    for (const row of rows) expect(fileForUrl(row[1]), row.join(' | ')).toBeDefined();
  });

  test('the teachers’ page links every export, and each is served', async ({ page, request }) => {
    await page.goto('/enseignants/');
    const links = await page
      .locator('main a[download]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(links.sort()).toEqual([
      '/exports/atlas-ml.imscc',
      '/exports/glossaire-atlas-ml.xml',
      '/exports/pages.csv',
      '/exports/quiz-faq.txt',
      '/exports/quiz-formules.txt',
      '/exports/quiz-glossaire.txt',
    ]);
    for (const href of links) expect((await request.get(href)).status(), href).toBe(200);
  });
});

test.describe('stable URLs', () => {
  test('every published URL still exists, as a page or a redirect to a page', () => {
    const published = readFileSync('tests/fixtures/published-urls.txt', 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(published.length).toBeGreaterThan(150);
    const missing = published.filter(
      (path) => !existsSync(join(dist, path.endsWith('/') ? `${path}index.html` : path)),
    );
    expect(missing, 'add the old path to content/redirects.yaml').toEqual([]);
    for (const r of redirects) expect(existsSync(join(dist, r.to.replace(/#.*$/, ''), 'index.html')), r.to).toBe(true);
  });

  test('a redirect page leads to the new page and keeps the anchor', async ({ page }) => {
    await page.goto('/moodle/');
    await expect(page).toHaveURL(/\/enseignants\/$/);
    await page.goto('/moodle/#exports');
    await expect(page).toHaveURL(/\/enseignants\/#exports$/);
    await expect(page.locator('#exports')).toBeInViewport();
  });
});

test.describe('deep links', () => {
  test('#sec?x=y (Moodle’s URL parameters after the fragment) lands on sec, highlighted', async ({ page }) => {
    await page.goto('/faq/#loss-nan?x=y&id=12');
    await expect(page).toHaveURL(/\/faq\/#loss-nan$/);
    await expect(page.locator(':target')).toHaveAttribute('id', 'loss-nan');
    await expect(page.locator('#loss-nan')).toBeInViewport();
    const outline = await page.locator('#loss-nan').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
  });

  test('?section=sec lands on sec', async ({ page }) => {
    await page.goto('/formules/?section=softmax');
    await expect(page.locator(':target')).toHaveAttribute('id', 'softmax');
    await expect(page.locator('#softmax')).toBeInViewport();
    await page.goto('/glossaire/?section=overfitting');
    await expect(page.locator(':target')).toHaveAttribute('id', 'overfitting');
  });

  test('an unknown section leaves the page at its top, nothing highlighted', async ({ page }) => {
    await page.goto('/faq/#nulle-part?x=y');
    await expect(page).toHaveURL(/\/faq\/#nulle-part$/);
    await expect(page.locator('main h1')).toBeInViewport();
    await expect(page.locator(':target')).toHaveCount(0);
  });
});

test.describe('embed mode', () => {
  test('?embed=1 shows no header, navigation or footer, and links open in a new tab', async ({ page }) => {
    await page.goto('/glossaire/overfitting/?embed=1');
    await expect(page.locator('main h1')).toBeVisible();
    for (const selector of [
      '.site-header',
      '.site-footer',
      'nav[aria-label="Navigation principale"]',
      '.breadcrumbs',
      '.prev-next',
      '.moodle-link',
    ]) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    expect(await page.locator('nav:visible').count()).toBe(0);
    const other = page.locator('main a[href*="/glossaire/"]:not([href^="#"])').first();
    await expect(other).toHaveAttribute('target', '_blank');
    await expect(page.locator('main a[href^="#"]').first()).not.toHaveAttribute('target', /./);
  });

  test('parameters after the fragment turn embed mode on too', async ({ page }) => {
    await page.goto('/faq/#loss-nan?embed=1');
    await expect(page.locator('html')).toHaveClass(/\bembed\b/);
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator(':target')).toHaveAttribute('id', 'loss-nan');
  });

  test('a normal page is not in embed mode', async ({ page }) => {
    await page.goto('/glossaire/overfitting/');
    await expect(page.locator('.site-header')).toBeVisible();
    await expect(page.locator('main a[href*="/glossaire/"]').first()).not.toHaveAttribute('target', /./);
  });

  test('in an iframe, the page posts its content height to the host’s origin, without its address', async ({
    page,
    baseURL,
  }) => {
    // The host is a plain page on another origin, as a Moodle page on its own server.
    const host = await serveHostPage();
    await page.goto(host.origin);
    const event = await page.evaluate(
      (src) =>
        new Promise<any>((resolve) => {
          window.addEventListener('message', (e) => {
            if (e.data?.type === 'atlas-ml:height') resolve({ origin: e.origin, data: e.data });
          });
          const frame = document.createElement('iframe');
          frame.src = src;
          frame.style.height = '300px';
          document.body.append(frame);
        }),
      `${baseURL}/faq/?embed=1&q=secret#loss-nan`,
    );
    await host.close();
    expect(event.origin).toBe(baseURL);
    // No address, hence no query string: only the type and the height.
    expect(Object.keys(event.data).sort()).toEqual(['height', 'type']);
    expect(Number.isInteger(event.data.height)).toBe(true);
    // The whole FAQ is far taller than the 300 px frame: the height is the content's, not the frame's.
    expect(event.data.height).toBeGreaterThan(1500);
  });

  test('the height message is addressed to the parent’s origin, never to "*"', async ({ page, baseURL }) => {
    // Same origin, so that the host can watch its own postMessage being called by the frame.
    await page.goto('/enseignants/');
    const targets = await page.evaluate(
      (src) =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          const original = window.postMessage.bind(window);
          (window as any).postMessage = (message: any, target: any) => {
            if (message?.type === 'atlas-ml:height') {
              seen.push(typeof target === 'string' ? target : JSON.stringify(target));
              resolve(seen);
            }
            return original(message, target);
          };
          const frame = document.createElement('iframe');
          frame.src = src;
          document.body.append(frame);
        }),
      `${baseURL}/glossaire/overfitting/?embed=1`,
    );
    expect(targets).toEqual([baseURL]);
  });

  test('nothing in embed mode writes to storage', async ({ page }) => {
    await page.goto('/faq/?embed=1&theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });
});

test.describe('Lien Moodle panel', () => {
  test('gives the page’s link, its embed link and an iframe snippet at the serving origin, and copies them', async ({
    page,
    context,
    baseURL,
  }) => {
    // The build's SITE (http://localhost:4321 by default) is not where the tests serve it (E2E_PORT).
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/cours/machine-learning-avance/');
    const panel = page.locator('details.moodle-link');
    await expect(panel).toHaveAttribute('data-pagefind-ignore', '');
    await panel.locator('summary').click();
    const own = `${baseURL}/cours/machine-learning-avance/`;
    await expect(page.getByLabel(/Lien de la page/)).toHaveValue(own);
    await expect(page.getByLabel(/Lien intégré/)).toHaveValue(`${own}?embed=1`);
    await expect(page.getByLabel(/ressource Page/)).toHaveValue(
      new RegExp(`^<iframe src="${own.replace(/[.?]/g, '\\$&')}\\?embed=1" title="[^"]+" width="100%" height="\\d+"`),
    );
    const height = Number(/height="(\d+)"/.exec(await page.getByLabel(/ressource Page/).inputValue())![1]);
    expect(height).toBeGreaterThanOrEqual(300);
    expect(height).toBeLessThanOrEqual(1600);
    await expect(panel.locator('.moodle-hint')).toContainText(`${height} px`);
    await expect(panel.locator('[data-moodle-nojs]')).toHaveCount(0);
    await panel.getByRole('button', { name: 'Copier' }).nth(1).click();
    await expect(panel.getByRole('button', { name: 'Copié' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${own}?embed=1`);
  });

  test('lists the page’s passages, each link, embed link and iframe copied in one click', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/faq/');
    const panel = page.locator('details.moodle-link');
    await panel.locator('summary').click();
    const sections = panel.locator('details.moodle-sections');
    await sections.locator('summary').click();
    // Every question of the FAQ is a passage.
    const questions = await page.locator('main a[data-copy-link]').count();
    expect(await sections.locator('li').count()).toBeGreaterThanOrEqual(questions);
    const row = sections.locator('li', { hasText: 'loss' }).first();
    const label = await row.locator('.moodle-section-name').textContent();
    await row.getByRole('button', { name: `Copier le lien vers « ${label} »` }).click();
    // The copy is asynchronous (navigator.clipboard.writeText): wait for it as for the other two.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/faq/#loss-nan`);
    await row.getByRole('button', { name: /lien intégré/ }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${baseURL}/faq/?embed=1#loss-nan`);
    await row.getByRole('button', { name: /iframe/ }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(new RegExp(`^<iframe src="${baseURL}/faq/\\?embed=1#loss-nan" title="FAQ[^"]*: [^"]+"`));
    // Glossary letters are passages too.
    await page.goto('/glossaire/');
    await page.locator('details.moodle-link summary').click();
    await expect(page.locator('details.moodle-sections li', { hasText: /^A/ }).first()).toBeAttached();
  });

  test('keeps a demo’s state: given by data-state-url, by the atlas:state-url event, or in the address', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/cours/machine-learning-avance/?q=1&embed=0');
    await page.evaluate(() => {
      document.addEventListener('atlas:state-url', (e) => {
        (e as CustomEvent<{ url?: string }>).detail.url = '?lr=0.1&epochs=20';
      });
    });
    await page.locator('details.moodle-link summary').click();
    await expect(page.getByLabel(/Lien de la page/)).toHaveValue(
      `${baseURL}/cours/machine-learning-avance/?lr=0.1&epochs=20`,
    );
    await expect(page.getByLabel(/Lien intégré/)).toHaveValue(
      `${baseURL}/cours/machine-learning-avance/?embed=1&lr=0.1&epochs=20`,
    );
    // Without a listener: the address's own state (its query, a fragment naming no element), not embed or theme.
    await page.goto('/cours/machine-learning-avance/?embed=0&theme=dark&k=3#w=0.5,b=1');
    await page.locator('details.moodle-link summary').click();
    await expect(page.getByLabel(/Lien de la page/)).toHaveValue(
      `${baseURL}/cours/machine-learning-avance/?k=3#w=0.5,b=1`,
    );
  });

  test('on a demo page, the copied links carry the demo’s current state; a demo embedded elsewhere does not', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/demos/k-means/');
    // One step: the state (settings and step count) is then written in the demo's address.
    const demo = page.locator('atlas-demo').first();
    await demo.locator('[data-role="step"]').click({ timeout: 20_000 });
    await expect(demo).toHaveAttribute('data-state-url', /#./);
    // The running demo can still move the page under the pointer (CI once clicked beside the
    // summary, leaving the panel closed): click until the panel is open, never twice once it is.
    const panel = page.locator('details.moodle-link');
    await expect(async () => {
      if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
      await expect(panel).toHaveAttribute('open', '', { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    const state = (await demo.getAttribute('data-state-url'))!;
    await expect(page.getByLabel(/Lien de la page/)).toHaveValue(state);
    await expect(page.getByLabel(/Lien intégré/)).toHaveValue(state.replace('#', '?embed=1#'));
    // The overfitting term embeds its demo: the term's link stays the term's.
    await page.goto('/glossaire/overfitting/');
    await expect(page.locator('atlas-demo').first()).toBeAttached();
    await page.locator('details.moodle-link summary').click();
    await expect(page.getByLabel(/Lien de la page/)).toHaveValue(`${baseURL}/glossaire/overfitting/`);
  });

  test('without JavaScript, the panel shows relative links that work from this site', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/cours/machine-learning-avance/');
    await page.locator('details.moodle-link summary').click();
    await expect(page.getByLabel(/Lien de la page/)).toHaveValue('/cours/machine-learning-avance/');
    await expect(page.getByLabel(/Lien intégré/)).toHaveValue('/cours/machine-learning-avance/?embed=1');
    await expect(page.locator('[data-moodle-nojs]')).toBeVisible();
    await context.close();
  });

  test('is on pages a teacher would link, not on the 404, the offline fallback or the search page', async ({
    page,
  }) => {
    for (const path of ['/faq/', '/glossaire/overfitting/', '/enseignants/', '/']) {
      await page.goto(path);
      await expect(page.locator('details.moodle-link'), path).toHaveCount(1);
    }
    for (const path of ['/404.html', '/hors-ligne/indisponible/', '/recherche/', '/page-qui-n-existe-pas/']) {
      await page.goto(path);
      await expect(page.locator('main h1'), path).toBeVisible();
      await expect(page.locator('details.moodle-link'), path).toHaveCount(0);
    }
  });
});

test.describe('the teachers’ page at the serving address', () => {
  test('writes its examples with the serving origin, and says which address the exports contain', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/enseignants/');
    await expect(page.locator('main code[data-address]').first()).toHaveText(`${baseURL}/faq/#loss-nan`);
    await expect(page.locator('main code[data-snippet="iframe"]')).toContainText(`src="${baseURL}/faq/?embed=1"`);
    await expect(page.locator('main code[data-snippet="listener"]')).toContainText(`event.origin !== '${baseURL}'`);
    const notice = page.locator('#adresse-des-exports');
    const exportOrigin = new URL(site).origin;
    if (exportOrigin === baseURL) await expect(notice).toBeHidden();
    else {
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(site);
      await expect(notice.locator('[data-serving-origin]')).toHaveText(baseURL!);
    }
  });
});

test.describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the teachers’ page and an open Lien Moodle panel pass axe (WCAG A/AA), ${colorScheme}`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto('/enseignants/');
      const teachers = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(teachers.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      await page.goto('/glossaire/overfitting/');
      await page.locator('details.moodle-link summary').focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('details.moodle-link')).toHaveAttribute('open', '');
      const panel = await new AxeBuilder({ page })
        .include('details.moodle-link')
        .withTags(['wcag2a', 'wcag2aa'])
        .analyze();
      expect(panel.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      // Every control of the panel is a 44 px tap target.
      for (const box of await page
        .locator('details.moodle-link :is(summary, input, textarea, button)')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
        expect(box).toBeGreaterThanOrEqual(44);
      }
      await context.close();
    });
  }
});
