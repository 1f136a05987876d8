/**
 * French-first titles (src/lib/titles.ts), on the real content: the standard French term leads
 * with the seed's English name beside it, terms said in English keep it with a French gloss,
 * and the seed's name is always there, word for word.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files';
import { contentRoot } from '../../src/lib/content-root';
import { escapeHtml } from '../../src/lib/escape';
import { formulaTitle, formulaTitleParts, termTitle, termTitleParts, titleHtml, titleText } from '../../src/lib/titles';
import { formulaSchema } from '../../src/schemas/formulas';
import { glossarySchema } from '../../src/schemas/glossary';

const files = readContent(contentRoot);
type TermData = { term: string; french: string[]; titleLang: 'fr' | 'en' };
type FormulaData = { name: string; french: string[]; titleLang: 'fr' | 'en' };
const terms = new Map(
  files
    .filter((f) => f.collection === 'glossary')
    .map((f) => [f.id, glossarySchema.parse(f.data) as unknown as TermData] as const),
);
const formulas = new Map(
  files
    .filter((f) => f.collection === 'formulas')
    .map((f) => [f.id, formulaSchema.parse(f.data) as unknown as FormulaData] as const),
);

describe('French-first titles', () => {
  it('titles in French where French has the term, the seed’s English name beside it', () => {
    expect(termTitle(terms.get('overfitting')!)).toBe('Surapprentissage (Overfitting)');
    expect(termTitle(terms.get('cross-validation')!)).toBe('Validation croisée (Cross-Validation)');
    expect(termTitle(terms.get('pca')!)).toBe('ACP (PCA)');
    expect(formulaTitle(formulas.get('regression-logistique')!)).toBe('Régression logistique (Logistic Regression)');
  });

  it('keeps the English of terms French speakers say in English, with the French gloss beside', () => {
    expect(termTitle(terms.get('dropout')!)).toBe('Dropout (extinction aléatoire de neurones)');
    expect(termTitle(terms.get('softmax')!)).toBe('Softmax (fonction exponentielle normalisée)');
    expect(termTitle(terms.get('transformer')!)).toBe('Transformer (transformeur)');
    expect(termTitleParts(terms.get('dropout')!)).toMatchObject({ mainLang: 'en', asideLang: 'fr' });
  });

  it('leaves a formula the seed names in French as it is, in the page’s language', () => {
    expect(formulaTitle(formulas.get('theoreme-de-bayes')!)).toBe('Théorème de Bayes');
    expect(formulaTitleParts(formulas.get('theoreme-de-bayes')!).mainLang).toBeUndefined();
  });

  it('uses a dash, not nested parentheses, when a name has its own', () => {
    expect(formulaTitle(formulas.get('svd')!)).toBe(
      'Décomposition en valeurs singulières — SVD (Singular Value Decomposition)',
    );
  });

  it('keeps the seed’s name word for word in every title, and gives every term two names', () => {
    for (const [id, t] of terms) {
      expect(termTitle(t), id).toContain(t.term);
      // Every glossary term is either titled in French or glossed in French.
      expect(termTitleParts(t).aside, id).toBeTruthy();
    }
    for (const [id, f] of formulas) expect(formulaTitle(f), id).toContain(f.name);
  });

  it('writes HTML with each name in its language, escaped', () => {
    const parts = { main: 'A < B', mainLang: 'fr' as const, aside: 'x & y', asideLang: 'en' as const };
    expect(titleHtml(parts)).toBe(
      '<span lang="fr">A &lt; B</span><span class="title-aside"> (<span lang="en">x &amp; y</span>)</span>',
    );
    expect(titleText(parts)).toBe('A < B (x & y)');
    expect(escapeHtml('"<&>')).toBe('&quot;&lt;&amp;&gt;');
  });

  it('refuses a French lead without a French name, naming the field', () => {
    const result = glossarySchema.safeParse({ term: 'X', titleLang: 'fr', category: 'donnees', source: '004' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['titleLang']);
  });
});
