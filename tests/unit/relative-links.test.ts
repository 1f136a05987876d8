import { describe, expect, it } from 'vitest';
import { normaliseBase, rewriteCssUrls, rewriteHtmlLinks, toRelative } from '../../src/lib/relative-links';

describe('relative links for the course pack', () => {
  it('turns a folder URL into a relative path to its index.html', () => {
    expect(toRelative('/cours/x/', 'glossaire/overfitting/index.html')).toBe('../../cours/x/index.html');
    expect(toRelative('/', 'glossaire/overfitting/index.html')).toBe('../../index.html');
    expect(toRelative('/glossaire/', 'glossaire/overfitting/index.html')).toBe('../index.html');
    expect(toRelative('/glossaire/underfitting/', 'glossaire/overfitting/index.html')).toBe(
      '../underfitting/index.html',
    );
    expect(toRelative('/cours/', 'index.html')).toBe('cours/index.html');
    expect(toRelative('/', 'index.html')).toBe('index.html');
  });

  it('keeps files, queries and anchors', () => {
    expect(toRelative('/_astro/a.css', 'faq/index.html')).toBe('../_astro/a.css');
    expect(toRelative('/formules/#mse', 'faq/index.html')).toBe('../formules/index.html#mse');
    expect(toRelative('/recherche/?q=biais&x=1#r', 'index.html')).toBe('recherche/index.html?q=biais&x=1#r');
    expect(toRelative('/faq/#q1', 'faq/index.html')).toBe('index.html#q1');
  });

  it('respects the base path and leaves other URLs alone', () => {
    expect(toRelative('/atlas-ml/cours/x/', 'cours/index.html', '/atlas-ml/')).toBe('x/index.html');
    expect(toRelative('/atlas-ml', 'cours/index.html', 'atlas-ml')).toBe('../index.html');
    expect(toRelative('/autre-site/page/', 'cours/index.html', '/atlas-ml/')).toBe('/autre-site/page/');
    for (const url of [
      'https://example.org/x',
      '//cdn.example.org/x.js',
      '#top',
      'mailto:a@b.fr',
      '../relative/',
      'x.html',
    ]) {
      expect(toRelative(url, 'cours/index.html')).toBe(url);
    }
  });

  it('normalises base paths', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('atlas-ml')).toBe('/atlas-ml/');
    expect(normaliseBase('/atlas-ml')).toBe('/atlas-ml/');
  });

  it('rewrites the URL attributes of HTML tags, not the canonical link nor the text', () => {
    const html =
      '<link rel="canonical" href="http://localhost:4321/cours/"><link rel="stylesheet" href="/_astro/a.css">' +
      '<script type="module" src="/_astro/h.js"></script><a class="x" href="/glossaire/bias/">/glossaire/bias/</a><img src=\'/i.png\' alt="">';
    expect(rewriteHtmlLinks(html, 'cours/index.html')).toBe(
      '<link rel="canonical" href="http://localhost:4321/cours/"><link rel="stylesheet" href="../_astro/a.css">' +
        '<script type="module" src="../_astro/h.js"></script><a class="x" href="../glossaire/bias/index.html">/glossaire/bias/</a><img src="../i.png" alt="">',
    );
  });

  it('rewrites a moved page: its refresh target and its script target', () => {
    const html =
      '<meta http-equiv="refresh" content="0; url=/enseignants/"><script data-target="/enseignants/#moodle">x</script>';
    expect(rewriteHtmlLinks(html, 'moodle/index.html')).toBe(
      '<meta http-equiv="refresh" content="0; url=../enseignants/index.html"><script data-target="../enseignants/index.html#moodle">x</script>',
    );
    // Other <meta> content is not a URL.
    expect(rewriteHtmlLinks('<meta name="description" content="url=/x/">', 'index.html')).toBe(
      '<meta name="description" content="url=/x/">',
    );
  });

  it('rewrites url() in stylesheets relative to the stylesheet', () => {
    const css =
      '@font-face{src:url(/_astro/KaTeX_Main.woff2) format("woff2"),url("/_astro/KaTeX_Main.woff")}a{background:url(data:image/png;base64,xx)}';
    expect(rewriteCssUrls(css, '_astro/BaseLayout.css')).toBe(
      '@font-face{src:url(KaTeX_Main.woff2) format("woff2"),url("KaTeX_Main.woff")}a{background:url(data:image/png;base64,xx)}',
    );
  });
  it('parses the page: srcset candidates, escaped ampersands, and URL-like text or script left alone', () => {
    const html =
      '<img srcset="/a.png 1x, /b.png 2x" alt=""><a href="/recherche/?q=a&amp;type=b">/x/ href="/x/"</a>' +
      '<script>const u = "<a href=\'/x/\'>";</script><!-- <a href="/x/"> -->';
    expect(rewriteHtmlLinks(html, 'cours/index.html')).toBe(
      '<img srcset="../a.png 1x, ../b.png 2x" alt=""><a href="../recherche/index.html?q=a&amp;type=b">/x/ href="/x/"</a>' +
        '<script>const u = "<a href=\'/x/\'>";</script><!-- <a href="/x/"> -->',
    );
  });

  it('rewrites url() tokens only, not the same text in comments or strings, and keeps a quoted ")"', () => {
    const css =
      '/* url(/no.png) */a::after{content:"url(/no.png)"}b{background:URL( \'/_astro/x.png\' )}' +
      'c{background:url("data:image/svg+xml,<svg>(1)</svg>")}d{mask:url(/_astro/m.svg#a)}';
    expect(rewriteCssUrls(css, '_astro/site.css')).toBe(
      '/* url(/no.png) */a::after{content:"url(/no.png)"}b{background:url(\'x.png\')}' +
        'c{background:url("data:image/svg+xml,<svg>(1)</svg>")}d{mask:url(m.svg#a)}',
    );
  });
});
