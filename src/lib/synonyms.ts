/**
 * French/English synonyms for search, from the glossary: a page that says
 * "overfitting" is also indexed under "surapprentissage" and "sur-apprentissage",
 * and the other way round. Pure: used by the indexing script and its tests.
 */
import type { Knowledge } from './knowledge.ts';
import { normalise } from './normalise.ts';

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
const boundary = (name: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(normalise(name))}(?![\\p{L}\\p{N}])`, 'u');

/**
 * The names to add to a page's index so that every synonym finds it: for each
 * group with a name present in the text, its names that are absent.
 * Two-letter names (CV, F1) only count in their exact case, to avoid false hits.
 */
export function missingSynonyms(text: string, groups: SynonymGroup[]): string[] {
  const folded = normalise(text);
  const present = (name: string) =>
    name.length <= 2 ? new RegExp(`\\b${escapeRegExp(name)}\\b`).test(text) : boundary(name).test(folded);
  const out = new Set<string>();
  for (const group of groups) {
    const found = group.names.filter(present);
    if (found.length === 0) continue;
    for (const name of group.names) if (!found.includes(name)) out.add(name);
  }
  return [...out];
}
