/**
 * Astro's content layer keeps each entry's rendered HTML in its cache and renders an
 * entry again only when that entry's own file changes. But a page also shows other
 * entries: every :term[…] and :eq[…] carries a preview of the term's definition or the
 * formula. So when a glossary or formula file changes, the cached HTML of every entry
 * that cites it is stale. Rather than tracking who cites what, the cache is dropped
 * whenever the glossary or the formulas change: an author's next build is then a full
 * one, and never publishes an old definition. The same when the code that renders the
 * Markdown and the previews changes (src/lib: knowledge.ts, markdown/, tex.ts…): Astro
 * does not see it, and a preview rendered by the old code would stay.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../lib/files.ts';

/** The collections whose text is rendered into other entries' pages. */
const PREVIEWED = ['glossary', 'formulas'];

/** The shared code the Markdown pipeline and the previews are made with. */
const renderingCode = fileURLToPath(new URL('../lib/', import.meta.url));

export function knowledgeDigest(contentDir: string, codeDir = renderingCode): string {
  const hash = createHash('sha256');
  if (existsSync(codeDir))
    for (const file of listFiles(codeDir)) hash.update(`code/${file}\0`).update(readFileSync(join(codeDir, file)));
  for (const collection of PREVIEWED) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const file of listFiles(dir)) hash.update(`${collection}/${file}\0`).update(readFileSync(join(dir, file)));
  }
  return hash.digest('hex');
}

/** Drops Astro's content cache in `cacheDir` when the glossary or the formulas changed since the last build. */
export function dropStalePreviews(cacheDir: string, contentDir: string): boolean {
  const digestFile = join(cacheDir, 'atlas-knowledge-digest');
  const digest = knowledgeDigest(contentDir);
  const previous = existsSync(digestFile) ? readFileSync(digestFile, 'utf8') : undefined;
  const stale = previous !== undefined && previous !== digest;
  if (stale) rmSync(join(cacheDir, 'data-store.json'), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(digestFile, digest);
  return stale;
}
