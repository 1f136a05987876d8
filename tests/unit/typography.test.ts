import { describe, expect, test } from 'vitest';
import { parseHtml, serialiseHtml } from '../../src/lib/html';
import {
  frenchSpaces,
  frenchSpacesInPage,
  keepShortFormulasWhole,
  WHOLE_FORMULA_CHARS,
} from '../../src/lib/typography';

const NB = '\u00a0';

describe('frenchSpaces', () => {
  test('guillemets keep their word, and : ; ? ! never start a line', () => {
    expect(frenchSpaces('alternez « assigner » et « recalculer »')).toBe(
      `alternez «${NB}assigner${NB}» et «${NB}recalculer${NB}»`,
    );
    expect(frenchSpaces('Mon loss est NaN ? Oui ! Voir : la FAQ ; merci')).toBe(
      `Mon loss est NaN${NB}? Oui${NB}! Voir${NB}: la FAQ${NB}; merci`,
    );
  });

  test('a run of white space, a line break included, becomes one no-break space', () => {
    expect(frenchSpaces('Taille de sortie\n  : 4')).toBe(`Taille de sortie${NB}: 4`);
  });

  test('leaves text without such a space, and English punctuation, as it is', () => {
    for (const text of [
      'Note: no space before it',
      'https://example.org/a?b=1',
      '10:30',
      'déjà : fait'.replace(' :', `${NB}:`),
    ])
      expect(frenchSpaces(text)).toBe(text);
  });
});

describe('frenchSpacesInPage', () => {
  test('changes prose, not code, formulas, SVG or English passages', () => {
    const html =
      '<html lang="fr"><head><title>A ?</title></head><body><p>Pourquoi ? <code>a ? b : c</code></p>' +
      '<span class="katex">x : y</span><svg><text>a : b</text></svg><p lang="en">Why ?</p></body></html>';
    const root = parseHtml(html);
    expect(frenchSpacesInPage(root)).toBe(true);
    expect(serialiseHtml(root)).toBe(html.replace('Pourquoi ?', `Pourquoi${NB}?`));
  });

  test('spaces a folded demo waiting in its template, not other templates', () => {
    const html =
      '<details><template data-demo-fold><p>Étape : 1</p></template><template><p>x : y</p></template></details>';
    const root = parseHtml(html);
    expect(frenchSpacesInPage(root)).toBe(true);
    expect(serialiseHtml(root)).toBe(html.replace('Étape : 1', `Étape${NB}: 1`));
  });

  test('says when nothing changed, so the page is not written again', () => {
    expect(frenchSpacesInPage(parseHtml('<p>Rien à changer.</p>'))).toBe(false);
  });
});

describe('keepShortFormulasWhole', () => {
  const inline = (visible: string) =>
    `<span class="katex"><span class="katex-mathml"><math><mi>${visible}</mi></math></span><span class="katex-html" aria-hidden="true"><span class="base">${visible}<span class="vlist-s">\u200b</span></span></span></span>`;

  test('short inline formulas are marked, long ones and display math are not; zero-width spaces do not count', () => {
    const short = inline('(m×n)⋅(n×p)=(m×p)'); // 17 characters
    const long = inline('Q(s,a)←Q(s,a)+α[r+γmaxa′Q(s′,a′)−Q(s,a)]');
    const display = `<span class="katex-display">${inline('x')}</span>`;
    const root = parseHtml(`<p>Dimensions : ${short}</p><p>${long}</p>${display}<template>${inline('y')}</template>`);
    expect(keepShortFormulasWhole(root)).toBe(2);
    const classes = root.querySelectorAll('.katex').map((k) => k.getAttribute('class'));
    expect(classes).toEqual(['katex katex-whole', 'katex', 'katex', 'katex katex-whole']);
    // Run again on the same page: nothing more to mark.
    expect(keepShortFormulasWhole(root)).toBe(0);
    expect(serialiseHtml(root)).toContain('<span class="katex katex-whole"><span class="katex-mathml">');
  });

  test(`the limit is ${WHOLE_FORMULA_CHARS} visible characters`, () => {
    const at = parseHtml(inline('a'.repeat(WHOLE_FORMULA_CHARS)));
    const over = parseHtml(inline('a'.repeat(WHOLE_FORMULA_CHARS + 1)));
    expect(keepShortFormulasWhole(at)).toBe(1);
    expect(keepShortFormulasWhole(over)).toBe(0);
  });
});
