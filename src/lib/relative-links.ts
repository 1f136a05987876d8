/**
 * Rewrites the built site's absolute internal URLs ("/atlas-ml/glossaire/x/")
 * into relative file paths ("../../glossaire/x/index.html"), for the course
 * pack opened from file://, where "/" is the root of the disk and a folder URL
 * does not open its index.html. Pure: used by scripts/pack.ts and its tests.
 */

import { normaliseBase } from './config.ts';

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

/** Attributes whose value the browser fetches or follows. */
const URL_ATTRIBUTES = /(\s(?:href|src|action|poster|data-src|data-target)=)(["'])([^"']*)\2/g;

/** Every internal URL in the tags of an HTML file, made relative (the canonical link stays absolute: it names the site). */
export function rewriteHtmlLinks(html: string, fromFile: string, base = '/'): string {
  return html.replace(/<[a-zA-Z][^>]*>/g, (tag) => {
    if (/^<link\b/i.test(tag) && /\srel=["']?canonical/i.test(tag)) return tag;
    // A moved page's <meta http-equiv="refresh" content="0; url=/new/">: the URL sits inside the content.
    if (/^<meta\b/i.test(tag) && /\shttp-equiv=["']?refresh/i.test(tag)) {
      return tag.replace(
        /(\scontent=(["'])[^"']*?url=)([^"']*)\2/i,
        (_, start: string, quote: string, value: string) => `${start}${toRelative(value, fromFile, base)}${quote}`,
      );
    }
    return tag.replace(
      URL_ATTRIBUTES,
      (_, attr: string, quote: string, value: string) => `${attr}${quote}${toRelative(value, fromFile, base)}${quote}`,
    );
  });
}

/** Every url(/…) of a stylesheet, made relative to the stylesheet's own location. */
export function rewriteCssUrls(css: string, fromFile: string, base = '/'): string {
  return css.replace(
    /url\((["']?)(\/[^)"']*)\1\)/g,
    (_, quote: string, value: string) => `url(${quote}${toRelative(value, fromFile, base)}${quote})`,
  );
}
