/**
 * The url() tokens of CSS: one place for the course pack, which makes them relative
 * (src/lib/relative-links.ts), and for the cheat sheet's embedded fonts, which read them
 * (src/integration/embed-fonts.ts).
 *
 * postcss (a dependency) gives rules and declarations, but a declaration's value only as text:
 * this small tokeniser finds the url() tokens in it, or in a whole stylesheet, and skips comments
 * and quoted strings, where "url(" is only text. It handles what CSS writes there: url(x),
 * url("x") and url('x'), with spaces inside the parentheses.
 */

/** `css` with the value of each url() replaced by `map(value)`, quotes kept, the rest as written. */
export function mapCssUrls(css: string, map: (value: string) => string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  /** The index just past the string that opens at `at` (its closing quote, or the end). */
  const stringEnd = (at: number) => {
    let k = at + 1;
    while (k < css.length && css[k] !== css[at]) k += css[k] === '\\' ? 2 : 1;
    return Math.min(k + 1, css.length);
  };
  while (i < css.length) {
    const c = css[i]!;
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
    } else if (c === '"' || c === "'") {
      i = stringEnd(i);
    } else if (
      (c === 'u' || c === 'U') &&
      css.slice(i, i + 4).toLowerCase() === 'url(' &&
      !/[\w-]/.test(css[i - 1] ?? '')
    ) {
      let j = i + 4;
      while (/\s/.test(css[j] ?? '')) j++;
      const quote = css[j] === '"' || css[j] === "'" ? css[j]! : '';
      // A quoted URL may hold ")" (an inline SVG): it ends at its closing quote.
      const valueEnd = quote ? stringEnd(j) - 1 : css.indexOf(')', j);
      const close = valueEnd < 0 ? -1 : css.indexOf(')', valueEnd);
      if (close < 0) break;
      const value = css.slice(quote ? j + 1 : j, valueEnd).trim();
      out += `${css.slice(copied, i)}url(${quote}${map(value)}${quote})`;
      copied = i = close + 1;
    } else i++;
  }
  return out + css.slice(copied);
}

/** The values of the url() tokens of `css`, in order. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  mapCssUrls(css, (value) => {
    urls.push(value);
    return value;
  });
  return urls;
}
