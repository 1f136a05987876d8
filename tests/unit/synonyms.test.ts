import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/lib/knowledge';
import { missingSynonyms, synonymGroups } from '../../src/lib/synonyms';

const groups = synonymGroups(loadKnowledge('content'));

describe('search synonyms from the glossary', () => {
  it('adds the French names to a page that only says the English term, and back', () => {
    expect(missingSynonyms('The model shows overfitting on small data.', groups)).toContain('surapprentissage');
    expect(missingSynonyms('Le surapprentissage guette les petits jeux de données.', groups)).toContain('Overfitting');
    expect(missingSynonyms('On applique une ACP avant la régression.', groups)).toContain('PCA');
    expect(missingSynonyms('Backpropagation through the network', groups)).toEqual(
      expect.arrayContaining(['rétropropagation']),
    );
  });

  it('ignores accents and case but not word boundaries', () => {
    expect(missingSynonyms('la RETROPROPAGATION du gradient', groups)).toContain('Backpropagation');
    // "epochs" is not "epoch" as a word, "pooling" inside "carpooling" is not the term.
    expect(missingSynonyms('carpooling', groups)).not.toContain('sous-échantillonnage');
  });

  it('adds nothing to a text without glossary terms', () => {
    expect(missingSynonyms('Le stage dure dix-huit semaines à La Rochelle.', groups)).toEqual([]);
  });

  it('matches two-letter names only in their exact case', () => {
    const cv = groups.find((g) => g.names.includes('CV'));
    if (cv) expect(missingSynonyms('un cv bien fait', groups)).not.toContain(cv.names[0]);
  });
});
