/**
 * Rewrites the built site's absolute internal URLs ("/atlas-ml/glossaire/x/")
 * into relative file paths ("../../glossaire/x/index.html"), for the course
 * pack opened from file://, where "/" is the root of the disk and a folder URL
 * does not open its index.html. Pure: used by scripts/pack.ts and its tests.
 * Pages are parsed (src/lib/html.ts), never rewritten with regular expressions.
 */

import { normaliseBase } from './config.ts';
import { mapCssUrls } from './css-urls.ts';
import { elements, type HTMLElement, parseHtml, serialiseHtml, setAttribute } from './html.ts';

export { normaliseBase };

/** "a/b/index.html" → ["a", "b"]: the folder of a root-relative file path. */
const folderOf = (file: string) => file.split('/').slice(0, -1).filter(Boolean);

/**
 * The URL `value`, found in the file `fromFile` (a path relative to the site
 * root, "glossaire/overfitting/index.html"), as a relative URL to the same file.
 * Anything that is not an absolute path under `base` (other sites, mailto:,
 * "#anchor", already relative URLs, "//host/") is returned as it is.
 */
export function toRelative(value: string, fromFile: string, base = '/'): string {
  const root = normaliseBase(base);
  if (!value.startsWith('/') || value.startsWith('//')) return value;
  const [, path, query = '', hash = ''] = value.match(/^([^?#]*)(\?[^#]*)?(#.*)?$/)!;
  if (path !== root.slice(0, -1) && !path.startsWith(root)) return value;
  let target = path.slice(root.length);
  if (target === '' || target.endsWith('/')) target += 'index.html';
  const from = folderOf(fromFile);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const relative = [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
  return relative + query + hash;
}

/** Attributes whose value is one URL the browser fetches or follows. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'data-src', 'data-target']);
/** Attributes whose value is a list of "URL [descriptor]" candidates, comma-separated. */
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);

/** A srcset ("/a.png 1x, /b.png 2x") with each candidate's URL made relative. */
function rewriteSrcset(value: string, fromFile: string, base: string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      return [toRelative(url, fromFile, base), ...descriptors].join(' ');
    })
    .join(', ');
}

/**
 * Every internal URL in the attributes of a parsed page (src/lib/html.ts), made relative, in place.
 * The canonical link stays absolute: it names the site. A moved page's
 * `<meta http-equiv="refresh" content="0; url=/new/">` has its URL inside `content`.
 * Text, inline scripts and inline styles are left alone (the styles' hashes are in the page's CSP).
 */
export function rewriteLinks(root: HTMLElement, fromFile: string, base = '/'): void {
  for (const el of elements(root)) {
    // A root-relative URL has a "/": an element whose attributes, as written, have none has
    // nothing to rewrite (most of a page: KaTeX's spans), and its attributes are not decoded.
    if (!el.rawAttrs.includes('/')) continue;
    const attributes = el.attributes;
    if (el.tagName === 'LINK' && /(^|\s)canonical(\s|$)/i.test(attributes.rel ?? '')) continue;
    if (el.tagName === 'META' && attributes['http-equiv']?.toLowerCase() === 'refresh') {
      const content = attributes.content ?? '';
      const at = content.search(/url=/i);
      if (at >= 0)
        setAttribute(
          el,
          'content',
          content.slice(0, at + 4) + toRelative(content.slice(at + 4).trim(), fromFile, base),
        );
      continue;
    }
    for (const [name, value] of Object.entries(attributes)) {
      const key = name.toLowerCase();
      if (URL_ATTRIBUTES.has(key)) setAttribute(el, name, toRelative(value, fromFile, base));
      else if (SRCSET_ATTRIBUTES.has(key)) setAttribute(el, name, rewriteSrcset(value, fromFile, base));
    }
  }
}

/** The same on HTML text: parsed, rewritten, serialised. */
export function rewriteHtmlLinks(html: string, fromFile: string, base = '/'): string {
  const root = parseHtml(html);
  rewriteLinks(root, fromFile, base);
  return serialiseHtml(root);
}

/** Every url(/…) of a stylesheet, made relative to the stylesheet's own location (src/lib/css-urls.ts finds them). */
export function rewriteCssUrls(css: string, fromFile: string, base = '/'): string {
  return mapCssUrls(css, (value) => toRelative(value, fromFile, base));
}
