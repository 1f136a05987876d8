/**
 * The one place built HTML is parsed and written back (node-html-parser: an HTML parser
 * with a tree, a serialiser and CSS selectors). Post-build steps never edit HTML with
 * regular expressions: they parse a page, change the tree, and serialise it. The one string
 * search here, mainElementSource(), only reads: it finds what to parse.
 *
 * Why this parser and not hast (parse5): on the built site (202 pages, 6 MB) it parses and
 * serialises about five times faster, and its serialisation keeps every element the step
 * did not touch as it was written (attributes, quotes, the raw text of scripts and styles),
 * so the hashes of inline scripts and styles in a page's Content-Security-Policy stay true.
 * The only difference on a round trip: self-closed SVG and MathML elements
 * (`<path …/>`) are written with an end tag (`<path …></path>`), which means the same.
 */
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';
import { escapeAttribute } from './escape.ts';

export type { HTMLElement };

/** A page or fragment as a tree; `serialiseHtml(parseHtml(html))` gives `html` back (see above). */
export function parseHtml(html: string): HTMLElement {
  // Only the elements whose content is text in HTML are kept as text; the parser's default
  // would also keep <noscript> and <pre> as text, and hide the links written in them.
  return parse(html, { comment: true, blockTextElements: { script: true, style: true, textarea: true } });
}

export function serialiseHtml(root: HTMLElement): string {
  return root.toString();
}

export { escapeAttribute, escapeText } from './escape.ts';

/**
 * Sets an attribute to `value` (plain text, escaped here). The element's attributes are then
 * written again, double-quoted, in their order (an empty value stays `alt=""`); an element
 * whose attributes do not change is left as it was written.
 */
export function setAttribute(el: HTMLElement, name: string, value: string): void {
  if (el.getAttribute(name) === value) return;
  el.setAttribute(name, escapeAttribute(value)); // keeps the parser's view of the attributes up to date
  el.rawAttrs = Object.entries(el.rawAttributes)
    .map(([key, raw]) => (raw === null ? key : `${key}="${raw.replace(/"/g, '&quot;')}"`))
    .join(' ');
}

/** Every element under `root`, in document order (the root itself first when it is an element with a tag). */
export function* elements(root: HTMLElement): Generator<HTMLElement> {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== NodeType.ELEMENT_NODE) continue;
    const el = node as HTMLElement;
    if (el.rawTagName) yield el;
    for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push(el.childNodes[i]!);
  }
}

/**
 * `html` with the content of the first element matching `selector` replaced by `inner` (HTML),
 * and nothing else changed, byte for byte: the element is found by the parser, and the file is
 * cut at its position. For the post-build steps that write a figure into a page already served
 * with revisions (the pack's size, the size of the offline download).
 */
export function replaceInner(html: string, selector: string, inner: string, file = 'page'): string {
  const el = parseHtml(html).querySelector(selector);
  if (!el) throw new Error(`${file}: no element matches "${selector}"; the page's markup changed`);
  const [start, end] = el.range;
  const outer = html.slice(start, end);
  const open = outer.indexOf('>') + 1;
  const close = outer.lastIndexOf('</');
  if (open <= 0 || close < open) throw new Error(`${file}: "${selector}" is not an element with content`);
  return html.slice(0, start + open) + inner + html.slice(start + close);
}

/**
 * The source of a page's one `<main>` element, cut from the page without parsing the rest,
 * or `undefined` when the page has no `<main>` or more than one. For the search index: every
 * Pagefind attribute of the site is inside `<main>` (the index fails a page where one is not), and parsing whole
 * pages, their header, sidebars and footer included, was half of the index's time at 2,000 pages.
 * The slice is then parsed like any page.
 */
export function mainElementSource(html: string): string | undefined {
  const opening = /<main[\s>]/g;
  const first = opening.exec(html);
  if (!first || opening.exec(html)) return undefined;
  const end = html.indexOf('</main>', first.index);
  if (end < 0 || html.indexOf('</main>', end + 1) >= 0) return undefined;
  return html.slice(first.index, end + '</main>'.length);
}
