/**
 * Line breaks of a built page (src/integration/typography.ts): French spacing, the rule of
 * src/lib/french-spaces.ts applied to the page's text, leaving code, formulas, SVG and
 * English passages (lang="en") alone; and short inline formulas kept whole.
 */
import { type HTMLElement, NodeType, type TextNode } from 'node-html-parser';
import { frenchSpaces, notProseClass, notProseTags } from './french-spaces.ts';
import { setAttribute } from './html.ts';

export { frenchSpaces };

const SKIP = new Set(notProseTags);

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
        // A folded demo (components/demo/DemoEmbed.astro) is page text put off until the fold opens:
        // it is spaced like the rest. Other templates hold fragments a script assembles.
        if (tag && SKIP.has(tag) && !(tag === 'template' && element.hasAttribute('data-demo-fold'))) continue;
        if (element.getAttribute('lang')?.startsWith('en')) continue;
        if (element.classList?.contains(notProseClass)) continue;
        walk(element);
      }
    }
  };
  walk(root);
  return changed;
}

/**
 * Inline formulas of at most this many visible characters are kept on one line. At the site's
 * size a formula character is about 12 px wide, so 20 of them (240 px) fit the narrowest text
 * column, a card on a 390 px phone (about 320 px); tests/e2e/typography.spec.ts measures it.
 */
export const WHOLE_FORMULA_CHARS = 20;

/**
 * Marks each short inline formula of a parsed page `katex-whole` (global.css makes it an
 * inline-block), so that a narrow screen moves it whole to the next line instead of cutting it
 * after an operator, as KaTeX allows. Longer ones keep TeX's breaks: as a block of the line's
 * width they would push the text after them onto a line of its own. Display math is left alone.
 * Returns how many formulas were marked.
 */
export function keepShortFormulasWhole(root: HTMLElement): number {
  let marked = 0;
  for (const formula of root.querySelectorAll('.katex')) {
    const classes = formula.getAttribute('class') ?? '';
    if (formula.parentNode?.classList?.contains('katex-display') || classes.split(/\s+/).includes('katex-whole'))
      continue;
    // What the reader sees: the HTML rendering, without KaTeX's zero-width spaces.
    const visible = (formula.querySelector('.katex-html')?.textContent ?? '').replaceAll('\u200b', '');
    if ([...visible].length > WHOLE_FORMULA_CHARS) continue;
    setAttribute(formula, 'class', `${classes} katex-whole`);
    marked++;
  }
  return marked;
}
