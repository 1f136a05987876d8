/**
 * Every build setting read from the environment, in one place, for astro.config.ts, the
 * build steps and the benchmarks alike. Nothing else reads process.env for these.
 *
 * - SITE: the public origin (https://univ.example.fr). Unset: http://localhost:4321, and the
 *   build warns, because canonical URLs, the sitemap and the Moodle exports then point there.
 * - BASE: the path the site is served under (/atlas-ml/). Always normalised to end with "/".
 * - FRAME_ANCESTORS: the origins allowed to embed pages in a frame (the university's Moodle),
 *   space-separated, as in CSP's frame-ancestors. Unset: 'self'.
 * - MOODLE_ORIGIN: the Moodle origin an embedded page may post its height to when the browser
 *   gives no referrer. Unset: the first https origin of FRAME_ANCESTORS, if any.
 * - ATLAS_OUT_DIR, ATLAS_CACHE_DIR, ATLAS_CONTENT_DIR: where the build writes, caches and reads
 *   (the tests build fixture sites into their own folders).
 * - ATLAS_STEPS: the post-build steps to run (src/integration/index.ts), comma-separated names
 *   ("checks,index"); unset: all of them. The scale benchmark times Astro's build alone with "".
 * - ATLAS_BUILD_ID: one id per build (Pagefind's cache tag, src/lib/build-id.ts). Unset: the time.
 */
export interface AtlasConfig {
  site: string;
  /** True when SITE was given: the exports then hold real public addresses. */
  siteFromEnv: boolean;
  base: string;
  frameAncestors: string;
  moodleOrigin: string | undefined;
  outDir: string;
  cacheDir: string;
  contentDir: string;
  buildId: string;
  /** Names of the post-build steps to run; undefined: all. */
  steps: string[] | undefined;
}

export const DEFAULT_SITE = 'http://localhost:4321';

/** Normalises a base path: leading and trailing slash ("atlas-ml" → "/atlas-ml/"). */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/*/, '/');
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

export function readConfig(env: Record<string, string | undefined> = process.env): AtlasConfig {
  const frameAncestors = env.FRAME_ANCESTORS?.trim() || "'self'";
  const firstOrigin = frameAncestors.split(/\s+/).find((s) => /^https?:\/\//.test(s));
  return {
    site: (env.SITE?.trim() || DEFAULT_SITE).replace(/\/+$/, ''),
    siteFromEnv: Boolean(env.SITE?.trim()),
    base: normaliseBase(env.BASE),
    frameAncestors,
    moodleOrigin: env.MOODLE_ORIGIN?.trim() || firstOrigin,
    outDir: env.ATLAS_OUT_DIR ?? './dist',
    cacheDir: env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
    contentDir: env.ATLAS_CONTENT_DIR ?? './content',
    buildId: env.ATLAS_BUILD_ID ?? Date.now().toString(36),
    steps:
      env.ATLAS_STEPS === undefined
        ? undefined
        : env.ATLAS_STEPS.split(',')
            .map((s) => s.trim())
            .filter(Boolean),
  };
}

export const config: AtlasConfig = readConfig();

/**
 * The one warning of a build without SITE (undefined when SITE is set): what points
 * at localhost, and the exact command that fixes it, with the build's BASE.
 */
export function siteWarning(c: AtlasConfig): string | undefined {
  if (c.siteFromEnv) return undefined;
  return [
    `SITE is not set: canonical URLs, the sitemap and the Moodle exports (GIFT quizzes, glossary XML, .imscc, pages.csv) will point at ${c.site}${c.base}.`,
    `To build for the public address, run: SITE=https://your-university.example BASE=${c.base} npm run build`,
  ].join('\n');
}
