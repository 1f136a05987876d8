/**
 * The MLP page's text against the model: "Ce que vous voyez" at the defaults (XOR learnt
 * within 1,000 steps, on the training and on the test points) and each "Essayez" link's promise.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { lesson, spec } from '../../src/islands/mlp/lesson';
import {
  disposeNet,
  evaluate,
  explodedWeight,
  gridPoints,
  initLayers,
  layerSizes,
  makeDataset,
  splitDataset,
  toNet,
  toTensors,
  trainStep,
} from '../../src/islands/mlp/model';
import { defaults, experimentState, type StateOf } from '../../src/islands/shared/state';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

type State = StateOf<typeof spec>;
/** The demo's run at a state: its data split, `steps` training steps, then the evaluation the drawing shows. */
function train(s: State, steps: number) {
  const split = splitDataset(makeDataset(s.data, s.seed, 200, s.noise), s.ratio, s.seed);
  const tr = toTensors(tf, split.train);
  const te = toTensors(tf, split.test);
  const grid = tf.tensor2d(gridPoints(4));
  let net = toNet(tf, initLayers(s.seed, layerSizes(s.width, s.depth), s.act));
  for (let i = 0; i < steps; i++) {
    const r = trainStep(tf, net, tr.X, tr.Y, s.act, s.lr, s.l2, te);
    expect(r.maxParam).toBeLessThan(explodedWeight);
    disposeNet(tf, net);
    net = r.net;
  }
  const e = evaluate(tf, net, tr.X, tr.Y, s.act, grid, te);
  disposeNet(tf, net);
  tf.dispose([tr.X, tr.Y, te.X, te.Y, grid]);
  return { ...e, trainCount: split.train.length, testCount: split.test.length };
}
const experiment = (id: string) => experimentState(spec, lesson.find((e) => e.id === id)!);

describe('MLP demo: the defaults do what "Ce que vous voyez" says', () => {
  it('XOR, 100 + 100 points, 2 → 4 → 4 → 1 tanh, α = 0,3: after 1 000 steps, loss < 0,02, all training points and ≥ 95 % of the test points right, test loss < 0,1', () => {
    const s = defaults(spec);
    expect(s).toMatchObject({ data: 'xor', act: 'tanh', lr: 0.3, width: 4, depth: 2, ratio: 50, l2: 0 });
    const e = train(s, 1000);
    expect(e.trainCount).toBe(100);
    expect(e.testCount).toBe(100);
    expect(e.loss).toBeLessThan(0.02);
    expect(e.accuracy).toBe(1);
    expect(e.testAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(e.testLoss).toBeLessThan(0.1);
  });
});

describe('MLP demo: each "Essayez" link does what it says', () => {
  it('spirales-etroit: one layer of 2 neurons stays under 70 % after 1 000 steps', () => {
    const s = experiment('spirales-etroit');
    expect(s).toMatchObject({ data: 'spirales', width: 2, depth: 1 });
    expect(train(s, 1000).accuracy).toBeLessThan(0.7);
  });

  it('surapprentissage: training loss under 0,2, test loss above 2 after 2 000 steps', () => {
    const s = experiment('surapprentissage');
    expect(s).toMatchObject({ data: 'cercles', noise: 0.5, ratio: 10, width: 8, depth: 3, l2: 0 });
    const e = train(s, 2000);
    expect(e.trainCount).toBe(20);
    expect(e.loss).toBeLessThan(0.2);
    expect(e.testLoss).toBeGreaterThan(2);
  });

  it('regularisation: the same with λ = 0,01 keeps the test loss under 1', () => {
    const s = experiment('regularisation');
    expect(s).toMatchObject({ ...experiment('surapprentissage'), l2: 0.01 });
    expect(train(s, 2000).testLoss).toBeLessThan(1);
  });
});
