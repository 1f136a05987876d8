import { describe, expect, it } from 'vitest';
import { fold, indexLetter, normalise, normaliseWords, slugify } from '../../src/lib/normalise';

describe('text normalisation (src/lib/normalise.ts)', () => {
  it('folds accents and case, straightens apostrophes, collapses spaces', () => {
    expect(normalise('  Réseau   de NEURONES ')).toBe('reseau de neurones');
    expect(normalise('Régression’s')).toBe("regression's");
    expect(normalise('ÉCART-TYPE')).toBe('ecart-type');
    // Decomposed input (e + combining acute) folds like the composed one.
    expect(normalise('re\u0301gression')).toBe(normalise('régression'));
  });

  it('keeps the length of Latin text when folding, so indexes map back', () => {
    const text = 'Le sur-apprentissage’ Élevé';
    expect(fold(text)).toHaveLength(text.length);
    expect(fold(text)).toBe("le sur-apprentissage' eleve");
  });

  it('turns punctuation into word breaks for word matching', () => {
    expect(normaliseWords('Sur-Apprentissage’ Régression')).toBe('sur apprentissage regression');
    expect(normaliseWords("l'époque, (F1)")).toBe('l epoque f1');
  });

  it('makes ASCII slugs and index letters', () => {
    expect(slugify('Data scientist (IA) — spécialisé')).toBe('data-scientist-ia-specialise');
    expect(indexLetter('Écart-type')).toBe('E');
    expect(indexLetter('apprentissage')).toBe('A');
  });
});
