/**
 * French-first titles for glossary terms and formulas.
 *
 * Where French has a standard term, it leads and the seed's English name stands beside it:
 * "Surapprentissage (Overfitting)". A term French speakers say in English keeps it, with
 * the French gloss beside: "Dropout (extinction aléatoire de neurones)". The French names are
 * the site's (each entry's `french` field, marked as ours where shown); the seed's name is
 * kept word for word. URLs never depend on the title: they come from the file name.
 *
 * Used by pages, components, the revision cards and the Moodle exports alike, so that a
 * term is called the same everywhere.
 */
import { escapeHtml } from './escape.ts';

export type TitleLang = 'fr' | 'en';

/** What a title is made of: the leading name, and the other one beside it. */
export interface TitleParts {
  main: string;
  /** Language of `main`; `undefined` when it is the page's (a formula the seed already names in French). */
  mainLang?: TitleLang;
  aside?: string;
  asideLang?: TitleLang;
}

/** The fields a title is built from (a glossary term's or a formula's frontmatter). */
export interface TitleSource {
  /** The seed's name, word for word ("Overfitting", "Logistic Regression"). */
  seedName: string;
  /** French names, the first being the one a title shows; ours. */
  french: readonly string[];
  /** Which leads: `fr` (the first French name) or `en` (the seed's name). */
  lead: TitleLang;
  /** Language of the seed's name when no French name is given: formulas are often named in French already. */
  seedLang?: TitleLang;
}

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('fr') + s.slice(1);

export function titleParts({ seedName, french, lead, seedLang = 'en' }: TitleSource): TitleParts {
  const fr = french[0];
  if (!fr) return { main: seedName, mainLang: seedLang === 'en' ? 'en' : undefined };
  return lead === 'fr'
    ? { main: upperFirst(fr), mainLang: 'fr', aside: seedName, asideLang: 'en' }
    : { main: seedName, mainLang: 'en', aside: fr, asideLang: 'fr' };
}

/**
 * The title as plain text: "Surapprentissage (Overfitting)". When either part has its own
 * parentheses ("SVD (Singular Value Decomposition)"), a dash separates them instead of nesting.
 */
export function titleText(parts: TitleParts): string {
  if (!parts.aside) return parts.main;
  const [open, close] = asideMarks(parts);
  return `${parts.main}${open}${parts.aside}${close}`;
}

/** What goes before and after the aside name: " (" and ")", or " — " when a part has parentheses of its own. */
export function asideMarks(parts: TitleParts): [string, string] {
  return /[()]/.test(parts.main + (parts.aside ?? '')) ? [' — ', ''] : [' (', ')'];
}

/** The `lang` of a course title where it is not the page's French, for a `lang={…}` attribute. */
export function courseTitleLang(d: { titleLang: TitleLang }): 'en' | undefined {
  return d.titleLang === 'en' ? 'en' : undefined;
}

/** A glossary term's title parts (the seed writes every term in English). */
export function termTitleParts(d: { term: string; french: readonly string[]; titleLang: TitleLang }): TitleParts {
  return titleParts({ seedName: d.term, french: d.french, lead: d.titleLang });
}

/** A formula's title parts; a formula without French names is named as the seed names it, in the page's language. */
export function formulaTitleParts(d: { name: string; french: readonly string[]; titleLang: TitleLang }): TitleParts {
  return titleParts({ seedName: d.name, french: d.french, lead: d.titleLang, seedLang: 'fr' });
}

/**
 * The title as HTML: each name in its own language, the aside one quieter (class `title-aside`),
 * as the BiTitle component writes it, for markup built outside Astro (revision cards, previews).
 */
export function titleHtml(parts: TitleParts): string {
  const inLang = (text: string, l?: TitleLang) =>
    l ? `<span lang="${l}">${escapeHtml(text)}</span>` : escapeHtml(text);
  const main = inLang(parts.main, parts.mainLang);
  if (!parts.aside) return main;
  const [open, close] = asideMarks(parts);
  return `${main}<span class="title-aside">${open}${inLang(parts.aside, parts.asideLang)}${close}</span>`;
}

export const termTitle = (d: Parameters<typeof termTitleParts>[0]) => titleText(termTitleParts(d));
export const formulaTitle = (d: Parameters<typeof formulaTitleParts>[0]) => titleText(formulaTitleParts(d));
