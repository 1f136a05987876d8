/**
 * What the normal law and Bayes page promises: the URL state with its defaults (what
 * « Ce que vous voyez » describes) and the « Essayez » experiments, checked against the
 * model in tests/unit/demo-loi-normale-bayes-lesson.test.ts.
 */
import { choice, experiments, num, seed } from '../shared/state';

export const populations = ['100', '1000', '10000', '100000'] as const;
export const spec = {
  mu: num(-3, 3, 0, { digits: 2 }),
  sigma: num(0.3, 2, 1, { digits: 2 }),
  seed: seed(1),
  /** Prevalence, sensitivity and specificity of the test, in %. */
  prev: num(0, 100, 1, { digits: 2 }),
  sens: num(0, 100, 90, { digits: 2 }),
  spec: num(0, 100, 91, { digits: 2 }),
  pop: choice(populations, '1000'),
};

export const lesson = experiments(spec, [
  {
    id: 'prevalence',
    label: 'Prévalence 10 % : un test positif signale un malade une fois sur deux (53 %)',
    state: { prev: 10 },
  },
  { id: 'specificite', label: 'Spécificité 99 % : P(M|+) passe de 9 % à 48 %', state: { spec: 99 } },
  { id: 'sigma', label: 'σ = 2 : la cloche s’aplatit, son sommet tombe de 0,40 à 0,20', state: { sigma: 2 } },
]);
