/**
 * What the convolution page promises: the URL state with its defaults (what « Ce que
 * vous voyez » describes) and the « Essayez » experiments, checked against the model in
 * tests/unit/demo-convolution-lesson.test.ts.
 */
import { experiments, num, seed } from '../shared/state';
import { limits } from './model';

export const spec = {
  h: num(limits.H[0], limits.H[1], 6, { integer: true }),
  /** Kernel size k (`k` is the step count in every demo's URL). */
  ks: num(limits.k[0], limits.k[1], 3, { integer: true }),
  p: num(limits.p[0], limits.p[1], 0, { integer: true }),
  s: num(limits.s[0], limits.s[1], 1, { integer: true }),
  seed: seed(1),
};

export const lesson = experiments(spec, [
  { id: 'meme-taille', label: 'p = 1 : la sortie garde la taille de l’entrée, 6 × 6', state: { p: 1 } },
  { id: 'stride-2', label: 'H = 7, s = 2 : sortie 3 × 3, toute l’entrée est lue', state: { h: 7, s: 2 } },
  { id: 'stride-3', label: 'H = 7, s = 3 : sortie 2 × 2, la dernière ligne n’est jamais lue', state: { h: 7, s: 3 } },
]);
