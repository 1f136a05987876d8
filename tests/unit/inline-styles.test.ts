import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../src/lib/html';
import { addStyleSources, inlineStylesheets } from '../../src/integration/inline-styles';

const hash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const policy = "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'; style-src-attr 'unsafe-inline';";
const page = (head: string) =>
  `<!DOCTYPE html><html lang="fr"><head><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body><p>x</p></body></html>`;
const files: Record<string, string> = {
  '_astro/a.css': 'body{color:red}\n',
  '_astro/b.css': '@font-face{font-family:K;src:url(/atlas/_astro/k.woff2)}.k{font-family:K}',
};
const read = (path: string) => {
  const css = files[path];
  if (css === undefined) throw new Error(`no file ${path}`);
  return css;
};

describe('inlineStylesheets', () => {
  test("each of the site's stylesheets becomes a <style> with the file's CSS, and its hash joins style-src", () => {
    const html = page(
      '<link rel="stylesheet" href="/atlas/_astro/a.css"><link rel="stylesheet" href="/atlas/_astro/b.css" media="screen">',
    );
    const root = parseHtml(inlineStylesheets(html, 'formules/index.html', '/atlas/', read));
    expect(root.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
    const styles = root.querySelectorAll('style');
    expect(styles.map((s) => s.textContent)).toEqual(['body{color:red}', files['_astro/b.css']]);
    expect(styles[1]!.getAttribute('media')).toBe('screen');
    const csp = root.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    expect(csp).toContain(`style-src 'self' ${hash('body{color:red}')} ${hash(files['_astro/b.css']!)};`);
    // The other directives are left as they were written.
    expect(csp).toContain("script-src 'self' 'sha256-abc=';");
    expect(csp).toContain("style-src-attr 'unsafe-inline';");
  });

  test('a stylesheet from elsewhere is left as a link, and a page without one is returned as it was', () => {
    const html = page('<link rel="stylesheet" href="/autre/x.css">');
    expect(inlineStylesheets(html, 'formules/index.html', '/atlas/', read)).toBe(html);
  });

  test('a page without a policy, or a policy without style-src, is an error naming the page', () => {
    const link = '<link rel="stylesheet" href="/_astro/a.css">';
    const noMeta = `<!DOCTYPE html><html><head>${link}</head><body></body></html>`;
    expect(() => inlineStylesheets(noMeta, 'formules/index.html', '/', read)).toThrow(
      /formules\/index\.html: no Content-Security-Policy/,
    );
    const noStyleSrc = page(link).replace("style-src 'self'; ", '');
    expect(() => inlineStylesheets(noStyleSrc, 'formules/index.html', '/', read)).toThrow(
      /formules\/index\.html: its Content-Security-Policy has no style-src/,
    );
  });

  test('CSS that would end the <style> element early is refused', () => {
    const html = page('<link rel="stylesheet" href="/_astro/bad.css">');
    expect(() => inlineStylesheets(html, 'formules/index.html', '/', () => '.a::after{content:"</style>"}')).toThrow(
      /formules\/index\.html: \/_astro\/bad\.css contains "<\/style"/,
    );
  });
});

describe('addStyleSources', () => {
  test('adds to style-src only, not to style-src-attr or style-src-elem', () => {
    expect(addStyleSources("style-src-attr 'unsafe-inline'; style-src 'self';", ["'sha256-x='"])).toBe(
      "style-src-attr 'unsafe-inline'; style-src 'self' 'sha256-x=';",
    );
    expect(addStyleSources("default-src 'self'", ["'sha256-x='"])).toBeUndefined();
  });
});
