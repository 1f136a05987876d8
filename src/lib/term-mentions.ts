/**
 * The courses a glossary term page lists: those whose own text (title, the source's
 * description, objectives) names the term, in English, in French or in another form,
 * ranked by how often. A course that merely shares a broad topic with the term is not
 * listed: "Overfitting" is not about every machine-learning course.
 * Pure: used by src/pages/glossaire/[id].astro and its unit test.
 */
import { fold } from './normalise.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name's pattern, compiled once: a term page counts its names in every course. */
interface NamePattern {
  /** Folded name ("surapprentissage"), or the name itself when short; a cheap `includes` first. */
  needle: string;
  short: boolean;
  pattern: RegExp;
}

function namePatterns(names: string[]): NamePattern[] {
  return [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map((name) => {
      const short = name.length <= 2;
      const needle = short ? name : fold(name);
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'gu');
      return { needle, short, pattern };
    });
}

// The same course texts are folded for every term page of a build: once each.
const foldedTexts = new Map<string, string>();
function foldedText(text: string): string {
  let folded = foldedTexts.get(text);
  if (folded === undefined) {
    folded = fold(text);
    foldedTexts.set(text, folded);
  }
  return folded;
}

function count(text: string, patterns: NamePattern[]): number {
  const folded = foldedText(text);
  const taken = new Set<number>();
  let total = 0;
  for (const { needle, short, pattern } of patterns) {
    const haystack = short ? text : folded;
    if (!haystack.includes(needle)) continue;
    for (const m of haystack.matchAll(pattern)) {
      if (taken.has(m.index)) continue;
      for (let i = m.index; i < m.index + m[0].length; i++) taken.add(i);
      total++;
    }
  }
  return total;
}

/**
 * How many times `text` names any of `names`, each at word boundaries, accents and case
 * folded. Names of two letters or fewer (CV, F1) count only in their exact case, and
 * overlapping names ("learning rate" inside "learning rates") count once.
 */
export function countMentions(text: string, names: string[]): number {
  return count(text, namePatterns(names));
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
  const patterns = namePatterns(names);
  return items
    .map((item) => ({ item, mentions: count(textOf(item), patterns) }))
    .filter((m) => m.mentions > 0)
    .sort((a, b) => b.mentions - a.mentions || titleOf(a.item).localeCompare(titleOf(b.item), 'fr'));
}
