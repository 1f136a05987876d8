/**
 * What the optimiser demo's page promises: its URL state with the defaults the
 * "Ce que vous voyez" text describes, and the "Essayez" experiments. Both are checked
 * against the model in tests/unit/demo-optimiseurs-lesson.test.ts.
 */
import { choice, experiments, num } from '../shared/state';
import type { Surface } from './model';

/** A learning rate that suits each surface: the reader's α is kept until the surface changes. */
export const defaultLr: Record<Surface, number> = {
  // Above 1/10 (1 / the bowl's largest curvature) plain SGD overshoots the valley floor at
  // every step and zigzags; below 2/10 it still converges. 0.17 makes the zigzag last.
  bol: 0.17,
  rosenbrock: 0.001,
};

export const spec = {
  surface: choice(['bol', 'rosenbrock'] as const, 'bol'),
  lr: num(0.0001, 1, defaultLr.bol, { digits: 4 }),
  beta: num(0, 0.99, 0.9, { digits: 2 }),
};

export const lesson = experiments(spec, [
  {
    id: 'sgd-droit',
    label: 'α = 0,1 : SGD file droit au fond de la vallée, sans zigzag',
    state: { lr: 0.1 },
    steps: 30,
  },
  { id: 'sgd-diverge', label: 'α = 0,21 : SGD diverge, momentum et Adam non', state: { lr: 0.21 }, steps: 200 },
  { id: 'beta-zero', label: 'β = 0 : momentum refait exactement le chemin de SGD', state: { beta: 0 }, steps: 40 },
]);
