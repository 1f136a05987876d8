/**
 * Indexes the built site with Pagefind's Node API (run after `astro build`).
 * One French index: every page is <html lang="fr">, English passages are marked
 * with lang="en" on their element and still land in the French index, so a
 * student searching from the French interface finds English course descriptions.
 * KaTeX's markup is left out: formulas are found by their names and keywords.
 */
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';

export async function indexSite(dir: string): Promise<{ pages: number; seconds: number }> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'fr',
    excludeSelectors: ['.katex'],
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: resolve(dir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? process.env.ATLAS_OUT_DIR ?? 'dist');
  const { pages, seconds } = await indexSite(dir);
  console.log(`Pagefind: ${pages} pages indexed in ${seconds.toFixed(2)} s`);
}
