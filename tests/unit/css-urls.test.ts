import { expect, test } from 'vitest';
import { cssUrls, mapCssUrls } from '../../src/lib/css-urls';

const src = 'src:url(/_astro/k.woff2) format("woff2"),url( "/_astro/k.woff" ) format("woff")';

test('cssUrls: the url() values, quoted or not, in order; comments and strings are only text', () => {
  expect(cssUrls(src)).toEqual(['/_astro/k.woff2', '/_astro/k.woff']);
  expect(cssUrls('/* url(/no.png) */ a{content:"url(/no.png)";background:url(\'/yes.png\')}')).toEqual(['/yes.png']);
  expect(cssUrls('a{color:red}')).toEqual([]);
});

test('mapCssUrls changes the values only, quotes and the rest kept', () => {
  expect(mapCssUrls(src, (u) => u.toUpperCase())).toBe(
    'src:url(/_ASTRO/K.WOFF2) format("woff2"),url("/_ASTRO/K.WOFF") format("woff")',
  );
});
