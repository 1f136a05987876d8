/**
 * Writes the service worker (sw.js, at the root of the built site) with
 * Workbox's generateSW. Runs after the Pagefind index and the course pack, so
 * that both are on disk when the precache list is made.
 *
 * - Precached: every page, all CSS and JS the build emits (TF.js chunks of the
 *   demos included), KaTeX's woff2 fonts, the whole Pagefind index, the icons
 *   and the manifest. KaTeX's .woff/.ttf are left out: every browser with
 *   service workers uses the woff2 files, listed first in KaTeX's @font-face.
 *   The course pack (a zip) is a download, not part of the site, so it is left out too.
 * - Every URL is relative to sw.js, so the worker works under any BASE.
 * - Pages come from the precache; a navigation to anything else goes to the
 *   network and, when that fails, gets the offline page (never the home page).
 * - The query parameters the site uses (?q=, ?pagefind-highlight=, ?embed=,
 *   Pagefind's ?ts= cache tag on its entry file) do not change the file served,
 *   so they are ignored when looking a URL up in the precache.
 * - No skipWaiting: a new version waits until the reader clicks « Nouvelle
 *   version — recharger » (src/scripts/offline.ts), so a page never mixes the
 *   assets of two versions.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateSW } from 'workbox-build';

/** The precache must stay small enough to install on a phone over a slow connection. */
export const PRECACHE_BUDGET_BYTES = 15 * 1024 * 1024;

/** Where the offline page is built (src/pages/hors-ligne/indisponible.astro), relative to the site root. */
export const OFFLINE_PAGE = 'hors-ligne/indisponible/index.html';

export async function buildServiceWorker(dir: string) {
  if (!statSync(join(dir, OFFLINE_PAGE), { throwIfNoEntry: false })) {
    throw new Error(`${join(dir, OFFLINE_PAGE)}: the offline page is missing from the build (src/pages/hors-ligne/indisponible.astro)`);
  }
  if (!statSync(join(dir, 'pagefind', 'pagefind-entry.json'), { throwIfNoEntry: false })) {
    throw new Error(`${join(dir, 'pagefind')}: no Pagefind index; the service worker is written after scripts/index-search.ts`);
  }
  const result = await generateSW({
    globDirectory: dir,
    globPatterns: ['**/*.{html,css,js,mjs,woff2,svg,png,webmanifest,json,wasm,txt}', 'pagefind/**/*'],
    globIgnores: ['sw.js', 'workbox-*.js', '**/*.zip', '**/*.{woff,ttf}'],
    swDest: join(dir, 'sw.js'),
    // TF.js's WebGL backend is a single chunk of a few MB; the default limit (2 MB) would silently drop it.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // Astro's hashed file names already change with their content: no ?__WB_REVISION__ needed.
    dontCacheBustURLsMatching: /(^|\/)_astro\//,
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^q$/, /^pagefind-highlight$/, /^embed$/, /^ts$/],
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: OFFLINE_PAGE } },
      },
    ],
  });
  return { files: result.count, bytes: result.size, warnings: result.warnings };
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? process.env.ATLAS_OUT_DIR ?? 'dist');
  const { files, bytes, warnings } = await buildServiceWorker(dir);
  // A warning means a file was left out of the precache (too big, unreadable): the site would break offline.
  if (warnings.length) {
    console.error(`Service worker: ${warnings.join('; ')}`);
    process.exit(1);
  }
  const mb = (n: number) => (n / 1024 / 1024).toFixed(2);
  console.log(`Service worker: ${files} files precached, ${mb(bytes)} MB (budget ${mb(PRECACHE_BUDGET_BYTES)} MB)`);
  if (bytes > PRECACHE_BUDGET_BYTES) {
    console.error(`Service worker: the precache (${mb(bytes)} MB) is over its ${mb(PRECACHE_BUDGET_BYTES)} MB budget; see globPatterns in scripts/build-sw.ts`);
    process.exit(1);
  }
}
