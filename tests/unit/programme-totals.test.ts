/**
 * Totals shown on programme pages (ECTS and hours per semester, period or option) and
 * the comparison's topic coverage, on the real content: complete where the seeds give
 * every value, said to be partial where they do not, and never invented.
 */
import { describe, expect, it } from 'vitest';
import { describedModules, mentions, topicsOf, topicWords } from '../../src/lib/coverage';
import { groupTotals, unitHours } from '../../src/lib/ects';
import { byCollection, loadContent } from '../support/content';

const { entries } = loadContent();
const programmes = byCollection(entries, 'programmes');
const courses = new Map(byCollection(entries, 'courses').map((c) => [c.id, c]));
const lookup = (id: string) => courses.get(id)?.data;
const programme = (id: string) => programmes.find((p) => p.id === id)!;
const group = (p: string, g: string) => programme(p).data.structure.find((x: { id: string }) => x.id === g)!;

describe('group totals (programme pages)', () => {
  it('adds up a MIX semester in ECTS and hours, complete', () => {
    const s1 = groupTotals(group('master-mix', 's1'), lookup);
    expect(s1.ects).toEqual({ value: 30, complete: true, known: true });
    expect(s1.hours.complete).toBe(true);
    // The hours are the sum of the courses' own totals, as the seed gives them.
    const expected = group('master-mix', 's1')
      .units.filter((u: { mandatory?: boolean }) => u.mandatory !== false)
      .reduce((a: number, u: never) => a + (unitHours(u, lookup) ?? Number.NaN), 0);
    expect(s1.hours.value).toBe(expected);
    expect(s1.hours.value).toBeGreaterThan(0);
  });

  it('says a Mastère IA period is partial when a course has no ECTS in the seed', () => {
    const p3 = groupTotals(group('mastere-specialise-ia', 'p3'), lookup);
    expect(courses.get('machine-learning-equitable-et-interpretable')!.data.ects).toBeUndefined();
    expect(p3.ects.complete).toBe(false);
    expect(p3.ects.known).toBe(true);
    // The known part only: Machine learning avancé (4) + Apprentissage pour la robotique (2) + the rest known.
    expect(p3.ects.value).toBeGreaterThanOrEqual(6);
    const p1 = groupTotals(group('mastere-specialise-ia', 'p1'), lookup);
    expect(p1.ects).toEqual({ value: 10.5, complete: true, known: true });
  });

  it('gives an M2 IM option its own total (21 ECTS for MDS)', () => {
    expect(groupTotals(group('m2-im', 'option-mds'), lookup).ects).toMatchObject({ value: 21, complete: true });
  });

  it('never calls a sum of nothing a total', () => {
    const empty = { id: 'x', title: 'x', kind: 'period', titleFromSource: true, short: 'x', units: [] } as never;
    expect(groupTotals(empty, lookup).ects).toEqual({ value: 0, complete: false, known: false });
  });
});

describe('topic coverage (comparison), the site’s own reading of the seeds’ words', () => {
  it('finds the Mastère IA modules for deep learning and reinforcement learning (seed 003)', () => {
    const modules = describedModules(programme('mastere-specialise-ia').body);
    expect(modules).toContain('Apprentissage profond/Deep Learning');
    expect(modules).toContain('Apprentissage en ligne et par renforcement');
    expect(modules.filter((m) => mentions(m, topicWords['deep-learning']!))).toEqual([
      'Apprentissage profond/Deep Learning',
    ]);
    expect(modules.filter((m) => mentions(m, topicWords['apprentissage-par-renforcement']!))).toEqual([
      'Apprentissage en ligne et par renforcement',
    ]);
  });

  it('reads no module list where a programme has none', () => {
    for (const id of ['m2-im', 'master-mix', 'm2-statistique-learning'])
      expect(describedModules(programme(id).body), id).toEqual([]);
  });

  it('matches whole words, accents and case folded', () => {
    expect(topicsOf('Réseaux de neurones convolutifs')).toContain('deep-learning');
    expect(topicsOf('Traitement Automatique des Langues')).toContain('nlp');
    expect(mentions('Graphical models', topicWords.graphes!)).toBe(false);
    expect(mentions('Apprentissage par RENFORCEMENT', topicWords['apprentissage-par-renforcement']!)).toBe(true);
  });
});
