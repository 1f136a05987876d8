/**
 * Runs Astro's programmatic build() once, in a process of its own, for
 * tests/support/astro-build.ts. A process per build, because Node caches ES modules by
 * URL for the life of a process, and Astro imports each build's prerender bundle from
 * a path that can repeat from one build to the next: a second build in the same process
 * would render with the first one's modules (and their cached site data).
 * The settings come from the environment (src/lib/config.ts). An error is printed with
 * the file Astro attaches to it (a content entry's schema error names it only there).
 */
import { build } from 'astro';

try {
  await build({ root: process.cwd(), logLevel: 'info' });
  // Read by the scale benchmark (scripts/bench-scale.ts).
  console.info(`max resident memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  process.exit(0);
} catch (e) {
  const error = e as Error & { loc?: { file?: string; line?: number }; hint?: string };
  const where = error.loc?.file ? `\n  file: ${error.loc.file}${error.loc.line ? `:${error.loc.line}` : ''}` : '';
  console.error(`${error.name}: ${error.message}${where}${error.hint ? `\n  hint: ${error.hint}` : ''}`);
  console.error(error.stack);
  process.exit(1);
}
