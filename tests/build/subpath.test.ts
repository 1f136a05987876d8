/**
 * Sub-path hosting: the real site built for SITE=https://univ.example.fr and
 * BASE=/atlas-ml/ into its own folder. The post-build check crawls every link
 * of every page; then the assets the HTML does not show (KaTeX fonts in the CSS,
 * the search bundle, the exports' absolute URLs) are checked, and a browser
 * visits a sample of pages served under /atlas-ml/, opens the search and
 * follows a result. Then a real nginx serves the build with the generated server
 * block (src/lib/hosting.ts): headers, and frames allowed or refused in Chromium.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, testChromiumPath } from '../../playwright.config';
import { checkSite } from '../../scripts/check-site.ts';
import { HOSTING_DIR, headersFile, htaccess, IMMUTABLE, NO_CACHE, nginxConf } from '../../src/lib/hosting.ts';
import { buildSite, previewSite, testWorkDir, type BuildSettings } from '../support/astro-build.ts';
import { serveHostPage } from '../support/host-page.ts';
import { startNginx } from '../support/nginx.ts';

const SITE = 'https://univ.example.fr';
const BASE = '/atlas-ml/';
const work = testWorkDir('subpath-');
const out = join(work, 'dist');
const settings: BuildSettings = { site: SITE, base: BASE, outDir: out, cacheDir: join(work, 'cache') };
let build = { ok: false, output: '' };

// astro build with the project's integration: the pack and the service worker are built under the base too.
beforeAll(async () => {
  build = await buildSite(settings);
});

describe('the site under /atlas-ml/', () => {
  it('builds, and every link and anchor of every page resolves under the base path', () => {
    expect(build.ok, build.output.slice(-3000)).toBe(true);
    // SITE was given: no warning about localhost.
    expect(build.output).not.toContain('SITE is not set');
    expect(existsSync(join(out, 'glossaire/overfitting/index.html'))).toBe(true);
    expect(checkSite(out, { base: BASE, site: SITE })).toEqual([]);
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

  it('writes absolute URLs on SITE + BASE into the exports, root-relative ones into the Moodle panel', () => {
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
    // The panel is built root-relative (the browser adds the serving origin).
    expect(page).toContain(`value="${BASE}cours/machine-learning-avance/?embed=1"`);
    expect(page).toContain(`<link rel="canonical" href="${SITE}${BASE}cours/machine-learning-avance/">`);
    const redirect = readFileSync(join(out, 'moodle/index.html'), 'utf8');
    expect(redirect).toContain(`url=${BASE}enseignants/`);
  });
});

describe('a browser on the site under /atlas-ml/', () => {
  let server: Awaited<ReturnType<typeof previewSite>>;
  let origin = '';

  beforeAll(async () => {
    // Astro's own preview server, which serves the build under /atlas-ml/ only: anything asked outside the base path is a 404.
    server = await previewSite(settings);
    origin = server.origin;
  });
  afterAll(() => server?.stop());

  it('loads a sample of pages with no failed request and nothing from another origin, and search finds pages under the base', async () => {
    expect(build.ok).toBe(true);
    const browser = await chromium.launch({ executablePath: testChromiumPath, args: chromiumArgs });
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
      // Built for https://univ.example.fr, served here: the Moodle panel gives the serving address.
      await page.goto(`${origin}${BASE}cours/machine-learning-avance/`);
      await page.locator('details.moodle-link summary').click();
      await page.waitForFunction(
        (want) => (document.getElementById('moodle-url') as HTMLInputElement).value === want,
        `${origin}${BASE}cours/machine-learning-avance/`,
      );
      expect(await page.locator('#moodle-embed').inputValue()).toBe(
        `${origin}${BASE}cours/machine-learning-avance/?embed=1`,
      );
      await page.goto(`${origin}${BASE}enseignants/`);
      await page.locator('#adresse-des-exports').waitFor({ state: 'visible' });
      expect(await page.locator('#adresse-des-exports').textContent()).toContain(`${SITE}${BASE}`);
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

describe('a real nginx serving the build under /atlas-ml/ with the generated server block', () => {
  let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
  let allowed: Awaited<ReturnType<typeof serveHostPage>> | undefined;
  let other: Awaited<ReturnType<typeof serveHostPage>> | undefined;

  beforeAll(async () => {
    if (!build.ok) return;
    // Two host pages on two origins: the Moodle allowed by FRAME_ANCESTORS, and another site.
    allowed = await serveHostPage();
    other = await serveHostPage();
    nginx = await startNginx(out, BASE, (root) => nginxConf({ base: BASE, frameAncestors: allowed!.origin }, root));
  });
  afterAll(async () => {
    await nginx?.stop();
    await allowed?.close();
    await other?.close();
  });

  it('the build ships the block for its base and FRAME_ANCESTORS (unset: self), with _headers and .htaccess', () => {
    const o = { base: BASE, frameAncestors: "'self'" };
    expect(readFileSync(join(out, HOSTING_DIR, 'nginx.conf'), 'utf8')).toBe(nginxConf(o));
    expect(readFileSync(join(out, '_headers'), 'utf8')).toBe(headersFile(o));
    expect(readFileSync(join(out, '.htaccess'), 'utf8')).toBe(htaccess(o));
  });

  it('sends the headers: frame-ancestors, caching, the 404 page, MIME types', async () => {
    expect(nginx, 'nginx did not start').toBeDefined();
    const get = (path: string) => fetch(`${nginx!.origin}${BASE}${path}`);
    const page = await get('faq/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(`frame-ancestors ${allowed!.origin}`);
    expect(page.headers.get('cache-control')).toBe(NO_CACHE);
    const sw = await get('sw.js');
    expect([sw.status, sw.headers.get('cache-control')]).toEqual([200, NO_CACHE]);
    const css = readdirSync(join(out, '_astro')).find((f) => f.endsWith('.css'))!;
    const asset = await get(`_astro/${css}`);
    expect([asset.status, asset.headers.get('cache-control')]).toEqual([200, IMMUTABLE]);
    expect(asset.headers.get('content-security-policy')).toBe(`frame-ancestors ${allowed!.origin}`);
    for (const [path, type] of [
      ['manifest.webmanifest', 'application/manifest+json'],
      ['exports/atlas-ml.imscc', 'application/zip'],
    ]) {
      const r = await get(path);
      expect([r.status, r.headers.get('content-type')], path).toEqual([200, type]);
    }
    const missing = await get('nulle-part/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page introuvable');
  });

  it('in Chromium, a page embeds in a frame on the allowed origin and is refused on another', async () => {
    expect(nginx, 'nginx did not start').toBeDefined();
    const browser = await chromium.launch({ executablePath: testChromiumPath, args: chromiumArgs });
    try {
      const frameOn = async (host: string) => {
        const page = await browser.newPage();
        await page.goto(host);
        await page.evaluate((src) => {
          const frame = document.createElement('iframe');
          frame.src = src;
          document.body.append(frame);
        }, `${nginx!.origin}${BASE}faq/?embed=1`);
        const frame = await (await page.waitForSelector('iframe')).contentFrame();
        await page.waitForTimeout(1500);
        const title = await frame?.evaluate(() => document.querySelector('main h1')?.textContent ?? '').catch(() => '');
        const url = frame?.url();
        await page.close();
        return { title, url };
      };
      const yes = await frameOn(allowed!.origin);
      expect(yes.url).toBe(`${nginx!.origin}${BASE}faq/?embed=1`);
      expect(yes.title).toMatch(/FAQ|Questions/);
      const no = await frameOn(other!.origin);
      expect(no.title).toBe('');
      expect(no.url).not.toContain(`${BASE}faq/`);
    } finally {
      await browser.close();
    }
  });
});
