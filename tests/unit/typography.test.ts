import { describe, expect, test } from 'vitest';
import { parseHtml, serialiseHtml } from '../../src/lib/html';
import { frenchSpaces, frenchSpacesInPage } from '../../src/lib/typography';

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
