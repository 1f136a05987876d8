/**
 * What the attention and Q-learning page promises: the URL state with its defaults (what
 * « Ce que vous voyez » describes) and the « Essayez » experiments, checked against the
 * model in tests/unit/demo-attention-q-learning-lesson.test.ts.
 */
import { choice, experiments, num, points, seed, type Point } from '../shared/state';

export const defaultQ: Point[] = [
  { x: 1.5, y: 0.5 },
  { x: -1, y: 1.5 },
  { x: 0.5, y: -2 },
];
export const defaultK: Point[] = [
  { x: 2, y: 0 },
  { x: 1, y: 1.5 },
  { x: -2, y: 1 },
  { x: 0, y: -1.5 },
];
export const spec = {
  /** Query vectors Q1–Q3 and key vectors K1–K4 (d_k = 2). */
  qv: points(-3, 3, 3, 2),
  kv: points(-3, 3, 4, 2),
  scale: choice(['oui', 'non'] as const, 'oui'),
  alpha: num(0.01, 1, 0.5, { digits: 2 }),
  gamma: num(0, 0.99, 0.9, { digits: 2 }),
  eps: num(0, 1, 0.2, { digits: 2 }),
  speed: choice(['lent', 'rapide'] as const, 'lent'),
  seed: seed(1),
};

export const lesson = experiments(spec, [
  {
    id: 'sans-echelle',
    label: 'Sans diviser par √d_k : chaque requête se concentre davantage sur sa clé préférée',
    state: { scale: 'non' },
  },
  {
    id: 'gamma-zero',
    label: 'γ = 0, 3 000 pas : seules les cases voisines du but ou du piège apprennent',
    state: { gamma: 0 },
    steps: 3000,
  },
  {
    id: 'gamma-demi',
    label: 'γ = 0,5, 2 000 pas : le meilleur coup du départ ne vaut plus que 0,5⁴ ≈ 0,06',
    state: { gamma: 0.5 },
    steps: 2000,
  },
]);
