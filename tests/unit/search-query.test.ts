import { describe, expect, it } from 'vitest';
import {
  correctWord,
  fallbackQueries,
  oneEditApart,
  queryWords,
  rewriteQuery,
  vocabulary,
} from '../../src/lib/search-query';

const vocab = vocabulary([
  'apprentissage',
  'reseaux',
  'neurones',
  'regularisation',
  'surapprentissage',
  'gradient',
  'descente',
  'mastere',
  'convolution',
  'convolutif',
  'statistique',
]);

describe('queryWords', () => {
  it('folds accents and case, as the rest of the site does', () => {
    expect(queryWords('Réseaux de NEURONES')).toEqual(['reseaux', 'neurones']);
  });
  it('drops French stop words and question words from a sentence', () => {
    expect(queryWords('combien coûte le mastère IA ?')).toEqual(['coute', 'mastere', 'ia']);
    expect(queryWords('Qu’est-ce que le surapprentissage ?')).toEqual(['surapprentissage']);
    expect(queryWords('quelle est la différence entre biais et variance')).toEqual([
      'difference',
      'entre',
      'biais',
      'variance',
    ]);
  });
  it('keeps words that mean something in ML: pas (d’apprentissage), sur (-apprentissage)', () => {
    expect(queryWords("pas d'apprentissage")).toEqual(['pas', 'apprentissage']);
    expect(queryWords('sur apprentissage')).toEqual(['sur', 'apprentissage']);
  });
  it('keeps course codes and hyphenated names whole, without the punctuation around them', () => {
    expect(queryWords('254-1-71')).toEqual(['254-1-71']);
    expect(queryWords('(APM_5AI01_TP)')).toEqual(['apm_5ai01_tp']);
    expect(queryWords('Q-learning ?')).toEqual(['q-learning']);
  });
  it('keeps a query made only of stop words as it is', () => {
    expect(queryWords('de la')).toEqual(['de', 'la']);
    expect(queryWords('  ')).toEqual([]);
  });
});

describe('typo tolerance', () => {
  it('recognises one edit: a letter missing, extra, wrong, or two swapped', () => {
    expect(oneEditApart('apprentisage', 'apprentissage')).toBe(true);
    expect(oneEditApart('apprentisssage', 'apprentissage')).toBe(true);
    expect(oneEditApart('apprentissoge', 'apprentissage')).toBe(true);
    expect(oneEditApart('apprentsisage', 'apprentissage')).toBe(true);
    expect(oneEditApart('aprentisage', 'apprentissage')).toBe(false);
    expect(oneEditApart('gradient', 'gradient')).toBe(false);
  });
  it('corrects an unknown word of six letters or more to the known word one edit away', () => {
    expect(correctWord('apprentisage', vocab)).toBe('apprentissage');
    expect(correctWord('neuronnes', vocab)).toBe('neurones');
    expect(correctWord('gradeint', vocab)).toBe('gradient');
  });
  it('leaves known words, short words, words being typed and codes alone', () => {
    expect(correctWord('gradient', vocab)).toBeUndefined();
    expect(correctWord('gradit', vocab)).toBeUndefined(); // two edits away
    expect(correctWord('resaux', vocab)).toBe('reseaux');
    expect(correctWord('mastre', vocab)).toBe('mastere');
    expect(correctWord('neuron', vocab)).toBeUndefined(); // the start of "neurones"
    expect(correctWord('convo', vocab)).toBeUndefined(); // five letters
    expect(correctWord('bgdia704', vocab)).toBeUndefined();
  });
  it('rewrites a whole query and says what it corrected', () => {
    expect(rewriteQuery('les réseaux de neuronnes', vocab)).toEqual({
      words: ['reseaux', 'neurones'],
      corrections: [['neuronnes', 'neurones']],
    });
    expect(rewriteQuery('apprentisage statistique')).toEqual({
      words: ['apprentisage', 'statistique'],
      corrections: [],
    });
  });
});

describe('fallbackQueries', () => {
  it('drops one word at a time, the shortest first', () => {
    expect(fallbackQueries(['coute', 'mastere', 'ia'])).toEqual([
      ['coute', 'mastere'],
      ['mastere', 'ia'],
      ['coute', 'ia'],
    ]);
    expect(fallbackQueries(['kangourou'])).toEqual([]);
  });
});
