import { describe, expect, it } from 'vitest';
import { loadKnowledge, markdownToInlineHtml } from '../../src/lib/knowledge';

const knowledge = loadKnowledge('content');

describe('a definition as inline HTML (the preview cards)', () => {
  it('unwraps the paragraph, and joins two paragraphs with a line break', () => {
    expect(markdownToInlineHtml('Une phrase.')).toBe('Une phrase.');
    expect(markdownToInlineHtml('Première.\n\nSeconde.')).toBe('Première.<br>Seconde.');
  });

  it('keeps an English passage’s language, on an inline element', () => {
    const html = markdownToInlineHtml('<div lang="en">\n\nMean Squared Error\n\n</div>');
    expect(html).toMatch(/^<span lang="en">\s*Mean Squared Error<\/span>$/);
    expect(html).not.toMatch(/<\/?(p|div)\b/);
    // The two glossary entries written that way keep it in their previews.
    expect(knowledge.terms.get('mse')?.definitionHtml).toMatch(/^<span lang="en">/);
  });

  it('renders the math and escapes the text', () => {
    const html = markdownToInlineHtml('Si $x < 1$ alors a < b & c.');
    expect(html).toContain('class="katex"');
    expect(html).toContain('a &#x3C; b &#x26; c.');
  });
});

describe('a body as the words a reader sees (the search records)', () => {
  const ridge = knowledge.formulas.get('ridge');

  it('reads an equation reference as the page shows it, a term reference as its text', () => {
    expect(ridge).toBeDefined();
    expect(knowledge.plainText('Voir :eq[ridge] et :eq{#ridge}.')).toBe(
      `Voir éq. (${ridge?.number}) et éq. (${ridge?.number}).`,
    );
    expect(knowledge.plainText('Le :term[surapprentissage]{#overfitting} guette.')).toBe('Le surapprentissage guette.');
    // A colon followed by a word that is not one of ours stays as written.
    expect(knowledge.plainText('Le ratio a:b reste.')).toBe('Le ratio a:b reste.');
  });

  it('keeps characters as characters and words whole around emphasis', () => {
    expect(knowledge.plainText('Si a < b & c, c’est qu’*une* erreur.')).toBe('Si a < b & c, c’est qu’une erreur.');
  });

  it('keeps a formula’s visible glyphs only, apart, without its MathML copy', () => {
    const text = knowledge.plainText('avec $x_i$ ici');
    expect(text).toBe('avec x i ici');
  });
});
