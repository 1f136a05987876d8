/**
 * French/English synonyms for search, from the glossary: a page that says
 * "overfitting" is also indexed under "surapprentissage" and "sur-apprentissage",
 * and the other way round. Pure: used by the indexing script and its tests.
 */
import type { Knowledge } from './knowledge.ts';
import { normalise, WORD_SEPARATORS } from './normalise.ts';

export interface SynonymGroup {
  termId: string;
  names: string[];
}

export function synonymGroups(knowledge: Knowledge): SynonymGroup[] {
  return [...knowledge.terms.values()].map((t) => ({
    termId: t.id,
    names: [...new Set([t.term, ...t.french, ...t.aliases])],
  }));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as missingSynonyms looks for it: a cheap substring test first, then the word-boundary pattern. */
interface Needle {
  name: string;
  /** Two-letter names (CV, F1) are matched in their exact case, in the text as written. */
  exact: boolean;
  needle: string;
  /** The needle's words, as the text is split into words below. */
  words: string[];
  pattern: RegExp;
}

/** Patterns compiled once per list of groups (an index run asks about every page with the same list). */
const compiled = new WeakMap<SynonymGroup[], Needle[][]>();

function needlesOf(groups: SynonymGroup[]): Needle[][] {
  let needles = compiled.get(groups);
  if (!needles) {
    needles = groups.map((g) =>
      g.names.map((name) => {
        const exact = name.length <= 2;
        const needle = exact ? name : normalise(name);
        const pattern = exact
          ? new RegExp(`\\b${escapeRegExp(name)}\\b`)
          : new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'u');
        const words = needle.split(WORD_SEPARATORS).filter(Boolean);
        return { name, exact, needle, words, pattern };
      }),
    );
    compiled.set(groups, needles);
  }
  return needles;
}

/**
 * The names to add to a page's index so that every synonym finds it: for each
 * group with a name present in the text, its names that are absent.
 * Two-letter names (CV, F1) only count in their exact case, to avoid false hits.
 */
export function missingSynonyms(text: string, groups: SynonymGroup[]): string[] {
  const folded = normalise(text);
  // A name found at word boundaries has each of its words among the text's words: that set,
  // made once, rules out most names without scanning the page for each (an index run asks
  // about every page).
  const words = new Set(folded.split(WORD_SEPARATORS));
  const present = (n: Needle) => {
    if (!n.exact && !n.words.every((w) => words.has(w))) return false;
    const haystack = n.exact ? text : folded;
    return haystack.includes(n.needle) && n.pattern.test(haystack);
  };
  const out = new Set<string>();
  for (const names of needlesOf(groups)) {
    const found = names.filter(present);
    if (found.length === 0) continue;
    for (const n of names) if (!found.includes(n)) out.add(n.name);
  }
  return [...out];
}
