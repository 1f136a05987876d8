/**
 * What the ridge and lasso page promises: the URL state with its defaults (what « Ce que
 * vous voyez » describes) and the « Essayez » experiments, checked against the model in
 * tests/unit/demo-ridge-lasso-lesson.test.ts.
 */
import { experiments, num, seed } from '../shared/state';

export const lambdaMax = 80;
export const spec = { lambda: num(0, lambdaMax, 10, { digits: 1 }), seed: seed(1) };

export const lesson = experiments(spec, [
  { id: 'sans-penalite', label: 'λ = 0 : ridge et lasso retrouvent les moindres carrés', state: { lambda: 0 } },
  { id: 'un-zero', label: 'λ = 20 : le lasso annule w₂, ridge garde les deux poids', state: { lambda: 20 } },
  { id: 'deux-zeros', label: 'λ = 40 : le lasso annule les deux poids, ridge les rétrécit', state: { lambda: 40 } },
]);
