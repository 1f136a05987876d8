/** The search index reads a page's <main> only (scripts/index-search.ts, src/lib/html.ts). */
import { describe, expect, it } from 'vitest';
import { prepareForIndex } from '../../scripts/index-search';
import { mainElementSource } from '../../src/lib/html';

const page = (main: string, rest = '') =>
  `<!doctype html><html lang="fr"><head><title>T</title></head><body><header>${rest}<a href="/">Atlas ML</a></header>${main}<footer>pied</footer></body></html>`;

describe('mainElementSource', () => {
  it('cuts the one <main> element out of the page', () => {
    const main = '<main id="contenu" data-pagefind-body><h1>Titre</h1><p>Texte</p></main>';
    expect(mainElementSource(page(main))).toBe(main);
  });

  it('gives nothing for a page with no <main> or with two', () => {
    expect(mainElementSource(page('<div>rien</div>'))).toBeUndefined();
    expect(mainElementSource(page('<main>a</main><main>b</main>'))).toBeUndefined();
  });

  it('does not take <main-menu> for <main>', () => {
    expect(mainElementSource(page('<main>a</main>', '<main-menu>x</main-menu>'))).toBe('<main>a</main>');
  });
});

describe('prepareForIndex', () => {
  const groups = [] as never;

  it('gives Pagefind the <main> of the page only, with the page language', () => {
    const { html, text } = prepareForIndex(
      page('<main data-pagefind-body><h1 data-pagefind-meta="title">Biais</h1><p>Le biais.</p></main>'),
      'glossaire/biais/index.html',
      groups,
    );
    expect(html).toMatch(/^<html lang="fr"><body><main data-pagefind-body>/);
    expect(html).not.toContain('pied');
    expect(html).not.toContain('Atlas ML');
    expect(text).toContain('Le biais.');
  });

  it("leaves formulas' markup and term previews out of what Pagefind reads, with no space in their place", () => {
    const { html, text } = prepareForIndex(
      page(
        '<main data-pagefind-body><p>C’est le <span class="ref"><a href="/glossaire/overfitting/">surapprentissage</a>' +
          '<span class="ref-card" id="ref-x-1">Modèle trop complexe</span></span>. Perte <span class="katex"><span class="katex-mathml">L</span></span> minimale.</p></main>',
      ),
      'demos/x/index.html',
      groups,
    );
    expect(html).not.toContain('ref-card');
    expect(html).not.toContain('katex-mathml');
    expect(html).toContain('surapprentissage</a></span>.');
    expect(text).toContain('surapprentissage.');
    expect(text).not.toContain('Modèle trop complexe');
  });

  it('fails on a page with no <main>, naming it', () => {
    expect(() => prepareForIndex(page('<div data-pagefind-body>x</div>'), 'a/index.html', groups)).toThrow(
      "a/index.html: the search index reads a page's one <main>",
    );
  });

  it('takes a script that only names an attribute for what it is', () => {
    const { text } = prepareForIndex(
      page('<main data-pagefind-body><p>Texte</p></main>', '<script>const a = "data-pagefind-filter";</script>'),
      'b/index.html',
      groups,
    );
    expect(text).toContain('Texte');
  });

  it('fails when a page puts a Pagefind attribute outside <main>, naming the page and the attribute', () => {
    expect(() =>
      prepareForIndex(
        page('<main data-pagefind-body><h1>Biais</h1></main>', '<span data-pagefind-filter="type:Cours"></span>'),
        'cours/x/index.html',
        groups,
      ),
    ).toThrow('cours/x/index.html: data-pagefind-filter outside <main>');
  });
});
