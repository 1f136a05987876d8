/**
 * The inline scripts that must run before anything else loads. Each is a real,
 * type-checked module under src/scripts/inline/, minified here by esbuild into the
 * exact text the pages carry inline and src/lib/csp.ts hashes for the
 * Content-Security-Policy (Astro does not hash `is:inline` scripts itself).
 */
import { transformSync } from 'esbuild';
import embedEarly from '../scripts/inline/embed-early.ts?raw';
import redirect from '../scripts/inline/redirect.ts?raw';
import themeInit from '../scripts/inline/theme-init.ts?raw';
import { PAGE_PARAMS } from './site-params.ts';

/** TypeScript → one minified statement, without the trailing semicolon and newline. */
function compile(source: string, define: Record<string, string> = {}): string {
  return transformSync(source, { loader: 'ts', minify: true, target: 'es2020', define }).code.trim().replace(/;$/, '');
}

/** Sets the theme before first paint, so that a dark reader never sees a white flash. */
export const themeInitScript = compile(themeInit);

/** Deep links (`#sec?x=y`, `?section=`) and embed mode, in <head> before first paint. See src/components/moodle/EmbedEarly.astro. */
export const embedEarlyScript = compile(embedEarly, {
  'PARAMS.section': JSON.stringify(PAGE_PARAMS.section),
  'PARAMS.embed': JSON.stringify(PAGE_PARAMS.embed),
  'PARAMS.theme': JSON.stringify(PAGE_PARAMS.theme),
});

/** Redirect pages: go to data-target, keeping the query and #anchor of a deep link. */
export const redirectScript = compile(redirect);
