import { describe, expect, it } from 'vitest';
import { countMentions, rankByMentions } from '../../src/lib/term-mentions';

describe('countMentions', () => {
  it('counts every name of the term, accents and case folded, at word boundaries', () => {
    const names = ['Overfitting', 'surapprentissage', 'sur-apprentissage'];
    expect(countMentions('Le Surapprentissage et l’overfitting ; sur-apprentissage.', names)).toBe(3);
    expect(countMentions('overfittings et surapprentissages', names)).toBe(0);
    expect(countMentions('Réseaux de neurones', ['reseaux de neurones'])).toBe(1);
  });
  it('counts short names in their exact case only, and overlapping names once', () => {
    expect(countMentions('CV et cv', ['CV'])).toBe(1);
    expect(countMentions('learning rate', ['learning rate', 'rate'])).toBe(1);
  });
});

describe('rankByMentions', () => {
  it('keeps only the items that mention the term, most mentions first', () => {
    const courses = [
      { title: 'B', text: 'dropout, dropout' },
      { title: 'A', text: 'rien' },
      { title: 'C', text: 'dropout' },
    ];
    const ranked = rankByMentions(
      courses,
      ['Dropout'],
      (c) => c.text,
      (c) => c.title,
    );
    expect(ranked.map((r) => [r.item.title, r.mentions])).toEqual([
      ['B', 2],
      ['C', 1],
    ]);
  });
});
