/**
 * What the 2×2 matrices page promises: the URL state with its defaults (what « Ce que
 * vous voyez » describes) and the « Essayez » experiments, checked against the model in
 * tests/unit/demo-matrices-lesson.test.ts.
 */
import { experiments, num } from '../shared/state';

/** Largest absolute value of an entry. */
export const limit = 3;
const entry = (def: number) => num(-limit, limit, def, { digits: 2 });
export const spec = { a: entry(1.5), b: entry(1), c: entry(0.25), d: entry(1) };

export const lesson = experiments(spec, [
  {
    id: 'rotation',
    label: 'Un quart de tour : aucune valeur propre réelle, le cercle reste un cercle',
    state: { a: 0, b: -1, c: 1, d: 0 },
  },
  {
    id: 'singuliere',
    label: 'det A = 0 : l’ellipse s’aplatit en un segment (σ₂ = 0)',
    state: { a: 1, b: 2, c: 0.5, d: 1 },
  },
  {
    id: 'symetrique',
    label: 'A symétrique : vecteurs propres orthogonaux, sur les axes de l’ellipse',
    state: { a: 2, b: 1, c: 1, d: 2 },
    steps: 30,
  },
]);
