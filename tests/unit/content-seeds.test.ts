/**
 * The content against the seeds: every term, question, formula and course is
 * there, and the ECTS computed from the structure match what the sources state.
 */
import { describe, expect, it } from 'vitest';
import { groupEcts } from '../../src/lib/ects';
import { byCollection, loadContent } from '../support/content';

const { entries } = loadContent();
const programmes = byCollection(entries, 'programmes');
const courses = new Map(byCollection(entries, 'courses').map((c) => [c.id, c]));
const lookup = (id: string) => courses.get(id)?.data;
const programme = (id: string) => programmes.find((p) => p.id === id)!.data;
const group = (p: string, g: string) => programme(p).structure.find((x: { id: string }) => x.id === g)!;
const titlesIn = (p: string, g: string) =>
  group(p, g).units.flatMap((u: { courses: { course: { id: string } }[] }) =>
    u.courses.map((c) => courses.get(c.course.id)!.data.title),
  );

describe('ML companion (seed 004)', () => {
  it('has the 46 glossary terms of the seed', () => {
    const terms = byCollection(entries, 'glossary')
      .map((t) => t.data.term)
      .sort();
    expect(terms).toHaveLength(46);
    for (const t of [
      'Accuracy',
      'Bias-Variance Tradeoff',
      'L1/L2 Regularization',
      'Overfitting',
      'Validation Set',
      'Vanishing Gradient',
    ]) {
      expect(terms).toContain(t);
    }
  });

  it('gives every term a definition, and French names where French has them', () => {
    const glossary = byCollection(entries, 'glossary');
    expect(glossary.filter((t) => t.body.trim() === '').map((t) => t.id)).toEqual([]);
    const french = (id: string) => glossary.find((t) => t.id === id)!.data.french;
    expect(french('overfitting')).toContain('surapprentissage');
    expect(french('backpropagation')).toContain('rétropropagation');
    expect(french('gradient-descent')).toContain('descente de gradient');
    expect(french('confusion-matrix')).toContain('matrice de confusion');
    expect(french('cross-validation')).toContain('validation croisée');
    expect(french('learning-rate')).toContain("taux d'apprentissage");
    expect([...french('pca'), ...glossary.find((t) => t.id === 'pca')!.data.aliases]).toContain('ACP');
  });

  it('has the 13 FAQ questions in the seed’s five categories', () => {
    const faq = byCollection(entries, 'faq');
    expect(faq).toHaveLength(13);
    const count = (c: string) => faq.filter((q) => q.data.category === c).length;
    expect([
      count('donnees'),
      count('modelisation'),
      count('entrainement'),
      count('evaluation'),
      count('production'),
    ]).toEqual([3, 3, 3, 2, 2]);
    expect(faq.map((q) => q.data.question)).toContain('Mon loss est NaN ?');
  });

  it('has every formula of the ten sections, numbered without gaps', () => {
    const formulas = byCollection(entries, 'formulas');
    expect(formulas).toHaveLength(20);
    const bySection = new Map<string, number[]>();
    for (const f of formulas) bySection.set(f.data.section, [...(bySection.get(f.data.section) ?? []), f.data.order]);
    expect(bySection.size).toBe(10);
    for (const [section, orders] of bySection) {
      expect(
        orders.sort((a, b) => a - b),
        section,
      ).toEqual(orders.map((_, i) => i + 1));
    }
    const qLearning = formulas.find((f) => f.id === 'q-learning')!;
    expect(qLearning.data.display[0].tex).toContain("\\max_{a'} Q(s', a')");
  });

  it('has the four career paths, the certifications, a three-level roadmap and the key points', () => {
    const careers = byCollection(entries, 'careers').map((c) => c.data);
    expect(careers.filter((c) => c.kind === 'role').map((c) => c.title)).toEqual(
      expect.arrayContaining(['ML Engineer', 'Data Scientist', 'MLOps Engineer']),
    );
    expect(careers.filter((c) => c.kind === 'role')).toHaveLength(4);
    expect(careers.filter((c) => c.kind === 'roadmap-level')).toHaveLength(3);
    const mle = careers.find((c) => c.kind === 'role' && c.title === 'ML Engineer')!;
    expect(mle.salaries).toEqual([
      expect.objectContaining({ label: 'junior', min: 45, max: 70 }),
      expect.objectContaining({ label: 'senior', min: 70, max: 110 }),
    ]);
    expect(careers.find((c) => c.kind === 'key-points')!.points).toHaveLength(6);
  });

  it('keeps the hardware tables as numbers', () => {
    const gpus = byCollection(entries, 'hardware').find((h) => h.data.kind === 'gpu-table')!.data;
    expect(gpus.rows).toHaveLength(5);
    expect(gpus.rows.find((r: { gpu: string }) => r.gpu === 'RTX 4090')).toMatchObject({
      vramGb: 24,
      price: { min: 1600, max: 1600, currency: 'USD' },
    });
    const cloud = byCollection(entries, 'hardware').find((h) => h.data.kind === 'cloud-table')!.data;
    expect(cloud.rows).toHaveLength(6);
  });
});

describe('programmes (seeds 000–003)', () => {
  it('has the four programmes', () => {
    expect(programmes.map((p) => p.id).sort()).toEqual([
      'm2-im',
      'm2-statistique-learning',
      'master-mix',
      'mastere-specialise-ia',
    ]);
  });

  it('lists every course of the Sorbonne M2 (000)', () => {
    expect(titlesIn('m2-statistique-learning', 's1')).toHaveLength(12);
    expect(titlesIn('m2-statistique-learning', 's2')).toHaveLength(12);
    expect(titlesIn('m2-statistique-learning', 's2')).toContain(
      'Optimisation stochastique, apprentissage PAC-Bayésien et inférence variationnelle',
    );
    const spec = group('m2-statistique-learning', 's2').units[0];
    expect(spec.choice).toMatchObject({ pick: 4, atLeast: true });
    expect(groupEcts(group('m2-statistique-learning', 's2'), lookup)).toMatchObject({ ects: 30, complete: true });
  });

  it('lists every unit and course of the M2 IM options (001), shared courses once', () => {
    const expected: Record<string, number> = {
      'option-mds': 12,
      'option-mmv': 12,
      'option-imafa': 11,
      'option-inum': 12,
      'option-data-science-informatique': 10,
    };
    for (const [g, n] of Object.entries(expected)) expect(titlesIn('m2-im', g), g).toHaveLength(n);
    expect(titlesIn('m2-im', 'option-mds')).toContain('Fundamentals of Machine Learning');
    expect(titlesIn('m2-im', 'option-mmv')).toContain('Fundamentals of Machine Learning');
    expect([...courses.values()].filter((c) => c.data.title === 'Fundamentals of Machine Learning')).toHaveLength(1);
    expect(group('m2-im', 'option-data-science-informatique').titleFromSource).toBe(false);
    // FA or FI common units (39 ECTS) plus the MDS or MMV option (21 ECTS) make the year's 60.
    expect(groupEcts(group('m2-im', 'common-fa'), lookup).ects).toBe(39);
    expect(groupEcts(group('m2-im', 'common-fi'), lookup).ects).toBe(39);
    expect(groupEcts(group('m2-im', 'option-mds'), lookup).ects).toBe(21);
    expect(groupEcts(group('m2-im', 'option-mmv'), lookup).ects).toBe(21);
  });

  it('lists every EC of the four MIX semesters (002), and the ECTS add up to the stated 120', () => {
    expect(['s1', 's2', 's3', 's4'].map((s) => titlesIn('master-mix', s).length)).toEqual([8, 10, 7, 2]);
    const totals = ['s1', 's2', 's3', 's4'].map((s) => groupEcts(group('master-mix', s), lookup));
    expect(totals.map((t) => t.ects)).toEqual([30, 30, 30, 30]);
    expect(totals.map((t) => t.electiveEcts)).toEqual([0, 7, 0, 7]);
    expect(totals.reduce((a, t) => a + t.ects, 0)).toBe(programme('master-mix').facts.ects);
    expect(courses.get('pde-analysis')!.data).toMatchObject({
      code: '254-1-11',
      ects: 6,
      hours: { total: 57, cm: 22.5, td: 22.5, tp: 12 },
    });
  });

  it('lists every UE of the Mastère Spécialisé IA (003) with its code, ECTS and hours', () => {
    const all = ['p1', 'p2', 'p3', 'p4', 'toute-la-formation'].flatMap((g) => titlesIn('mastere-specialise-ia', g));
    expect(all).toHaveLength(21);
    const codes = [...courses.values()]
      .filter((c) => c.data.programme.id === 'mastere-specialise-ia')
      .map((c) => c.data.code);
    expect(codes).toEqual(expect.arrayContaining(['APM_5AI01_TP', 'BGDIA704', 'CSC_4IG07_TP', 'IA720']));
    expect(courses.get('machine-learning-avance')!.data).toMatchObject({
      code: 'BGDIA704',
      ects: 4,
      hours: { total: 93 },
      period: 'S2-P3',
    });
    expect(courses.get('machine-learning-equitable-et-interpretable')!.data.ects).toBeUndefined();
    expect(['p1', 'p2', 'p4'].map((g) => groupEcts(group('mastere-specialise-ia', g), lookup).ects)).toEqual([
      10.5, 7.5, 8.5,
    ]);
    expect(groupEcts(group('mastere-specialise-ia', 'p3'), lookup).complete).toBe(false);
    expect(programme('mastere-specialise-ia').facts).toMatchObject({ places: 30, cost: { amount: 20400 } });
    expect(programme('mastere-specialise-ia').facts.ects).toBeUndefined();
  });

  it('says where the source gives no description rather than inventing one', () => {
    expect(courses.get('computational-optimal-transport')!.body.trim()).toBe('');
    expect(courses.get('fundamentals-of-machine-learning')!.body).toContain('fundamental mathematical concepts');
    expect(courses.get('fundamentals-of-machine-learning')!.data.descriptionLanguage).toBe('en');
  });
});
