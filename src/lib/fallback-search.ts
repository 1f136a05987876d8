/**
 * The course pack's search: Pagefind cannot run from file:// (its module
 * scripts, fetch and Web Worker are all blocked there), so the pack ships a
 * plain index (scripts/pack.ts writes it as a classic script) and this small
 * ranking. Pure and dependency-free: bundled into the pack's classic search
 * script (src/scripts/pack-search.ts) and unit-tested.
 *
 * Ranking: every word of the query must be found (as a word or a word prefix)
 * in the title, the keywords (the page's aliases and French equivalents), the
 * text or the synonyms of the terms it mentions; title hits weigh most, then
 * keywords, then the text. A title or an alias equal to the whole query wins:
 * "surapprentissage" puts the glossary's Overfitting above every page that
 * merely mentions overfitting.
 *
 * The query goes through the same rewriting as the site's search (src/lib/search-query.ts):
 * stop words dropped, a misspelt long word corrected against the pack's own words, and
 * the best query missing one word when no page has them all.
 */
import { normaliseWords } from './normalise.ts';
import { fallbackQueries, rewriteQuery, type Vocabulary, vocabulary } from './search-query.ts';
import { escapeHtml } from './escape.ts';

export interface SearchDoc {
  /** Root-relative URL of the page or anchor, "glossaire/overfitting/index.html". */
  url: string;
  title: string;
  /** The result type shown next to the title ("Glossaire", "Cours", …). */
  type: string;
  /** The page's own aliases and French equivalents, separated by " · ": indexed, not shown. */
  keywords: string;
  /** Synonyms of the terms the text mentions (surapprentissage for overfitting): indexed, weighing like the text. */
  synonyms?: string;
  /** The page's text, for matching and excerpts. */
  text: string;
}

export interface SearchResult {
  doc: SearchDoc;
  score: number;
  /** HTML: an escaped passage of the text with the query's words in <mark>. */
  excerpt: string;
}

/** Lower case, no accents, apostrophes and punctuation as spaces: "Sur-Apprentissage’" → "sur apprentissage". */
export const normalise = normaliseWords;

/** The query's words as this index splits them: rewritten, then cut at hyphens too. */
export function queryWords(query: string, vocab?: Vocabulary): string[] {
  return rewriteQuery(query, vocab).words.flatMap((w) => normalise(w).split(' ').filter(Boolean));
}

interface Prepared {
  doc: SearchDoc;
  title: string[];
  titleText: string;
  keywords: string[];
  aliases: string[];
  text: string[];
}

export interface PreparedIndex {
  items: Prepared[];
  /** Every word of the index (5 letters or more), most frequent first: for typo correction. */
  vocabulary: Vocabulary;
}

/** Normalises every document once, so that each keystroke only compares words. */
export function prepare(docs: SearchDoc[]): PreparedIndex {
  const items = docs.map((doc) => {
    const title = normalise(doc.title);
    return {
      doc,
      titleText: title,
      title: title.split(' '),
      keywords: normalise(doc.keywords).split(' '),
      aliases: doc.keywords.split('·').map(normalise).filter(Boolean),
      text: normalise(`${doc.text} ${doc.synonyms ?? ''}`).split(' '),
    };
  });
  const counts = new Map<string, number>();
  for (const item of items)
    for (const w of [...item.title, ...item.keywords, ...item.text])
      if (w.length >= 5 && !/\d/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  return { items, vocabulary: vocabulary(words) };
}

/** 2 for the word itself, 1 for a word that starts with it, 0 otherwise. */
function best(words: string[], word: string): number {
  let found = 0;
  for (const w of words) {
    if (w === word) return 2;
    if (found === 0 && word.length >= 2 && w.startsWith(word)) found = 1;
  }
  return found;
}

function count(words: string[], word: string): number {
  let n = 0;
  for (const w of words) if (w === word || (word.length >= 3 && w.startsWith(word))) n++;
  return n;
}

export function search(index: PreparedIndex, query: string, limit = 20): SearchResult[] {
  const words = queryWords(query, index.vocabulary);
  if (words.length === 0) return [];
  const found = searchWords(index, query, words, limit);
  if (found.length > 0) return found;
  for (const fewer of fallbackQueries(words)) {
    const results = searchWords(index, query, fewer, limit);
    if (results.length > 0) return results;
  }
  return [];
}

function searchWords(index: PreparedIndex, query: string, words: string[], limit: number): SearchResult[] {
  // The whole query, stop words included: "sur-apprentissage" is an alias as a whole.
  const phrase = normalise(query);
  const results: SearchResult[] = [];
  for (const item of index.items) {
    let score = 0;
    let all = true;
    for (const word of words) {
      const inTitle = best(item.title, word);
      const inKeywords = best(item.keywords, word);
      const inText = count(item.text, word);
      if (!inTitle && !inKeywords && !inText) {
        all = false;
        break;
      }
      score += inTitle * 10 + inKeywords * 6 + Math.min(inText, 8) * 0.5;
    }
    if (!all) continue;
    // An alias is one of the page's names: equal to the query, it counts as the title would
    // (a page whose title merely starts with the word must not outrank it).
    if (item.titleText === phrase || item.aliases.includes(phrase)) score += 30;
    else if (item.titleText.startsWith(phrase)) score += 10;
    results.push({ doc: item.doc, score, excerpt: '' });
  }
  results.sort((a, b) => b.score - a.score || a.doc.title.localeCompare(b.doc.title, 'fr'));
  return results.slice(0, limit).map((r) => ({ ...r, excerpt: excerpt(r.doc.text, words) }));
}

/** A passage of about `length` characters around the first word of the query found in the text. */
export function excerpt(text: string, words: string[], length = 180): string {
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const matches = (token: string) => {
    const n = normalise(token);
    return words.some((w) => n === w || (w.length >= 3 && n.startsWith(w)));
  };
  const first = tokens.find((t) => matches(t[0]));
  const start = first ? Math.max(0, first.index! - Math.floor(length / 3)) : 0;
  const from = start === 0 ? 0 : text.indexOf(' ', start) + 1 || start;
  const slice = text.slice(from, from + length);
  const out = slice.replace(/([\p{L}\p{N}]+)|[^\p{L}\p{N}]+/gu, (part, word?: string) =>
    word && matches(word) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(part),
  );
  return `${from > 0 ? '… ' : ''}${out}${from + length < text.length ? ' …' : ''}`;
}
