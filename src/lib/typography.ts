/**
 * French spacing of a built page (src/integration/typography.ts): the rule of
 * src/lib/french-spaces.ts applied to the page's text, leaving code, formulas, SVG and
 * English passages (lang="en") alone.
 */
import { type HTMLElement, NodeType, type TextNode } from 'node-html-parser';
import { frenchSpaces, notProseClass, notProseTags } from './french-spaces.ts';

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
