/**
 * French spacing: the space after « and before », :, ;, ? and ! becomes a no-break space, so
 * that a line never starts with "»" or "?" nor ends with "«" (on a 390 px phone, "alternez
 * « assigner » et «" then "recalculer »" on the next line). Only spaces change: the words,
 * the seeds' included, stay as written. Plain U+00A0 rather than the narrow U+202F, which some
 * system fonts still lack.
 *
 * `frenchSpaces` is pure (text in, text out); `frenchSpacesInPage` applies it to the text of
 * a built page (src/integration/typography.ts), leaving code, formulas, SVG and English
 * passages (lang="en") alone.
 */
import { type HTMLElement, NodeType, type TextNode } from 'node-html-parser';

const NBSP = '\u00a0';

/** Ordinary white space (not U+00A0) before a closing guillemet or a high punctuation mark. */
const BEFORE = /[ \t\r\n]+(?=[»:;?!])/g;
/** Ordinary white space after an opening guillemet. */
const AFTER = /«[ \t\r\n]+/g;

/** `text` with the spaces around French guillemets and before : ; ? ! made non-breaking. */
export function frenchSpaces(text: string): string {
  if (!/[«»:;?!]/.test(text)) return text;
  return text.replace(AFTER, `«${NBSP}`).replace(BEFORE, NBSP);
}

/** Elements whose text is not running French prose. */
const SKIP = new Set(['script', 'style', 'pre', 'code', 'kbd', 'samp', 'textarea', 'math', 'svg', 'head', 'template']);

/**
 * Applies frenchSpaces to every text node of a parsed page (src/lib/html.ts), in place.
 * Returns whether anything changed, so that an unchanged page is not written again.
 */
export function frenchSpacesInPage(root: HTMLElement): boolean {
  let changed = false;
  const walk = (el: HTMLElement) => {
    for (const child of el.childNodes) {
      if (child.nodeType === NodeType.TEXT_NODE) {
        const text = child as TextNode;
        const spaced = frenchSpaces(text.rawText);
        if (spaced !== text.rawText) {
          text.rawText = spaced;
          changed = true;
        }
      } else if (child.nodeType === NodeType.ELEMENT_NODE) {
        const element = child as HTMLElement;
        const tag = element.rawTagName?.toLowerCase();
        if (tag && SKIP.has(tag)) continue;
        if (element.getAttribute('lang')?.startsWith('en')) continue;
        if (element.classList?.contains('katex')) continue;
        walk(element);
      }
    }
  };
  walk(root);
  return changed;
}
