/**
 * The courses a glossary term page lists: those whose own text (title, the source's
 * description, objectives) names the term, in English, in French or in another form,
 * ranked by how often. A course that merely shares a broad topic with the term is not
 * listed: "Overfitting" is not about every machine-learning course.
 * Pure: used by src/pages/glossaire/[id].astro and its unit test.
 */
import { fold } from './normalise.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How many times `text` names any of `names`, each at word boundaries, accents and case
 * folded. Names of two letters or fewer (CV, F1) count only in their exact case, and
 * overlapping names ("learning rate" inside "learning rates") count once.
 */
export function countMentions(text: string, names: string[]): number {
  const folded = fold(text);
  const taken = new Set<number>();
  let count = 0;
  for (const name of [...new Set(names)].sort((a, b) => b.length - a.length)) {
    const short = name.length <= 2;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(short ? name : fold(name))}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of (short ? text : folded).matchAll(pattern)) {
      if (taken.has(m.index)) continue;
      for (let i = m.index; i < m.index + m[0].length; i++) taken.add(i);
      count++;
    }
  }
  return count;
}

export interface Mentioning<T> {
  item: T;
  mentions: number;
}

/** The items whose text mentions the names, most mentions first, then by title. */
export function rankByMentions<T>(
  items: T[],
  names: string[],
  textOf: (item: T) => string,
  titleOf: (item: T) => string,
): Mentioning<T>[] {
  return items
    .map((item) => ({ item, mentions: countMentions(textOf(item), names) }))
    .filter((m) => m.mentions > 0)
    .sort((a, b) => b.mentions - a.mentions || titleOf(a.item).localeCompare(titleOf(b.item), 'fr'));
}
