/**
 * What a student types, made into what the index can answer, in one place for the
 * site's search (Pagefind, src/scripts/search-ui.ts) and the course pack's fallback
 * search (src/lib/fallback-search.ts):
 * - the same folding as everywhere else (src/lib/normalise.ts): accents, case, punctuation;
 * - French (and a few English) stop words dropped, so that a question typed as a
 *   sentence ("combien coûte le mastère IA ?") searches its meaningful words;
 * - a misspelt word of 6 letters or more that the index does not know is replaced by the
 *   known word one edit away (a letter missing, extra, wrong, or two letters swapped);
 * - when no page has every word, the queries to fall back on, dropping one word at a time.
 * Pure and dependency-free: bundled into the search UI and the pack's classic script.
 */
import { fold } from './normalise.ts';

/**
 * Words that carry no meaning for a search: articles, prepositions, question words, auxiliaries.
 * Not "pas" (pas d'apprentissage) nor "sur" (sur-apprentissage): they mean something here.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a à ai as au aux avec avoir c ca ce ceci cela celle celui ces cet cette chez combien comme comment d dans de des ' +
    'dois doit donc du elle en est et etre faire faut il ils j je l la le les leur lui m ma me mes moi mon n ne ni nos ' +
    'notre nous on ou par peut peux pour pourquoi qu quand que quel quelle quelles quels qui quoi s sa sans se ses ' +
    'si son sont t ta te tes toi ton tu un une vos votre vous y ' +
    'est-ce a-t-il a-t-on faut-il peut-on doit-on y-a-t-il the of and to in for is what how'
  ).split(' '),
);

/**
 * The words of a query, folded, cut at spaces and apostrophes (d'apprentissage), without
 * the punctuation around them ("IA ?"); inner hyphens, dots and underscores stay, since
 * course codes (254-1-71, APM_5AI01_TP) and Q-learning are words of their own in the index.
 * Stop words are dropped unless the query has nothing else.
 */
export function queryWords(query: string): string[] {
  const words = fold(query)
    .split(/[\s']+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length ? kept : words;
}

/** Below this length a word is never corrected: short words are too close to one another. */
export const MIN_TYPO_LENGTH = 6;
/** Long words only, and never a code (BGDIA704 one edit from BGDIA703 is another course, not a typo). */
const typoTolerant = (word: string) => word.length >= MIN_TYPO_LENGTH && !/\d/.test(word);

/** True when `a` and `b` differ by exactly one edit: insertion, deletion, substitution or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The index's vocabulary: folded words, most frequent first (the order settles ties
 * between two corrections), as written by scripts/index-search.ts.
 */
export interface Vocabulary {
  words: string[];
  known: Set<string>;
}

export function vocabulary(words: string[]): Vocabulary {
  return { words, known: new Set(words) };
}

/**
 * The known word a misspelt word stands for, or undefined when the word is known, short,
 * the start of a known word (the student is still typing), or has no single-edit neighbour.
 */
export function correctWord(word: string, vocab: Vocabulary): string | undefined {
  if (word.length < MIN_TYPO_LENGTH || vocab.known.has(word) || /[^\p{L}]/u.test(word)) return undefined;
  let candidate: string | undefined;
  for (const w of vocab.words) {
    if (w.startsWith(word)) return undefined;
    if (candidate === undefined && oneEditApart(word, w)) candidate = w;
  }
  return candidate;
}

export interface RewrittenQuery {
  /** The words to search, stop words dropped and typos corrected. */
  words: string[];
  /** Each corrected word and its correction, for telling the student. */
  corrections: [string, string][];
}

export function rewriteQuery(query: string, vocab?: Vocabulary): RewrittenQuery {
  const corrections: [string, string][] = [];
  const words = queryWords(query).map((w) => {
    const fixed = vocab && correctWord(w, vocab);
    if (!fixed) return w;
    corrections.push([w, fixed]);
    return fixed;
  });
  return { words, corrections };
}

/**
 * When no page has every word: the queries to try instead, each missing one word,
 * the shortest word dropped first (question words the stop list missed are short,
 * the subject of the question is long). Two words or fewer: each word on its own.
 */
export function fallbackQueries(words: string[]): string[][] {
  if (words.length < 2) return [];
  const order = words.map((w, i) => ({ w, i })).sort((a, b) => a.w.length - b.w.length || b.i - a.i);
  return order.map(({ i }) => words.filter((_, j) => j !== i));
}

/**
 * True when every query word is found in `words` (a text's folded words): as a word or
 * the start of one, or, for a word of 6 letters or more, one edit away from one.
 * For filtering a list in place (the course explorer) by the same rules as search.
 */
export function matchesAll(queryWordList: string[], words: string[]): boolean {
  return queryWordList.every((q) => words.some((w) => w.startsWith(q) || (typoTolerant(q) && oneEditApart(q, w))));
}
