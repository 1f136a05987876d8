import { describe, expect, it } from 'vitest';
import { excerpt, normalise, prepare, queryWords, search, type SearchDoc } from '../../src/lib/fallback-search';

const docs: SearchDoc[] = [
  {
    url: 'glossaire/overfitting/index.html',
    title: 'Overfitting',
    type: 'Glossaire',
    keywords: 'surapprentissage · sur-apprentissage · surajustement',
    text: 'Le modèle apprend le bruit des données d’entraînement et généralise mal.',
  },
  {
    url: 'faq/index.html',
    title: 'FAQ : pièges courants',
    type: 'Page',
    keywords: '',
    text: 'Validation loss qui remonte : overfitting. Ajouter de la régularisation ou de l’early stopping.',
    synonyms: 'surapprentissage · sur-apprentissage',
  },
  {
    url: 'cours/apprentissage-statistique/index.html',
    title: 'Apprentissage statistique',
    type: 'Cours',
    keywords: '',
    text: 'Régression, classification, validation croisée et régularisation.',
  },
  {
    url: 'formules/index.html#mse',
    title: '(1.1) Mean Squared Error',
    type: 'Formule',
    keywords: '',
    text: 'Erreur quadratique moyenne. Régression. loss',
  },
];
const index = prepare(docs);
const titles = (q: string) => search(index, q).map((r) => r.doc.title);

describe('the course pack’s fallback search', () => {
  it('normalises case, accents and punctuation', () => {
    expect(normalise('Sur-Apprentissage’ Régression')).toBe('sur apprentissage regression');
    expect(queryWords('la régularisation de la loss')).toEqual(['regularisation', 'loss']);
    expect(queryWords('sur-apprentissage')).toEqual(['sur', 'apprentissage']);
    expect(queryWords('de la')).toEqual(['de', 'la']);
  });

  it('finds a glossary term by its French alias, first', () => {
    expect(titles('surapprentissage')[0]).toBe('Overfitting');
    expect(titles('Surapprentissage')[0]).toBe('Overfitting');
    expect(titles('sur-apprentissage')[0]).toBe('Overfitting');
    // The FAQ only mentions overfitting: found through its synonyms, but below the term itself.
    expect(titles('surapprentissage')).toEqual(['Overfitting', 'FAQ : pièges courants']);
  });

  it('ranks a title match above a text match, and matches word prefixes', () => {
    expect(titles('apprentissage')[0]).toBe('Apprentissage statistique');
    expect(titles('regul')).toEqual(expect.arrayContaining(['FAQ : pièges courants', 'Apprentissage statistique']));
    expect(titles('mean squared')).toEqual(['(1.1) Mean Squared Error']);
  });

  it('needs every word of the query while some page has them all, else falls back to fewer words', () => {
    expect(titles('régression loss')).toEqual(['(1.1) Mean Squared Error']);
    // No page says kangourou: the pages with the other word, rather than nothing.
    expect(titles('régression kangourou')).toEqual(
      expect.arrayContaining(['(1.1) Mean Squared Error', 'Apprentissage statistique']),
    );
    expect(titles('kangourou')).toEqual([]);
    expect(titles('   ')).toEqual([]);
  });

  it('ignores French stop words and question words, as the site’s search does', () => {
    expect(titles('qu’est-ce que le surapprentissage ?')[0]).toBe('Overfitting');
    expect(titles('comment faire une validation croisée')).toEqual(['Apprentissage statistique']);
  });

  it('corrects a misspelt long word against the pack’s own words', () => {
    expect(titles('surapprentisage')[0]).toBe('Overfitting');
    expect(titles('regularisaton')).toEqual(expect.arrayContaining(['Apprentissage statistique']));
    expect(titles('quadratiqe moyenne')).toEqual(['(1.1) Mean Squared Error']);
  });

  it('shows an escaped excerpt with the words marked', () => {
    expect(excerpt('Le <b>bruit</b> & la régularisation', ['regularisation'])).toBe(
      'Le &lt;b&gt;bruit&lt;/b&gt; &amp; la <mark>régularisation</mark>',
    );
    const long = `${'mot '.repeat(100)}cible ${'fin '.repeat(100)}`;
    const e = excerpt(long, ['cible'], 60);
    expect(e.startsWith('… ')).toBe(true);
    expect(e.endsWith(' …')).toBe(true);
    expect(e).toContain('<mark>cible</mark>');
    expect(search(index, 'bruit')[0].excerpt).toContain('<mark>bruit</mark>');
  });
});
