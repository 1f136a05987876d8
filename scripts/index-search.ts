/**
 * Indexes the built site with Pagefind's Node API (run after `astro build`).
 * - One French index: every page is <html lang="fr">; English passages carry
 *   lang="en" on their element and still land in the French index, so a student
 *   searching from the French interface finds English course descriptions.
 * - KaTeX's markup is left out: formulas are found by names and keywords; so are
 *   the preview cards of term links, which would make every page match every term.
 * - Glossary synonyms are added to each page (src/lib/synonyms.ts), so that
 *   "surapprentissage" finds pages that only say "overfitting", and back. They go in a
 *   metadata field (data-pagefind-meta), which Pagefind searches but never quotes in an
 *   excerpt: excerpts show only what the page shows.
 * - A space is added at the end of every block element of <main> (the built HTML has no
 *   white space between tags), so that "En français" and "surapprentissage", a term and
 *   its definition, two table cells, never become one word in the index and its excerpts.
 * - Listing pages (the programmes' index and comparison, the course explorer) weigh
 *   less, so that a programme's own page comes before them for its city or institution.
 * - The vocabulary of the index (pagefind/atlas-words.json) is written for the typo
 *   correction of src/lib/search-query.ts.
 * - Each formula and each FAQ question is also a record of its own, pointing at
 *   its anchor: on the long cheat sheet and FAQ pages a single formula or question
 *   would otherwise rank below any short page that mentions its words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type HTMLElement, NodeType, parse, TextNode } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { contextFor, type BuildContext } from '../src/integration/context.ts';
import { config, normaliseBase } from '../src/lib/config.ts';
import { readContent } from '../src/lib/content-files.ts';
import { htmlFiles } from '../src/lib/files.ts';
import { elements, mainElementSource } from '../src/lib/html.ts';
import { loadKnowledge } from '../src/lib/knowledge.ts';
import { faqCategories } from '../src/lib/faq-categories.ts';
import { normaliseWords } from '../src/lib/normalise.ts';
import { escapeHtml } from '../src/lib/escape.ts';
import { metaAttribute, metaValue } from '../src/lib/search-meta.ts';
import { missingSynonyms, synonymGroups } from '../src/lib/synonyms.ts';
import { titleText } from '../src/lib/titles.ts';

/** Block elements whose end separates words; inline ones (a, em, code, span) do not. */
const BLOCKS = new Set(
  'address article aside blockquote caption dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header label legend li nav ol option output p pre section summary table td th tr ul button'.split(
    ' ',
  ),
);

/** What Pagefind leaves out (excludeSelectors below): formulas' markup and term previews. */
const EXCLUDED = ['katex', 'ref-card'];

/** What holds no words for the index (what Pagefind leaves out is removed before the walk reaches it). */
const unread = (el: HTMLElement) => el.rawTagName === 'script' || el.rawTagName === 'style';

/** An attribute that tells Pagefind what to read, in a tag (data-pagefind-ignore may be anywhere). */
const PAGEFIND_ATTRIBUTE = /<[a-z][^>]*\s(data-pagefind-(?:body|meta|filter|sort|weight|default-meta|index-attrs))\b/;

/** Pages that list programmes or courses: below a programme's own page for the words they repeat from it. */
const LISTING_PAGES = new Set(['programmes/index.html', 'programmes/comparer/index.html', 'cours/index.html']);

/**
 * One walk of <main>: a space added at the end of every block element, and the text
 * Pagefind indexes gathered (without formulas' markup, term previews, scripts and styles).
 */
function spaceBlocksAndReadText(main: HTMLElement): string {
  const parts: string[] = [];
  const excluded: HTMLElement[] = [];
  const walk = (el: HTMLElement, read: boolean) => {
    const reading = read && !unread(el);
    for (const child of el.childNodes) {
      if (child.nodeType === NodeType.ELEMENT_NODE) {
        // What Pagefind would skip is not sent to it: a formula's markup is most of a page's HTML.
        if (EXCLUDED.some((c) => (child as HTMLElement).classList.contains(c))) excluded.push(child as HTMLElement);
        else walk(child as HTMLElement, reading);
      } else if (reading && child.nodeType === NodeType.TEXT_NODE) parts.push(child.text);
    }
    if (el !== main && BLOCKS.has(el.rawTagName?.toLowerCase())) {
      el.appendChild(new TextNode(' ', el));
      if (reading) parts.push(' ');
    }
  };
  walk(main, true);
  for (const el of excluded) el.remove();
  return parts.join('');
}

/**
 * The values of the page's data-pagefind-meta attributes. A walk that parses an element's
 * attributes only when its raw attribute text names one (querySelectorAll parsed them all:
 * a seventh of the index time at 2,000 pages).
 */
function metaValues(root: HTMLElement): string[] {
  const values: string[] = [];
  for (const el of elements(root)) {
    if (!el.rawAttrs.includes('data-pagefind-meta')) continue;
    const value = el.getAttribute('data-pagefind-meta');
    if (value !== undefined) values.push(metaValue(value));
  }
  return values;
}

/**
 * The page as Pagefind should read it (see the top of this file): spaces after blocks,
 * synonyms as metadata, listing pages weighed down. Parsed once: returns the HTML, its
 * visible words and its metadata values.
 */
export function prepareForIndex(html: string, file: string, groups: ReturnType<typeof synonymGroups>) {
  // Only <main> is parsed and given to Pagefind, which reads nothing else of the page.
  const mainSource = mainElementSource(html);
  if (!mainSource)
    throw new Error(`${file}: the search index reads a page's one <main>, and this page has none or several`);
  const start = html.indexOf(mainSource);
  const outside = html.slice(0, start) + html.slice(start + mainSource.length);
  const attribute = PAGEFIND_ATTRIBUTE.exec(outside)?.[1];
  if (attribute) throw new Error(`${file}: ${attribute} outside <main>, where the search index does not read it`);
  const root = parse(mainSource);
  const main = root.querySelector('main');
  if (!main) return { html, text: '', meta: [] };
  const text = spaceBlocksAndReadText(main);
  const meta = metaValues(root);
  const synonyms = missingSynonyms(text, groups);
  if (synonyms.length) {
    const attribute = metaAttribute('synonymes', synonyms);
    main.insertAdjacentHTML('afterbegin', `<span hidden data-pagefind-meta="${escapeHtml(attribute)}"></span>`);
    meta.push(metaValue(attribute));
  }
  if (LISTING_PAGES.has(file.split('\\').join('/'))) main.setAttribute('data-pagefind-weight', '0.25');
  return { html: `<html lang="fr"><body>${root.toString()}</body></html>`, text, meta };
}

/** Folded words of 5 letters or more, most frequent first: what a typo can be corrected to. */
export function vocabularyOf(texts: string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const w of normaliseWords(text).split(' '))
      if (w.length >= 5 && !/\d/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

export async function indexSite(dir: string, contentDir = config.contentDir, base = config.base) {
  const started = performance.now();
  const groups = synonymGroups(loadKnowledge(contentDir));
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'fr',
    excludeSelectors: EXCLUDED.map((c) => `.${c}`),
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  const texts: string[] = [];
  // Pagefind indexes in a process of its own: the next pages are prepared while it reads the
  // last ones, a few at a time (all at once, 10,000 pages' HTML would wait in memory).
  const adding = new Set<Promise<void>>();
  for (const file of htmlFiles(dir, { skip: (d) => d === 'pagefind' })) {
    const path = join(dir, file);
    const source = readFileSync(path, 'utf8');
    if (!source.includes('data-pagefind-body')) continue;
    const { html, text, meta } = prepareForIndex(source, file, groups);
    // The page's metadata (aliases, keywords, synonyms) is searched too: its words are known words.
    texts.push(text, ...meta);
    const added: Promise<void> = index.addHTMLFile({ sourcePath: file, content: html }).then((result) => {
      adding.delete(added);
      if (result.errors.length) throw new Error(`Pagefind could not index ${path}: ${result.errors.join('; ')}`);
    });
    adding.add(added);
    if (adding.size >= 8) await Promise.race(adding);
    pages++;
  }
  await Promise.all(adding);
  for (const record of anchorRecords(contentDir, groups, base)) {
    texts.push(record.content, ...Object.values(record.meta ?? {}));
    const added = await index.addCustomRecord(record);
    if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: resolve(dir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  writeFileSync(resolve(dir, 'pagefind', 'atlas-words.json'), JSON.stringify(vocabularyOf(texts)));
  await pagefind.close();
  return { pages, seconds: (performance.now() - started) / 1000 };
}

export function anchorRecords(contentDir: string, groups: ReturnType<typeof synonymGroups>, base = config.base) {
  base = normaliseBase(base);
  const knowledge = loadKnowledge(contentDir);
  const plain = knowledge.plainText;
  const files = readContent(contentDir);
  const records: pagefind.CustomRecord[] = [];
  for (const f of files.filter((f) => f.collection === 'formulas')) {
    const d = f.data as { name: string; keywords?: string[]; symbols?: { meaning: string }[]; terms?: string[] };
    const info = knowledge.formulas.get(f.id)!;
    const terms = (d.terms ?? []).map((id) => knowledge.terms.get(id)).filter((t) => t !== undefined);
    // What the card shows (name, the seed's note, symbols, linked terms) is the content; keywords and
    // French names are metadata, searched but never quoted in the excerpt.
    // Names as the card titles them, French first (src/lib/titles.ts): both names are searched.
    const content = [
      info.name,
      plain(f.body),
      ...(d.symbols ?? []).map((s) => s.meaning),
      ...terms.map((t) => titleText(t.title)),
    ].join('. ');
    const hidden = [...(d.keywords ?? []), ...terms.flatMap((t) => t.french)];
    records.push({
      url: `${base}formules/#${f.id}`,
      content,
      language: 'fr',
      meta: {
        title: `(${info.number}) ${info.name}`,
        type: 'Formule',
        motscles: hidden.join(' · '),
        synonymes: missingSynonyms(`${content} ${hidden.join(' ')}`, groups).join(' · '),
      },
      filters: { type: ['Formule'] },
    });
  }
  for (const f of files.filter((f) => f.collection === 'faq')) {
    const d = f.data as { question: string; category: string };
    const content = `${d.question} ${plain(f.body)}`;
    records.push({
      url: `${base}faq/#${f.id}`,
      content,
      language: 'fr',
      meta: {
        title: d.question,
        type: 'FAQ',
        category: faqCategories.find((c) => c.id === d.category)?.title ?? '',
        synonymes: missingSynonyms(content, groups).join(' · '),
      },
      filters: { type: ['FAQ'] },
    });
  }
  return records;
}

/** The post-build step. */
export async function runSearchIndex(ctx: BuildContext): Promise<void> {
  const { pages, seconds } = await indexSite(ctx.outDir, ctx.contentDir, ctx.base);
  ctx.logger.info(`Pagefind: ${pages} pages indexed in ${seconds.toFixed(2)} s`);
}

if (import.meta.main) await runSearchIndex(contextFor(process.argv[2] ? { outDir: resolve(process.argv[2]) } : {}));
