/**
 * What the linear-regression page promises: the URL state with its defaults (what
 * « Ce que vous voyez » describes) and the « Essayez » experiments, checked against the
 * model in tests/unit/demo-regression-lineaire-lesson.test.ts.
 */
import { experiments, num, points, seed } from '../shared/state';

export const maxPoints = 40;
export const spec = {
  /** Learning rate α. */
  lr: num(0.01, 1.5, 0.1, { digits: 2 }),
  seed: seed(1),
  /** The points, when the reader edited them (else drawn from the seed). */
  pts: points(-1, 1, maxPoints),
};

export const lesson = experiments(spec, [
  {
    id: 'rapide',
    label: 'α = 0,5 : la solution en 30 pas, contre environ 170 à α = 0,1',
    state: { lr: 0.5 },
    steps: 30,
  },
  {
    id: 'lent',
    label: 'α = 0,01 : après 100 pas, la MSE vaut encore près du double du minimum',
    state: { lr: 0.01 },
    steps: 100,
  },
  {
    id: 'diverge',
    label: 'α = 1,1 : au-delà du seuil 2/λmax ≈ 1, la descente diverge',
    state: { lr: 1.1 },
    steps: 200,
  },
]);
