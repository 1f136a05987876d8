import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  confusion,
  gdStep,
  gradient,
  labelled,
  logit,
  loss,
  lossTensor,
  metrics,
  naiveSoftmax,
  newton,
  probabilities,
  randomClasses,
  sigmoid,
  softmax,
  toTensors,
  type Labelled,
  type Params,
} from '../../src/islands/regression-logistique/model';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const data = (seed: number) => {
  const { c0, c1 } = randomClasses(seed);
  return labelled(c0, c1);
};
const run = (points: Labelled[], lr: number, steps: number) => {
  const { xs, ys } = toTensors(tf, points);
  let p: Params = { w1: 0, w2: 0, b: 0 };
  let diverged = -1;
  for (let i = 0; i < steps; i++) {
    const r = gdStep(tf, xs, ys, p, lr);
    if (![r.w1, r.w2, r.b, r.loss].every(Number.isFinite)) {
      diverged = i;
      break;
    }
    p = r;
  }
  tf.dispose([xs, ys]);
  return { p, diverged };
};
const dist = (a: Params, b: Params) => Math.hypot(a.w1 - b.w1, a.w2 - b.w2, a.b - b.b);

describe('logistic regression', () => {
  const points = data(2);

  it('has a sigmoid and logit that are inverse, and σ(0) = 1/2', () => {
    expect(sigmoid(0)).toBe(0.5);
    for (const p of [0.01, 0.3, 0.5, 0.9]) expect(sigmoid(logit(p))).toBeCloseTo(p, 12);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
  });

  it('steps by θ − α∇L, its gradient equal to TF.js autodiff of the seed’s loss and to (1/m) Σ (ŷ − y)(x, 1)', () => {
    const { xs, ys } = toTensors(tf, points);
    const start = { w1: 0.4, w2: -0.3, b: 0.2 };
    const next = gdStep(tf, xs, ys, start, 0.7);
    const auto = tf.tidy(() => {
      const { grads } = tf.valueAndGrads((w: tf.Tensor, b: tf.Tensor) => lossTensor(tf, xs, ys, w, b))([
        tf.tensor1d([start.w1, start.w2]),
        tf.scalar(start.b),
      ]);
      return [...grads[0]!.dataSync(), grads[1]!.dataSync()[0]!];
    });
    tf.dispose([xs, ys]);
    const g = gradient(points, start);
    expect(auto[0]!).toBeCloseTo(g.w1, 5);
    expect(auto[1]!).toBeCloseTo(g.w2, 5);
    expect(auto[2]!).toBeCloseTo(g.b, 5);
    expect(next.w1).toBeCloseTo(start.w1 - 0.7 * g.w1, 5);
    expect(next.w2).toBeCloseTo(start.w2 - 0.7 * g.w2, 5);
    expect(next.b).toBeCloseTo(start.b - 0.7 * g.b, 5);
    expect(next.loss).toBeCloseTo(loss(points, start), 5);
    expect(loss(points, { w1: 0, w2: 0, b: 0 })).toBeCloseTo(Math.log(2), 12);
  });

  it('ends gradient descent within 1e-3 of Newton’s optimum, where the gradient vanishes', () => {
    const opt = newton(points)!;
    const g = gradient(points, opt);
    expect(Math.hypot(g.w1, g.w2, g.b)).toBeLessThan(1e-10);
    const { p, diverged } = run(points, 10, 1000);
    expect(diverged).toBe(-1);
    expect(dist(p, opt)).toBeLessThan(1e-3);
  }, 60_000);

  it('has no finite optimum for separable classes', () => {
    const sep: Labelled[] = [
      { x: -0.5, y: -0.5, label: 0 },
      { x: -0.4, y: 0.1, label: 0 },
      { x: 0.5, y: 0.4, label: 1 },
      { x: 0.3, y: 0.8, label: 1 },
    ];
    expect(newton(sep)).toBeNull();
    expect(newton(sep.filter((p) => p.label === 1))).toBeNull();
  });

  it('diverges to NaN with a too large learning rate: σ saturates to exactly 0 or 1 in float32 and log(0) = −∞', () => {
    const { diverged } = run(points, 100, 50);
    expect(diverged).toBeGreaterThanOrEqual(0);
  });

  it('returns the probability map with TF.js equal to σ(wᵀx + b)', () => {
    const grid = [
      [-1, -1],
      [0, 0],
      [0.5, -0.2],
      [1, 1],
    ];
    const xs = tf.tensor2d(grid);
    const q = { w1: 2, w2: -1, b: 0.3 };
    const before = tf.memory().numTensors;
    const p = probabilities(tf, xs, q);
    expect(tf.memory().numTensors).toBe(before);
    xs.dispose();
    grid.forEach(([x, y], i) => expect(p[i]!).toBeCloseTo(sigmoid(2 * x! - y! + 0.3), 6));
  });

  it('leaves no tensor behind after a step', () => {
    const { xs, ys } = toTensors(tf, points);
    const before = tf.memory().numTensors;
    gdStep(tf, xs, ys, { w1: 0, w2: 0, b: 0 }, 1);
    gdStep(tf, xs, ys, { w1: 1, w2: 0, b: 0 }, 1);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([xs, ys]);
  });

  it('draws the same classes for a seed', () => {
    expect(randomClasses(2)).toEqual(randomClasses(2));
    expect(randomClasses(3)).not.toEqual(randomClasses(2));
  });
});

describe('classification metrics', () => {
  // Scores 2x on a line: probabilities σ(2x) for x = −1, −0.5, 0.2, 0.6, 1, labels 0 0 1 0 1.
  const pts: Labelled[] = [-1, -0.5, 0.2, 0.6, 1].map((x, i) => ({ x, y: 0, label: ([0, 0, 1, 0, 1] as const)[i]! }));
  const q = { w1: 2, w2: 0, b: 0 };

  it('counts TP, FP, FN, TN at a threshold and derives the four metrics', () => {
    const c = confusion(pts, q, 0.5);
    expect(c).toEqual({ tp: 2, fp: 1, fn: 0, tn: 2 });
    const m = metrics(c);
    expect(m.accuracy).toBeCloseTo(4 / 5, 12);
    expect(m.precision).toBeCloseTo(2 / 3, 12);
    expect(m.recall).toBe(1);
    expect(m.f1).toBeCloseTo((2 * (2 / 3)) / (2 / 3 + 1), 12);
  });

  it('moves from "all positive" to "none positive" as the threshold rises', () => {
    expect(confusion(pts, q, 0.01)).toEqual({ tp: 2, fp: 3, fn: 0, tn: 0 });
    expect(metrics(confusion(pts, q, 0.01)).precision).toBeCloseTo(2 / 5, 12);
    // σ(1.2) ≈ 0.769 < 0.8 < σ(2) ≈ 0.881: only the point at x = 1 stays positive.
    expect(confusion(pts, q, 0.8)).toEqual({ tp: 1, fp: 0, fn: 1, tn: 3 });
    const none = confusion(pts, q, 0.99);
    expect(none).toEqual({ tp: 0, fp: 0, fn: 2, tn: 3 });
    const m = metrics(none);
    expect(m.precision).toBeNull();
    expect(m.recall).toBe(0);
    expect(m.f1).toBeNull();
    expect(metrics({ tp: 0, fp: 0, fn: 0, tn: 0 }).accuracy).toBeNull();
  });
});

describe('softmax with temperature', () => {
  it('gives rows that sum to 1, equal to tf.softmax', () => {
    const logits = [
      [2, 1, 0.1, -1],
      [0, 0, 0, 0],
      [-3, 5, 2, 2],
    ];
    for (const T of [0.5, 1, 3]) {
      const rows = softmax(tf, logits, T);
      const ref = tf.tidy(() => tf.softmax(tf.tensor2d(logits).div(T)).arraySync() as number[][]);
      rows.forEach((row, i) => {
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
        row.forEach((p, j) => expect(p).toBeCloseTo(ref[i]![j]!, 6));
      });
    }
  });

  it('stays finite for logits of 1000, where the naive formula gives NaN', () => {
    const logits = [
      [1000, 999, 0, -1000],
      [1000, 1000, 1000, 1000],
      [-1000, -1000, -999, -1000],
    ];
    const rows = softmax(tf, logits, 1);
    for (const row of rows) {
      expect(row.every(Number.isFinite)).toBe(true);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    }
    expect(rows[0]![0]!).toBeCloseTo(1 / (1 + Math.exp(-1)), 6);
    expect(rows[1]).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(naiveSoftmax(logits[0]!, 1).some(Number.isNaN)).toBe(true);
    // At T = 0.1 the logits become 10,000: still finite.
    expect(softmax(tf, logits, 0.1).flat().every(Number.isFinite)).toBe(true);
  });

  it('tends to the argmax as T → 0 and to the uniform law as T grows', () => {
    const [cold] = softmax(tf, [[2, 1, 0.1, -1]], 0.05);
    expect(cold![0]!).toBeGreaterThan(0.9999);
    const [hot] = softmax(tf, [[2, 1, 0.1, -1]], 1000);
    hot!.forEach((p) => expect(p).toBeCloseTo(0.25, 2));
  });
});
