/**
 * Writes the service worker (sw.js, at the root of the built site): bundles
 * src/scripts/service-worker.ts with esbuild, then lets Workbox's injectManifest
 * list the files to precache, with their revisions, into it. Runs after the
 * Pagefind index and the course pack, so that both are on disk.
 *
 * - Precached: every page, all CSS and JS the build emits (TF.js chunks of the
 *   demos included), KaTeX's woff2 fonts, the whole Pagefind index, the icons
 *   and the manifest. KaTeX's .woff/.ttf are left out: every browser with
 *   service workers uses the woff2 files, listed first in KaTeX's @font-face.
 *   The course pack (a zip) is a download, not part of the site: left out too.
 * - URLs are relative to sw.js, so the worker works under any BASE.
 * - The query parameters the site uses (?q=, ?pagefind-highlight=, ?embed=,
 *   Pagefind's ?ts= cache tag on its entry file) do not change the file served:
 *   the worker ignores them when it looks a URL up.
 * - Any warning (a file too big or unreadable, so missing offline) fails the build.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { contextFor, type BuildContext } from '../src/integration/context.ts';

/** The precache must stay small enough to install on a phone over a slow connection. */
export const PRECACHE_BUDGET_BYTES = 15 * 1024 * 1024;

/** Where the offline page is built (src/pages/hors-ligne/indisponible.astro), relative to the site root. */
export const OFFLINE_PAGE = 'hors-ligne/indisponible/index.html';

/** Query parameters that never change the file served. */
export const IGNORED_PARAMS = ['q', 'pagefind-highlight', 'embed', 'ts', 'fbclid'];

const source = resolve(import.meta.dirname, '../src/scripts/service-worker.ts');

export async function buildServiceWorker(dir: string) {
  if (!statSync(join(dir, OFFLINE_PAGE), { throwIfNoEntry: false })) {
    throw new Error(
      `${join(dir, OFFLINE_PAGE)}: the offline page is missing from the build (src/pages/hors-ligne/indisponible.astro)`,
    );
  }
  if (!statSync(join(dir, 'pagefind', 'pagefind-entry.json'), { throwIfNoEntry: false })) {
    throw new Error(
      `${join(dir, 'pagefind')}: no Pagefind index; the service worker is written after scripts/index-search.ts`,
    );
  }
  const work = mkdtempSync(join(tmpdir(), 'atlas-sw-'));
  const swSrc = join(work, 'sw.js');
  try {
    const bundled = await build({
      entryPoints: [source],
      bundle: true,
      format: 'iife',
      minify: true,
      write: false,
      define: { OFFLINE_PAGE: JSON.stringify(OFFLINE_PAGE), IGNORED_PARAMS: JSON.stringify(IGNORED_PARAMS) },
    });
    writeFileSync(swSrc, bundled.outputFiles[0].text);
    const result = await injectManifest({
      swSrc,
      swDest: join(dir, 'sw.js'),
      globDirectory: dir,
      globPatterns: ['**/*.{html,css,js,mjs,woff2,svg,png,webmanifest,json,wasm,txt}', 'pagefind/**/*'],
      globIgnores: ['sw.js', '**/*.zip', '**/*.{woff,ttf}'],
      // TF.js's WebGL backend is a single chunk of a few MB; the default limit (2 MB) would silently drop it.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // Astro's hashed file names already change with their content: no revision needed.
      dontCacheBustURLsMatching: /(^|\/)_astro\//,
    });
    if (!readFileSync(join(dir, 'sw.js'), 'utf8').includes(`"${OFFLINE_PAGE}"`)) {
      throw new Error(`${join(dir, 'sw.js')}: the offline page is not in the precache list`);
    }
    return { files: result.count, bytes: result.size, warnings: result.warnings };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
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
