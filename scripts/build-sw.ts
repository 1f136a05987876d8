/**
 * Writes the service worker (sw.js, at the root of the built site): the last
 * post-build step (src/integration/index.ts). Workbox's getManifest lists the files to
 * precache with their revisions; each entry also gets the file's size, so that the
 * worker can check what it downloads; src/scripts/service-worker.ts is bundled with
 * esbuild, and the list goes in front of it.
 *
 * - Precached: every page, all CSS and JS the build emits (TF.js chunks of the
 *   demos included), KaTeX's woff2 fonts, the whole Pagefind index, the icons
 *   and the manifest. KaTeX's .woff/.ttf are left out: every browser with
 *   service workers uses the woff2 files, listed first in KaTeX's @font-face.
 *   The downloads (the course pack, the Moodle exports) are not part of the
 *   offline site: they are listed as online-only, so that the worker says so
 *   offline instead of showing the 404 page.
 * - URLs are relative to sw.js, so the worker works under any BASE.
 * - The site's own query parameters (src/lib/site-params.ts) never change the file
 *   served: the worker ignores them when it looks a URL up.
 * - Any warning (a file too big or unreadable, so missing offline) fails the build.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { contextFor, type BuildContext } from '../src/integration/context.ts';
import { listFiles } from '../src/lib/files.ts';
import { replaceInner } from '../src/lib/html.ts';
import { IGNORED_PARAM_PREFIXES, IGNORED_PARAMS } from '../src/lib/site-params.ts';

/** The precache must stay small enough to install on a phone over a slow connection. */
export const PRECACHE_BUDGET_BYTES = 15 * 1024 * 1024;

/** Where the offline page is built (src/pages/hors-ligne/indisponible.astro), relative to the site root. */
export const OFFLINE_PAGE = 'hors-ligne/indisponible/index.html';

/** The page that explains the offline site (src/pages/hors-ligne/index.astro): it shows the download's size. */
export const OFFLINE_INFO_PAGE = 'hors-ligne/index.html';

/** The site's 404 page (src/pages/404.astro): what an unknown address gets, offline too. */
export const NOT_FOUND_PAGE = '404.html';

export { IGNORED_PARAMS };

/** One precached file: its URL relative to the worker, its revision (null when the name carries a hash), its size. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
  size: number;
}

const source = resolve(import.meta.dirname, '../src/scripts/service-worker.ts');

const GLOB_PATTERNS = ['**/*.{html,css,js,mjs,woff2,svg,png,webmanifest,json,wasm,txt}', 'pagefind/**/*'];
const GLOB_IGNORES = ['sw.js', '**/*.zip', '**/*.{woff,ttf}'];

export async function buildServiceWorker(dir: string) {
  for (const [page, what] of [
    [OFFLINE_PAGE, 'the offline page is missing from the build (src/pages/hors-ligne/indisponible.astro)'],
    [NOT_FOUND_PAGE, 'the 404 page is missing from the build (src/pages/404.astro)'],
  ] as const) {
    if (!statSync(join(dir, page), { throwIfNoEntry: false })) throw new Error(`${join(dir, page)}: ${what}`);
  }
  if (!statSync(join(dir, 'pagefind', 'pagefind-entry.json'), { throwIfNoEntry: false })) {
    throw new Error(
      `${join(dir, 'pagefind')}: no Pagefind index; the service worker is written after scripts/index-search.ts`,
    );
  }
  const manifest = () =>
    getManifest({
      globDirectory: dir,
      globPatterns: GLOB_PATTERNS,
      globIgnores: GLOB_IGNORES,
      // TF.js's WebGL backend is a single chunk of a few MB; the default limit (2 MB) would silently drop it.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // Astro's hashed file names already change with their content: no revision needed.
      dontCacheBustURLsMatching: /(^|\/)_astro\//,
    });
  // /hors-ligne/ says how much a first visit downloads; written before the final list, whose
  // revision of that page must be of its final text (the figure itself moves by a few bytes at most).
  const first = await manifest();
  const offlinePage = join(dir, OFFLINE_INFO_PAGE);
  if (statSync(offlinePage, { throwIfNoEntry: false })) {
    const size = `${first.count} fichiers, ${(first.size / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`;
    writeFileSync(
      offlinePage,
      replaceInner(readFileSync(offlinePage, 'utf8'), 'span[data-offline-size]', size, offlinePage),
    );
  }
  const result = await manifest();
  const precache: PrecacheEntry[] = result.manifestEntries.map(({ url, revision }) => ({
    url,
    revision,
    size: statSync(join(dir, decodeURIComponent(url))).size,
  }));
  const listed = new Set(precache.map((e) => e.url));
  // Files of the site a reader may open that the worker does not store: downloads, mostly.
  const onlineOnly = listFiles(dir).filter(
    (f) => !listed.has(f) && f !== 'sw.js' && !/\.(woff|ttf)$/.test(f) && !f.startsWith('pagefind/'),
  );
  if (!precache.some((e) => e.url === OFFLINE_PAGE)) {
    throw new Error(`${join(dir, OFFLINE_PAGE)}: the offline page is not in the precache list`);
  }
  const bundled = await build({
    entryPoints: [source],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    define: {
      OFFLINE_PAGE: JSON.stringify(OFFLINE_PAGE),
      NOT_FOUND_PAGE: JSON.stringify(NOT_FOUND_PAGE),
      IGNORED_PARAMS: JSON.stringify(IGNORED_PARAMS),
      IGNORED_PARAM_PREFIXES: JSON.stringify(IGNORED_PARAM_PREFIXES),
      PRECACHE: 'self.__ATLAS_PRECACHE',
      ONLINE_ONLY: 'self.__ATLAS_ONLINE_ONLY',
    },
    // The lists as JSON in front of the code, readable and parsable by the tests.
    banner: {
      js: `self.__ATLAS_PRECACHE=${JSON.stringify(precache)};\nself.__ATLAS_ONLINE_ONLY=${JSON.stringify(onlineOnly)};`,
    },
  });
  writeFileSync(join(dir, 'sw.js'), bundled.outputFiles[0]!.text);
  return { files: result.count, bytes: result.size, warnings: result.warnings, precache, onlineOnly };
}

/** The precache list of a written sw.js (for tests and benchmarks). */
export function readPrecache(swFile: string): PrecacheEntry[] {
  const text = readFileSync(swFile, 'utf8');
  return JSON.parse(text.match(/^self\.__ATLAS_PRECACHE=(.*);$/m)![1]!);
}

/** The post-build step, the last one: it precaches what the steps before it wrote. */
export async function runServiceWorker(ctx: BuildContext): Promise<void> {
  const { files, bytes, warnings } = await buildServiceWorker(ctx.outDir);
  // A warning means a file was left out of the precache (too big, unreadable): the site would break offline.
  if (warnings.length) throw new Error(`Service worker: ${warnings.join('; ')}`);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(2);
  ctx.logger.info(`Service worker: ${files} files precached, ${mb(bytes)} MB (budget ${mb(PRECACHE_BUDGET_BYTES)} MB)`);
  if (bytes > PRECACHE_BUDGET_BYTES) {
    throw new Error(
      `Service worker: the precache (${mb(bytes)} MB) is over its ${mb(PRECACHE_BUDGET_BYTES)} MB budget; see globPatterns in scripts/build-sw.ts`,
    );
  }
}

if (import.meta.main) await runServiceWorker(contextFor(process.argv[2] ? { outDir: resolve(process.argv[2]) } : {}));
