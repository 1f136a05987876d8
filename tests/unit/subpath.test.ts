/**
 * Sub-path hosting: the real site built for SITE=https://univ.example.fr and
 * BASE=/atlas-ml/ into its own folder. The post-build check crawls every link
 * of every page; then the assets the HTML does not show (KaTeX fonts in the CSS,
 * the search bundle, the exports' absolute URLs) are checked, and a browser
 * visits a sample of pages served under /atlas-ml/, opens the search and
 * follows a result.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { checkSite } from '../../scripts/check-site.ts';

const SITE = 'https://univ.example.fr';
const BASE = '/atlas-ml/';
const work = mkdtempSync(join(tmpdir(), 'atlas-subpath-'));
const out = join(work, 'dist');
let build = { ok: false, output: '' };

function run(cmd: string, args: string[]) {
  // Vitest sets BASE_URL=/ in the environment, and Vite would let it override the configured base.
  const { BASE_URL: _, ...env } = process.env;
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    env: { ...env, SITE, BASE, ATLAS_OUT_DIR: out, ATLAS_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1' },
  });
  return { ok: r.status === 0, output: `${r.stdout}\n${r.stderr}` };
}

beforeAll(() => {
  const astro = run('node_modules/.bin/astro', ['build']);
  // The same steps as `npm run build`, so that the pack and the service worker are checked under the base too.
  const steps = [astro];
  for (const script of ['scripts/index-search.ts', 'scripts/pack.ts', 'scripts/build-sw.ts']) {
    if (steps.every((s) => s.ok)) steps.push(run(process.execPath, [script]));
  }
  build = { ok: steps.every((s) => s.ok), output: steps.map((s) => s.output).join('\n') };
});

describe('the site under /atlas-ml/', () => {
  it('builds, and every link and anchor of every page resolves under the base path', () => {
    expect(build.ok, build.output.slice(-3000)).toBe(true);
    expect(existsSync(join(out, 'glossaire/overfitting/index.html'))).toBe(true);
    expect(checkSite(out, BASE, SITE)).toEqual([]);
  });

  it('links assets, search and previews under the base path', () => {
    const html = readFileSync(join(out, 'faq/index.html'), 'utf8');
    const rootRelative = [...html.matchAll(/\s(?:href|src|bundle-path|data-bundle)="(\/[^"]*)"/g)].map((m) => m[1]);
    expect(rootRelative.length).toBeGreaterThan(20);
    expect(rootRelative.filter((u) => !u.startsWith(BASE))).toEqual([]);
    expect(html).toContain(`bundle-path="${BASE}pagefind/"`);
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    // Term previews link to the term under the base path.
    expect(html).toMatch(/class="ref-link term-ref" href="\/atlas-ml\/glossaire\/[a-z0-9-]+\/"/);
  });

  it('serves the KaTeX fonts the CSS asks for, under the base path', () => {
    const css = readdirSync(join(out, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(out, '_astro', f), 'utf8'))
      .join('\n');
    const fonts = [...css.matchAll(/url\(([^)]*KaTeX[^)]*)\)/g)].map((m) => m[1].replace(/["']/g, ''));
    expect(fonts.length).toBeGreaterThan(10);
    for (const font of fonts) {
      const path = new URL(font, `${SITE}${BASE}_astro/x.css`).pathname;
      expect(path.startsWith(BASE), font).toBe(true);
      expect(existsSync(join(out, path.slice(BASE.length))), font).toBe(true);
    }
  });

  it('writes absolute URLs on SITE + BASE into the exports and the Moodle panel', () => {
    const csvUrls = [...readFileSync(join(out, 'exports/pages.csv'), 'utf8').matchAll(/;(https?:\/\/[^;\r\n]+)/g)].map(
      (m) => m[1],
    );
    expect(csvUrls.length).toBeGreaterThan(150);
    expect(csvUrls.filter((u) => !u.startsWith(`${SITE}${BASE}`))).toEqual([]);
    const zip = unzipSync(new Uint8Array(readFileSync(join(out, 'exports/atlas-ml.imscc'))));
    const hrefs = Object.entries(zip)
      .filter(([name]) => name.startsWith('weblinks/'))
      .map(([, data]) => /href="([^"]+)"/.exec(strFromU8(data))![1]);
    expect(hrefs.length).toBe(csvUrls.length);
    for (const href of hrefs) {
      expect(href.startsWith(`${SITE}${BASE}`), href).toBe(true);
      const rest = href.slice(`${SITE}${BASE}`.length);
      expect(existsSync(join(out, rest, 'index.html')), href).toBe(true);
    }
    expect(readFileSync(join(out, 'exports/glossaire-atlas-ml.xml'), 'utf8')).toContain(
      `${SITE}${BASE}glossaire/overfitting/`,
    );
    const page = readFileSync(join(out, 'cours/machine-learning-avance/index.html'), 'utf8');
    expect(page).toContain(`value="${SITE}${BASE}cours/machine-learning-avance/?embed=1"`);
    expect(page).toContain(`<link rel="canonical" href="${SITE}${BASE}cours/machine-learning-avance/">`);
    const redirect = readFileSync(join(out, 'moodle/index.html'), 'utf8');
    expect(redirect).toContain(`url=${BASE}enseignants/`);
  });
});

describe('a browser on the site under /atlas-ml/', () => {
  let server: Server;
  let origin = '';
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.woff2': 'font/woff2',
    '.json': 'application/json',
    '.wasm': 'application/wasm',
  };

  beforeAll(async () => {
    // A static server that only knows /atlas-ml/: anything asked outside the base path is a 404.
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
      let file = path.startsWith(BASE) ? join(out, path.slice(BASE.length)) : '';
      if (file && path.endsWith('/')) file = join(file, 'index.html');
      if (!file || !existsSync(file)) {
        res.writeHead(404).end('not found');
        return;
      }
      res
        .writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('loads a sample of pages with no failed request and nothing from another origin, and search finds pages under the base', async () => {
    expect(build.ok).toBe(true);
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
      // The favicon request is cancelled when the next page is asked for at once: not a fault of the site.
      // A request cut short by the next navigation (ERR_ABORTED: the favicon, the offline script fetched after load) is not a missing file.
      page.on(
        'requestfailed',
        (r) =>
          r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed ${r.url()} ${r.failure()?.errorText}`),
      );
      page.on(
        'request',
        (r) =>
          new URL(r.url()).origin !== origin &&
          !r.url().startsWith('data:') &&
          problems.push(`other origin ${r.url()}`),
      );
      page.on('pageerror', (e) => problems.push(`error ${e.message}`));
      for (const path of [
        '',
        'formules/',
        'glossaire/overfitting/',
        'cours/machine-learning-avance/',
        'faq/?embed=1',
        'enseignants/',
        'programmes/comparer/',
      ]) {
        const response = await page.goto(`${origin}${BASE}${path}`, { waitUntil: 'load' });
        expect(response?.status(), path).toBe(200);
        // KaTeX fonts load only when used: wait for them on pages with math.
        await page.evaluate(() => document.fonts.ready);
      }
      await page.goto(`${origin}${BASE}moodle/`);
      await page.waitForURL(`${origin}${BASE}enseignants/`);
      await page.goto(`${origin}${BASE}glossaire/`);
      await page.locator('search-launcher a').click();
      await page.locator('pagefind-modal dialog input').fill('surapprentissage');
      const result = page.locator(`pagefind-modal a[href^="${BASE}glossaire/overfitting/"]`).first();
      await result.waitFor();
      await result.click();
      await page.waitForURL(new RegExp(`${BASE}glossaire/overfitting/`));
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
