/**
 * French spacing, the rule itself: the space after « and before », :, ;, ? and ! becomes a
 * no-break space, so that a line never starts with "»" or "?" nor ends with "«" (on a 390 px
 * phone, "alternez « assigner » et «" then "recalculer »" on the next line). Only spaces
 * change: the words, the seeds' included, stay as written. Plain U+00A0 rather than the
 * narrow U+202F, which some system fonts still lack.
 *
 * No dependency: the build applies it to every page (src/lib/typography.ts) and the demos to
 * what they write while they run (src/islands/shared/runtime.ts).
 */

const NBSP = '\u00a0';

/** Ordinary white space (not U+00A0) before a closing guillemet or a high punctuation mark. */
const BEFORE = /[ \t\r\n]+(?=[»:;?!])/g;
/** Ordinary white space after an opening guillemet. */
const AFTER = /«[ \t\r\n]+/g;

/**
 * Where the rule does not apply, for the build and the demos alike: elements whose text is not
 * running French prose, KaTeX's rendering, and English passages (lang="en").
 */
export const notProseTags: readonly string[] = [
  'script',
  'style',
  'pre',
  'code',
  'kbd',
  'samp',
  'textarea',
  'math',
  'svg',
  'head',
  'template',
];
export const notProseClass = 'katex';
/** The same as one CSS selector (the demos test each changed text node with closest()). */
export const notProseSelector = [...notProseTags, `.${notProseClass}`, '[lang^="en"]'].join(', ');

/** `text` with the spaces around French guillemets and before : ; ? ! made non-breaking. */
export function frenchSpaces(text: string): string {
  if (!/[«»:;?!]/.test(text)) return text;
  return text.replace(AFTER, `«${NBSP}`).replace(BEFORE, NBSP);
}
