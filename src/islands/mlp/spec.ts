/**
 * The MLP demo’s URL state (run.ts and Demo.astro read it) with its defaults, and the
 * choices its selectors offer.
 */
import { choice, num, seed } from '../shared/state';
import { activations, datasetNames } from './model';

/** Learning rates the selector offers (a link may give any value in range). */
export const rates = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30] as const;
/** L2 rates λ the selector offers. */
export const l2Rates = [0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1] as const;

export const spec = {
  data: choice(datasetNames, 'xor'),
  act: choice(activations, 'tanh'),
  lr: num(0.001, 30, 0.3, { digits: 4 }),
  width: num(1, 8, 4, { integer: true }),
  depth: num(1, 4, 2, { integer: true }),
  seed: seed(1),
  /** Standard deviation of the noise added to the points. */
  noise: num(0, 0.5, 0.05, { digits: 2 }),
  /** Share of the points used for training, in %; the rest is the test set. */
  ratio: num(10, 90, 50, { integer: true }),
  /** λ of the L2 penalty λ Σ w². */
  l2: num(0, 1, 0, { digits: 4 }),
};
