/**
 * What the MLP demo's page promises: its URL state (run.ts and Demo.astro read it) with the
 * defaults the "Ce que vous voyez" text describes, the choices its selectors offer, and the
 * "Essayez" experiments. Both are checked against the model in tests/unit/demo-mlp-lesson.test.ts.
 */
import { choice, experiments, num, seed } from '../shared/state';
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

const overfit = { data: 'cercles', noise: 0.5, ratio: 10, width: 8, depth: 3 } as const;

export const lesson = experiments(spec, [
  {
    id: 'spirales-etroit',
    label: 'Spirales, une couche de 2 neurones : après 1 000 pas, moins de 70 % des points d’entraînement bien classés',
    state: { data: 'spirales', width: 2, depth: 1 },
    steps: 1000,
  },
  {
    id: 'surapprentissage',
    label:
      'Cercles très bruités, 10 % des points pour l’entraînement, 3 couches de 8 : la perte d’entraînement tombe sous 0,2, celle de test dépasse 2',
    state: overfit,
    steps: 2000,
  },
  {
    id: 'regularisation',
    label: 'Les mêmes avec λ = 0,01 : la perte de test reste sous 1',
    state: { ...overfit, l2: 0.01 },
    steps: 2000,
  },
]);
