/**
 * What the k-means page promises: the URL state with its defaults (what « Ce que vous
 * voyez » describes) and the « Essayez » experiments, checked against the model in
 * tests/unit/demo-k-means-lesson.test.ts.
 */
import { experiments, num, points, seed } from '../shared/state';

export const maxPoints = 150;
export const spec = {
  /** Number of clusters k (not "k": the runtime uses it for the step count). */
  clusters: num(1, 8, 3, { integer: true }),
  /** Seed of the initial centres (Forgy: k points of the data). */
  seed: seed(1),
  /** Seed of the point cloud, used while the reader has not edited the points. */
  ds: seed(1),
  pts: points(-1, 1, maxPoints),
};

export const lesson = experiments(spec, [
  {
    id: 'un-centre',
    label: 'k = 1 : en un aller-retour, le centre est la moyenne de tous les points',
    state: { clusters: 1 },
    steps: 2,
  },
  {
    id: 'quatre',
    label: 'k = 4, un centre par amas : l’inertie tombe d’environ 3,95 à 2,81',
    state: { clusters: 4 },
    steps: 20,
  },
  {
    id: 'mauvais-depart',
    label: 'Graine 3 : un mauvais départ, l’algorithme s’arrête à une inertie de 6,6',
    state: { seed: 3 },
    steps: 20,
  },
]);
