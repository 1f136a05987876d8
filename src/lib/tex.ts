/**
 * TeX rendering shared by the Markdown pipeline and the data collections:
 * one set of KaTeX options, so that a formula renders the same everywhere.
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastText } from 'hast-util-to-string';
import katex from 'katex';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';

export const katexOptions = {
  throwOnError: true,
  output: 'htmlAndMathml',
  strict: 'error',
} as const satisfies katex.KatexOptions;

// A build renders and checks the same formulas again and again (a formula's card, its previews,
// the pages that cite it, the content check before the render): each distinct TeX once.
const rendered = new Map<string, string>();
const errors = new Map<string, string | undefined>();

/** Renders TeX to HTML+MathML; throws KaTeX's ParseError on malformed input. */
export function renderTex(tex: string, displayMode = true): string {
  const key = `${displayMode ? 'D' : 'I'}${tex}`;
  let html = rendered.get(key);
  if (html === undefined) {
    html = katex.renderToString(tex, { ...katexOptions, displayMode });
    if (html.includes('katex-accent')) html = composeTextAccents(html);
    rendered.set(key, html);
  }
  return html;
}

/** Returns KaTeX's error message for malformed TeX, or `undefined` when it parses. */
export function texError(tex: string): string | undefined {
  if (errors.has(tex)) return errors.get(tex);
  let error: string | undefined;
  try {
    // KaTeX alone: the accent composition of renderTex cannot fail, and the check needs no HTML.
    katex.renderToString(tex, { ...katexOptions, displayMode: true });
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  errors.set(tex, error);
  return error;
}

/** Spacing accents KaTeX draws over a letter in \text{…}, and the combining marks they stand for. */
const COMBINING: Record<string, string> = {
  ˋ: '\u0300',
  ˊ: '\u0301',
  ˆ: '\u0302',
  '˜': '\u0303',
  '¨': '\u0308',
  ˇ: '\u030c',
};
const classes = (n: Element) => (n.properties?.className as string[] | undefined) ?? [];
const textEl = (tag: string, cls: string[] | undefined, value: string): Element => ({
  type: 'element',
  tagName: tag,
  properties: cls ? { className: cls } : {},
  children: [{ type: 'text', value }],
});

/**
 * KaTeX draws an accented letter of \text{…} ("où") as a letter with an accent placed over it:
 * screen readers then read "u, accent grave" and a copy gives "ouˋ". This puts the one composed
 * letter back, in the MathML read aloud (merged with the text around it) and in the HTML copied,
 * working on the parsed output, never on its text.
 */
function composeTextAccents(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  visitParents(tree, 'element', (node: Element, ancestors) => {
    const parent = ancestors.at(-1) as Element | undefined;
    if (!parent) return;
    const index = parent.children.indexOf(node);
    if (node.tagName === 'mover' && node.properties?.accent) {
      const [base, mark] = node.children.filter((c): c is Element => c.type === 'element');
      const letter = base?.tagName === 'mtext' ? hastText(base) : '';
      const combining = mark ? COMBINING[hastText(mark)] : undefined;
      if (letter.length === 1 && combining)
        parent.children[index] = textEl('mtext', undefined, (letter + combining).normalize('NFC'));
    } else if (
      classes(node).includes('katex-accent') &&
      ancestors.some((a) => classes(a as Element).includes('text'))
    ) {
      const text = hastText(node);
      const combining = COMBINING[text.slice(-1)];
      if (text.length === 2 && combining)
        parent.children[index] = textEl('span', ['mord'], (text[0] + combining).normalize('NFC'));
    }
  });
  // Adjacent <mtext> pieces of one word ("o", "ù") become one, so that it is read as a word.
  visitParents(tree, 'element', (node: Element) => {
    const merged: ElementContent[] = [];
    for (const child of node.children) {
      const last = merged.at(-1);
      if (child.type === 'element' && child.tagName === 'mtext' && last?.type === 'element' && last.tagName === 'mtext')
        last.children = [{ type: 'text', value: hastText(last) + hastText(child) }];
      else merged.push(child);
    }
    node.children = merged;
  });
  return unified().use(rehypeStringify).stringify(tree);
}
