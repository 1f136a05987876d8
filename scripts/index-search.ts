/**
 * Indexes the built site with Pagefind's Node API (run after `astro build`).
 * - One French index: every page is <html lang="fr">; English passages carry
 *   lang="en" on their element and still land in the French index, so a student
 *   searching from the French interface finds English course descriptions.
 * - KaTeX's markup is left out: formulas are found by names and keywords; so are
 *   the preview cards of term links, which would make every page match every term.
 * - Glossary synonyms are added to each page (src/lib/synonyms.ts), so that
 *   "surapprentissage" finds pages that only say "overfitting", and back.
 * - Each formula and each FAQ question is also a record of its own, pointing at
 *   its anchor: on the long cheat sheet and FAQ pages a single formula or question
 *   would otherwise rank below any short page that mentions its words.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { readContent } from '../src/lib/content-files.ts';
import { loadKnowledge, markdownToInlineHtml } from '../src/lib/knowledge.ts';
import { faqCategories } from '../src/lib/faq-categories.ts';
import { missingSynonyms, synonymGroups } from '../src/lib/synonyms.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const textOfMain = (html: string) =>
  (html.match(/<main[\s\S]*?<\/main>/)?.[0] ?? '')
    .replace(/<span class="katex"[\s\S]*?<\/annotation><\/semantics><\/math><\/span>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');

export async function indexSite(dir: string, contentDir = process.env.ATLAS_CONTENT_DIR ?? 'content') {
  const started = performance.now();
  const groups = synonymGroups(loadKnowledge(contentDir));
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'fr',
    excludeSelectors: ['.katex', '.ref-card'],
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  for (const path of htmlFiles(dir)) {
    let html = readFileSync(path, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const synonyms = missingSynonyms(textOfMain(html), groups);
    if (synonyms.length) {
      // At the top of <main>, so the synonyms belong to the page itself, not to its last section's sub-result.
      html = html.replace(/(<main\b[^>]*>)/, `$1<p hidden data-pagefind-weight="0.5">${synonyms.join(' · ')}</p>`);
    }
    const added = await index.addHTMLFile({ sourcePath: relative(dir, path), content: html });
    if (added.errors.length) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
    pages++;
  }
  for (const record of anchorRecords(contentDir, groups)) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: resolve(dir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages, seconds: (performance.now() - started) / 1000 };
}

const plain = (markdown: string) =>
  markdownToInlineHtml(markdown.replace(/:(term|eq)\[([^\]]*)\](\{[^}]*\})?/g, '$2'))
    .replace(/<span class="katex">[\s\S]*?<\/annotation><\/semantics><\/math><\/span>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function anchorRecords(contentDir: string, groups: ReturnType<typeof synonymGroups>) {
  const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
  const knowledge = loadKnowledge(contentDir);
  const files = readContent(contentDir);
  const records: pagefind.CustomRecord[] = [];
  for (const f of files.filter((f) => f.collection === 'formulas')) {
    const d = f.data as { name: string; keywords?: string[]; symbols?: { meaning: string }[]; terms?: string[] };
    const info = knowledge.formulas.get(f.id)!;
    const terms = (d.terms ?? []).map((id) => knowledge.terms.get(id)).filter((t) => t !== undefined);
    const content = [
      d.name,
      ...(d.keywords ?? []),
      plain(f.body),
      ...(d.symbols ?? []).map((s) => s.meaning),
      ...terms.flatMap((t) => [t.term, ...t.french]),
    ].join('. ');
    records.push({
      url: `${base}formules/#${f.id}`,
      content: `${content}. ${missingSynonyms(content, groups).join(' · ')}`,
      language: 'fr',
      meta: { title: `(${info.number}) ${d.name}` },
      filters: { type: ['Formule'] },
    });
  }
  for (const f of files.filter((f) => f.collection === 'faq')) {
    const d = f.data as { question: string; category: string };
    const content = `${d.question} ${plain(f.body)}`;
    records.push({
      url: `${base}faq/#${f.id}`,
      content: `${content}. ${missingSynonyms(content, groups).join(' · ')}`,
      language: 'fr',
      meta: { title: d.question, category: faqCategories.find((c) => c.id === d.category)?.title ?? '' },
      filters: { type: ['FAQ'] },
    });
  }
  return records;
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? process.env.ATLAS_OUT_DIR ?? 'dist');
  const { pages, seconds } = await indexSite(dir);
  console.log(`Pagefind: ${pages} pages indexed in ${seconds.toFixed(2)} s`);
}
