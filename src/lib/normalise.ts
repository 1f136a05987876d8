/**
 * Text normalisation for matching, in one place: the glossary's name lookup, the search
 * synonyms, the unlinked-mention report, the Moodle exports, the pack's search and the
 * course explorer all fold accents and case the same way, so that "Régression",
 * "regression" and "RÉGRESSION" are one word everywhere. Pure and dependency-free:
 * safe in client bundles.
 */

/** Combining marks left by NFD decomposition (é → e + ◌́). */
const MARKS = /[\u0300-\u036f]/g;

/**
 * Accents and case folded, typographic apostrophes made straight, and nothing else:
 * for Latin text the result has the same length as the NFC input, so indexes found in
 * the folded text point at the same characters of the original.
 */
export function fold(s: string): string {
  return s.normalize('NFC').normalize('NFD').replace(MARKS, '').toLowerCase().replace(/[’‘]/g, "'");
}

/** For comparing names: folded, spaces collapsed and trimmed ("  Réseau  de neurones" → "reseau de neurones"). */
export function normalise(s: string): string {
  return fold(s).replace(/\s+/g, ' ').trim();
}

/** What separates two words: any run of characters that are neither letters nor digits. */
export const WORD_SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** For word matching: folded, every run of punctuation or space one space ("Sur-Apprentissage’" → "sur apprentissage"). */
export function normaliseWords(s: string): string {
  return fold(s).replace(WORD_SEPARATORS, ' ').trim();
}

/** An ASCII anchor or file name ("Data scientist (IA)" → "data-scientist-ia"). */
export function slugify(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The letter a name is filed under in an index ("Écart-type" → "E"). */
export function indexLetter(s: string): string {
  return normalise(s).charAt(0).toUpperCase();
}
