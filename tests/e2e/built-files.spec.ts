/**
 * Gates on the built files themselves (no browser): size budgets, the
 * Content-Security-Policy of every page, valid HTML (W3C Nu checker), and what
 * search engines and link previews read (titles, descriptions, canonical URLs,
 * Open Graph, sitemap, robots.txt).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { parseHtml } from '../../src/lib/html';
import { frenchSpacesInPage } from '../../src/lib/typography';
import { gzipSize, htmlFiles, isDemoPage, outDir, pageAssets } from '../support/built-files';

const files = htmlFiles();
const pages = files.map(pageAssets);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const fileBytes = new Map<string, number>();
const gz = (file: string) => {
  if (!fileBytes.has(file)) fileBytes.set(file, gzipSize(readFileSync(file)));
  return fileBytes.get(file)!;
};

test.describe('budgets', () => {
  test('JavaScript loaded before any interaction: at most 4 KB gzip on every page without a demo', () => {
    const over: string[] = [];
    let largest = { path: '', bytes: 0 };
    // The search page opens the search at once: it is the one page that loads the search UI up front.
    for (const p of pages.filter((p) => !isDemoPage(p) && p.path !== '/recherche/')) {
      const bytes = p.scripts.reduce((a, f) => a + gz(f), 0) + p.inlineScripts.reduce((a, s) => a + gzipSize(s), 0);
      if (bytes > largest.bytes) largest = { path: p.path, bytes };
      if (bytes > 4096) over.push(`${p.path}: ${kb(bytes)} (${p.scripts.join(', ')})`);
    }
    test.info().annotations.push({
      type: 'largest JS before interaction',
      description: `${largest.path}: ${kb(largest.bytes)} gzip`,
    });
    console.log(`JS before interaction, largest: ${largest.path} ${kb(largest.bytes)} gzip`);
    expect(largest.bytes).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });

  test('no TF.js byte on pages without a demo, not even in code they load on demand', () => {
    // Strings every TF.js core bundle carries (its flags URL parameter, its version export, its engine's error).
    const tf = /tfjsflags|version_core|Backend name '/;
    const withTf = new Map<string, boolean>();
    const offenders: string[] = [];
    for (const p of pages.filter((p) => !isDemoPage(p))) {
      for (const f of p.reachableScripts) {
        if (!withTf.has(f)) withTf.set(f, tf.test(readFileSync(f, 'utf8')));
        if (withTf.get(f)) offenders.push(`${p.path} → ${f}`);
      }
    }
    expect(withTf.size).toBeGreaterThan(0);
    expect(offenders).toEqual([]);
  });

  test('CSS: at most 30 KB gzip on every page', () => {
    const over: string[] = [];
    let largest = { path: '', bytes: 0 };
    for (const p of pages) {
      // Fonts written into a page are fonts, counted below, as font files are not CSS either.
      const styles = p.inlineStyles.filter((s) => !p.embeddedFonts.includes(s));
      const bytes = p.stylesheets.reduce((a, f) => a + gz(f), 0) + styles.reduce((a, s) => a + gzipSize(s), 0);
      if (bytes > largest.bytes) largest = { path: p.path, bytes };
      if (bytes > 30 * 1024) over.push(`${p.path}: ${kb(bytes)}`);
    }
    test.info().annotations.push({ type: 'largest CSS', description: `${largest.path}: ${kb(largest.bytes)} gzip` });
    console.log(`CSS, largest: ${largest.path} ${kb(largest.bytes)} gzip`);
    expect(largest.bytes).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });

  test('the cheat sheet carries its styles, so that its first paint waits for no stylesheet', () => {
    const sheet = pages.find((p) => p.path === '/formules/')!;
    expect(sheet.stylesheets).toEqual([]);
    // Its CSS is the same as the pages that link theirs: the site's and KaTeX's rules.
    const css = sheet.inlineStyles.join('');
    expect(css).toContain('@font-face');
    expect(css).toContain('.formula-card');
    // Every other page still links them, once for the whole site.
    expect(pages.find((p) => p.path === '/glossaire/')!.stylesheets.length).toBeGreaterThan(0);
  });

  test('fonts written into a page: only the cheat sheet, reported, and at most 24 KB gzip', () => {
    // The cheat sheet carries the KaTeX faces its formulas use, cut to their characters
    // (src/integration/embed-fonts.ts): 16.5 KB gzip when this was written. The four full fonts its
    // first screen asks for weigh 73 KB; more than a third of that would mean the cut stopped cutting.
    const withFonts = pages.filter((p) => p.embeddedFonts.length);
    expect(withFonts.map((p) => p.path)).toEqual(['/formules/']);
    const bytes = gzipSize(withFonts[0]!.embeddedFonts.join(''));
    console.log(`Fonts written into /formules/: ${kb(bytes)} gzip`);
    expect(bytes).toBeGreaterThan(2 * 1024);
    expect(bytes).toBeLessThan(24 * 1024);
  });

  test('largest HTML page: reported, and under 1 MB (phones, offline copies)', () => {
    const sizes = pages
      .map((p) => ({ path: p.path, bytes: Buffer.byteLength(p.html), gzip: gzipSize(p.html) }))
      .sort((a, b) => b.bytes - a.bytes);
    const top = sizes[0];
    const report = sizes
      .slice(0, 3)
      .map((s) => `${s.path} ${kb(s.bytes)} (${kb(s.gzip)} gzip)`)
      .join('; ');
    test.info().annotations.push({ type: 'largest HTML pages', description: report });
    console.log(`Largest HTML pages: ${report}`);
    expect(top.bytes).toBeLessThan(1024 * 1024);
  });
});

test.describe('Content-Security-Policy', () => {
  test('every page has a policy that allows only the site itself and hashes every inline script and style', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const directives = new Map(
        p.csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...values]) => [name, values]),
      );
      if (!directives.size) {
        problems.push(`${p.path}: no Content-Security-Policy`);
        continue;
      }
      for (const [name, values] of directives) {
        for (const v of values) {
          // Only keywords, hashes, 'self', and the data:/blob: schemes; never a host.
          if (!/^'(self|none|wasm-unsafe-eval|unsafe-inline|sha(256|384|512)-[A-Za-z0-9+/=]+)'$|^(data|blob):$/.test(v))
            problems.push(`${p.path}: ${name} allows ${v}`);
          if (v === "'unsafe-inline'" && name !== 'style-src-attr')
            problems.push(`${p.path}: ${name} allows 'unsafe-inline'`);
        }
      }
      // data: fonts only where the build embedded some (src/integration/embed-fonts.ts).
      if (directives.get('font-src')?.includes('data:') && !p.embeddedFonts.length)
        problems.push(`${p.path}: font-src allows data: without fonts of its own`);
      for (const name of ['default-src', 'script-src', 'object-src', 'base-uri'])
        if (!directives.has(name)) problems.push(`${p.path}: no ${name}`);
      for (const body of p.inlineScripts) {
        const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
        if (!directives.get('script-src')?.includes(hash))
          problems.push(`${p.path}: inline script without its hash: ${body.slice(0, 60)}…`);
      }
      // The cheat sheet's stylesheets are written into it (src/integration/inline-styles.ts).
      for (const body of p.inlineStyles) {
        const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
        if (!directives.get('style-src')?.includes(hash))
          problems.push(`${p.path}: inline style without its hash: ${body.slice(0, 60)}…`);
      }
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});

test.describe('valid HTML', () => {
  test('the W3C Nu checker finds no error on any page', () => {
    test.setTimeout(600_000);
    const jar = 'node_modules/vnu-jar/build/dist/vnu.jar';
    const result = spawnSync(
      'java',
      ['-Xss4m', '-jar', jar, '--format', 'json', ...files.map((f) => join(outDir, f))],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(result.error, 'java could not run').toBeUndefined();
    expect(
      result.stderr.trimStart().startsWith('{'),
      `the checker did not report in JSON:\n${result.stdout}${result.stderr.slice(0, 2000)}`,
    ).toBe(true);
    const { messages } = JSON.parse(result.stderr) as {
      messages: { type: string; subType?: string; url: string; lastLine?: number; message: string }[];
    };
    const problems = messages
      // The checker reads the files from file: URLs, where the policy's 'self' matches nothing: it
      // then reports our own /_astro/ files as blocked. In the browser (http:) they are allowed,
      // which the browser tests check on every page.
      .filter(
        (m) =>
          !(
            m.subType === 'warning' &&
            /^Resource violates Content Security Policy \(meta tag\): external (script|stylesheet) “\//.test(m.message)
          ),
      )
      // The checker validates the CSS of <style> elements (the cheat sheet's, src/integration/inline-styles.ts),
      // not of stylesheet files, with a CSS grammar that predates container queries and scroll-driven
      // animations, which current browsers support (global.css and the demos' styles use them).
      .filter(
        (m) =>
          !/^CSS: (?:“(container|animation-timeline|animation-range)”: Property “\1” doesn't exist\.|Unrecognized at-rule “@container”)/.test(
            m.message,
          ),
      )
      .filter((m) => m.type === 'error' || m.subType === 'warning' || m.type === 'non-document-error')
      .map((m) => `${m.url.replace(/^file:.*?\/(?=[^/]*\/index\.html|index\.html)/, '')}:${m.lastLine}: ${m.message}`);
    expect(files.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});

test.describe('French typography', () => {
  test('every page: no line can start with », :, ;, ? or ! nor end with « (no-break spaces)', () => {
    const left = files.filter((f) => frenchSpacesInPage(parseHtml(readFileSync(join(outDir, f), 'utf8'))));
    expect(left).toEqual([]);
    // A case seen on a phone: the k-means lead broke between « and its word.
    const lead = parse(readFileSync(join(outDir, 'demos', 'k-means', 'index.html'), 'utf8')).querySelector(
      '.lead',
    )!.text;
    expect(lead).toContain('«\u00a0recalculer\u00a0»\u00a0:');
    expect(lead).not.toMatch(/« | »| :/);
  });
});

test.describe('SEO and sharing', () => {
  test('every page: one title, a description, a canonical URL to itself, Open Graph tags; unique titles', () => {
    const problems: string[] = [];
    const titles = new Map<string, string>();
    // Redirect pages (content/redirects.yaml) only send the reader on: they are not pages to describe.
    for (const p of pages.filter((p) => !/<meta http-equiv="refresh"/.test(p.html))) {
      const root = parse(p.html);
      const meta = (sel: string) => root.querySelector(sel)?.getAttribute('content')?.trim() ?? '';
      const title = root.querySelectorAll('title');
      if (title.length !== 1 || !title[0].textContent.trim())
        problems.push(`${p.path}: needs exactly one non-empty <title>`);
      const t = title[0]?.textContent.trim() ?? '';
      if (titles.has(t) && p.path !== '/404.html') problems.push(`${p.path}: same title as ${titles.get(t)}: "${t}"`);
      titles.set(t, p.path);
      const description = meta('meta[name="description"]');
      if (description.length < 30) problems.push(`${p.path}: description missing or too short: "${description}"`);
      // Pages kept out of search engines (404, search results) have no canonical URL.
      const noindex = meta('meta[name="robots"]').includes('noindex');
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      if (!noindex && !(/^https?:\/\//.test(canonical) && new URL(canonical).pathname === p.path))
        problems.push(`${p.path}: canonical "${canonical}" is not this page's absolute URL`);
      for (const prop of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'og:locale']) {
        if (!meta(`meta[property="${prop}"]`)) problems.push(`${p.path}: no ${prop}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('the sitemap lists every indexable page and only those; robots.txt points to it', () => {
    const index = readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.split('/').pop()!);
    const listed = new Set(
      sitemaps.flatMap((f) =>
        [...readFileSync(join(outDir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
      ),
    );
    const noindex = pages.filter((p) => /<meta name="robots" content="noindex/.test(p.html)).map((p) => p.path);
    expect(noindex).toEqual(expect.arrayContaining(['/recherche/']));
    for (const p of pages) {
      if (p.file === '404.html' || noindex.includes(p.path)) expect(listed.has(p.path), p.path).toBe(false);
      else expect(listed.has(p.path), `${p.path} missing from the sitemap`).toBe(true);
    }
    const robots = readFileSync(join(outDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemapLine = robots.match(/^Sitemap: (\S+)$/m)?.[1];
    expect(sitemapLine).toMatch(/^https?:\/\/.+\/sitemap-index\.xml$/);
  });

  test('a 404 page in the site’s style, kept out of search and of the index', () => {
    expect(existsSync(join(outDir, '404.html'))).toBe(true);
    const root = parse(readFileSync(join(outDir, '404.html'), 'utf8'));
    expect(root.querySelector('h1')?.textContent).toBe('Page introuvable');
    expect(root.querySelector('header.site-header')).not.toBeNull();
    expect(root.querySelector('link[rel="stylesheet"]')).not.toBeNull();
    expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/noindex/);
    expect(root.querySelector('[data-pagefind-body]')).toBeNull();
    expect(statSync(join(outDir, '404.html')).size).toBeGreaterThan(1000);
  });
});
