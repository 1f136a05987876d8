import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../src/lib/html';
import { addSources, inlineStylesheets } from '../../src/integration/inline-styles';

const hash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const policy =
  "default-src 'self'; font-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'; style-src-attr 'unsafe-inline';";
const page = (head: string) =>
  `<!DOCTYPE html><html lang="fr"><head><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body><p>x</p></body></html>`;
const files: Record<string, string> = {
  '_astro/a.css': 'body{color:red}\n',
  '_astro/b.css': '@font-face{font-family:K;src:url(/atlas/_astro/k.woff2)}.k{font-family:K}',
  '_astro/k.css': '@font-face{font-family:K;src:url(/atlas/_astro/k.woff2)}.katex .k{font-family:K}',
};
const read = (path: string) => {
  const css = files[path];
  if (css === undefined) throw new Error(`no file ${path}`);
  return css;
};

describe('inlineStylesheets', () => {
  test("each of the site's stylesheets becomes a <style> with the file's CSS, and its hash joins style-src", async () => {
    const html = page(
      '<link rel="stylesheet" href="/atlas/_astro/a.css"><link rel="stylesheet" href="/atlas/_astro/b.css" media="screen">',
    );
    const root = parseHtml(await inlineStylesheets(html, 'formules/index.html', '/atlas/', read));
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

  test('a stylesheet from elsewhere is left as a link, and a page without one is returned as it was', async () => {
    const html = page('<link rel="stylesheet" href="/autre/x.css">');
    expect(await inlineStylesheets(html, 'formules/index.html', '/atlas/', read)).toBe(html);
  });

  test('a page without a policy, or a policy without style-src, is an error naming the page', async () => {
    const link = '<link rel="stylesheet" href="/_astro/a.css">';
    const noMeta = `<!DOCTYPE html><html><head>${link}</head><body></body></html>`;
    await expect(inlineStylesheets(noMeta, 'formules/index.html', '/', read)).rejects.toThrow(
      /formules\/index\.html: no Content-Security-Policy/,
    );
    const noStyleSrc = page(link).replace("style-src 'self'; ", '');
    await expect(inlineStylesheets(noStyleSrc, 'formules/index.html', '/', read)).rejects.toThrow(
      /formules\/index\.html: its Content-Security-Policy has no style-src/,
    );
  });

  test('CSS that would end the <style> element early is refused', async () => {
    const html = page('<link rel="stylesheet" href="/_astro/bad.css">');
    await expect(
      inlineStylesheets(html, 'formules/index.html', '/', () => '.a::after{content:"</style>"}'),
    ).rejects.toThrow(/formules\/index\.html: \/_astro\/bad\.css contains "<\/style"/);
  });

  test("the fonts a page's formulas use get a <style> of their own, hashed too, and leave the stylesheet", async () => {
    const html = page('<link rel="stylesheet" href="/atlas/_astro/k.css">').replace(
      '<p>x</p>',
      '<span class="katex"><span class="katex-html"><span class="k">ab</span></span></span>',
    );
    const fonts = {
      read: (path: string) => Buffer.from(`font at ${path}`),
      subset: async (font: Buffer, text: string) => Buffer.from(`${font} cut to ${text}`),
    };
    const root = parseHtml(await inlineStylesheets(html, 'formules/index.html', '/atlas/', read, fonts));
    const [sheet, embedded] = root.querySelectorAll('style');
    expect(sheet!.textContent).toBe('.katex .k{font-family:K}');
    expect(embedded!.getAttribute('data-embedded-fonts')).toBe('');
    const data = Buffer.from('font at _astro/k.woff2 cut to  ab').toString('base64');
    expect(embedded!.textContent).toBe(
      `@font-face{font-family:K;src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:U+20,U+61-62}`,
    );
    const csp = root.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    expect(csp).toContain(hash(sheet!.textContent));
    expect(csp).toContain(hash(embedded!.textContent));
    // data: fonts on this page only; without fonts to embed, font-src stays as it was.
    expect(csp).toContain("font-src 'self' data:;");
    const plain = await inlineStylesheets(
      page('<link rel="stylesheet" href="/atlas/_astro/a.css">'),
      'x',
      '/atlas/',
      read,
      fonts,
    );
    expect(plain).toContain("font-src 'self';");
    const noFontSrc = html.replace("font-src 'self'; ", '');
    await expect(inlineStylesheets(noFontSrc, 'formules/index.html', '/atlas/', read, fonts)).rejects.toThrow(
      /formules\/index\.html: its Content-Security-Policy has no font-src/,
    );
  });
});

describe('addSources', () => {
  test('adds to the directive named only, not to style-src-attr or style-src-elem', () => {
    expect(addSources("style-src-attr 'unsafe-inline'; style-src 'self';", 'style-src', ["'sha256-x='"])).toBe(
      "style-src-attr 'unsafe-inline'; style-src 'self' 'sha256-x=';",
    );
    expect(addSources("font-src 'self'; style-src 'self'", 'font-src', ['data:'])).toBe(
      "font-src 'self' data:; style-src 'self'",
    );
    expect(addSources("default-src 'self'", 'style-src', ["'sha256-x='"])).toBeUndefined();
  });
});
