/**
 * What the logistic regression page promises: the URL state with its defaults (what
 * « Ce que vous voyez » describes) and the « Essayez » experiments, checked against the
 * model in tests/unit/demo-regression-logistique-lesson.test.ts.
 */
import { experiments, num, points, seed } from '../shared/state';

export const maxPerClass = 40;
export const spec = {
  /** Learning rate α (the slider is logarithmic). */
  lr: num(0.1, 100, 5, { digits: 3 }),
  /** Decision threshold on P(y = 1 | x). */
  thr: num(0.01, 0.99, 0.5, { digits: 2 }),
  seed: seed(2),
  /** The points of class 0 and class 1, when the reader edited them (else drawn from the seed). */
  c0: points(-1, 1, maxPerClass),
  c1: points(-1, 1, maxPerClass),
  /** Softmax panel: four scores and the temperature. */
  z1: num(-1000, 1000, 2, { digits: 2 }),
  z2: num(-1000, 1000, 1, { digits: 2 }),
  z3: num(-1000, 1000, 0.1, { digits: 2 }),
  z4: num(-1000, 1000, -1, { digits: 2 }),
  temp: num(0.1, 10, 1, { digits: 3 }),
};

export const lesson = experiments(spec, [
  {
    id: 'seuil-haut',
    label: 'Seuil 0,9 : un seul faux positif au lieu de 2, mais 8 faux négatifs au lieu de 4',
    state: { thr: 0.9 },
    steps: 400,
  },
  {
    id: 'seuil-bas',
    label: 'Seuil 0,1 : plus aucun faux négatif, mais 10 faux positifs',
    state: { thr: 0.1 },
    steps: 400,
  },
  {
    id: 'temperature',
    label: 'T = 0,1 : la plus grande note prend plus de 99,99 % de la probabilité',
    state: { temp: 0.1 },
  },
]);
