import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentRoot } from './src/lib/content-root';
import { satteriMarkdown, unifiedMarkdown } from './src/lib/markdown/pipelines';
import { readRedirects } from './src/lib/redirects';
import { csp } from './src/lib/csp';
import { config } from './src/lib/config';
import atlasBuild from './src/integration/index';

// SITE and BASE let a university host the site under its own origin and path
// (e.g. SITE=https://univ.example.fr BASE=/atlas-ml/): src/lib/config.ts.
const { site, base } = config;
// Redirect pages (content/redirects.yaml) stay out of the sitemap: they are old addresses.
const redirected = new Set(readRedirects(contentRoot).map((r) => `${base}${r.from}`));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The quality-gate tests build fixture sites into their own folders, never over dist/.
  outDir: config.outDir,
  cacheDir: config.cacheDir,
  markdown: {
    // `.md` bodies through Sätteri, `.mdx` pages through remark and rehype, with the same
    // output (src/lib/markdown/pipelines.ts says why there are two).
    processor: satteriMarkdown({ contentRoot, base }),
    // The high-contrast variants: some tokens of the default GitHub themes miss WCAG AA contrast.
    shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } },
  },
  integrations: [
    mdx({ processor: unifiedMarkdown({ contentRoot, base }) }),
    sitemap({
      filter: (page) =>
        !redirected.has(new URL(page).pathname) &&
        !/\/(404|recherche|hors-ligne\/indisponible)\/?$/.test(new URL(page).pathname),
    }),
    // Last, so that the sitemap is written too: site checks, search index, course pack, service worker.
    atlasBuild({ contentDir: contentRoot }),
  ],
  security: { csp },
  // Stylesheets as files: downloaded once for the whole site. The one exception, the cheat sheet,
  // is made after the build (src/integration/inline-styles.ts), with the CSP hashes it needs.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    // The Moodle origin an embedded page may post its height to when the browser gives no parent origin.
    define: { __ATLAS_MOODLE_ORIGIN__: JSON.stringify(config.moodleOrigin ?? '') },
    build: {
      // No preload helper: the few dynamic imports are on-demand code, not worth 0.9 KB on every page.
      modulePreload: { polyfill: false, resolveDependencies: () => [] },
      // KaTeX's smallest fonts would otherwise be inlined into the CSS as data: URLs: they are
      // kept as files, so that the CSS stays small and font-src can stay 'self' (src/lib/csp.ts).
      // The one exception is made after the build, on the cheat sheet alone, with fonts cut to
      // its formulas (src/integration/embed-fonts.ts).
      assetsInlineLimit: (file: string) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
    },
  },
});
