/**
 * Changes one element of a built page found by an HTML parser (node-html-parser), and
 * nothing else: the rest of the file is kept byte for byte, so the hashes of inline
 * scripts in the page's Content-Security-Policy and the service worker's revisions stay
 * true. For the post-build steps that write a figure into a page (the pack's size, the
 * size of the offline download).
 */
import { parse } from 'node-html-parser';

/** `html` with the content of the first element matching `selector` replaced by `inner` (HTML). */
export function replaceInner(html: string, selector: string, inner: string, file = 'page'): string {
  const el = parse(html).querySelector(selector);
  if (!el) throw new Error(`${file}: no element matches "${selector}"; the page's markup changed`);
  const [start, end] = el.range;
  const outer = html.slice(start, end);
  const open = outer.indexOf('>') + 1;
  const close = outer.lastIndexOf('</');
  if (open <= 0 || close < open) throw new Error(`${file}: "${selector}" is not an element with content`);
  return html.slice(0, start + open) + inner + html.slice(start + close);
}
