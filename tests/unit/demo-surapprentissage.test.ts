import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  argmin,
  createTrainer,
  defaults,
  disposeTrainer,
  features,
  initialErrors,
  largestEigenvalue,
  makeData,
  maxDegree,
  maxSteps,
  mse,
  normalEquations,
  predict,
  ridgeFit,
  stepSize,
  trainStep,
  validationCurve,
  weights,
  type Data,
} from '../../src/islands/surapprentissage/model';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const data = makeData(defaults.seed);

/** Runs the descent for `steps` steps; returns the errors at step 0 (w = 0) and after each step, and the final weights. */
function descend(d: Data, degree: number, lambda: number, steps: number) {
  const t = createTrainer(tf, d, degree);
  const alpha = stepSize(d.train, degree, lambda);
  const history = [initialErrors(d)];
  for (let i = 0; i < steps; i++) history.push(trainStep(tf, t, lambda, alpha));
  const w = weights(t);
  disposeTrainer(tf, t);
  return { history, w };
}

describe('overfitting model', () => {
  it('draws the same points for a seed, the training points spread over [−1, 1]', () => {
    expect(makeData(3)).toEqual(makeData(3));
    expect(makeData(3)).not.toEqual(makeData(4));
    expect(data.train).toHaveLength(20);
    expect(data.val).toHaveLength(100);
    // One training point in each twentieth of the interval: no gap a polynomial could wander in.
    data.train.forEach((p, i) => {
      expect(p.x).toBeGreaterThanOrEqual(-1 + i / 10);
      expect(p.x).toBeLessThan(-1 + (i + 1) / 10);
    });
  });

  it('uses the Legendre polynomials as features', () => {
    const x = 0.3;
    const [p0, p1, p2, p3] = features(x, 3);
    expect(p0).toBe(1);
    expect(p1).toBe(x);
    expect(p2).toBeCloseTo((3 * x * x - 1) / 2, 12);
    expect(p3).toBeCloseTo((5 * x ** 3 - 3 * x) / 2, 12);
    expect(features(x, 0)).toEqual([1]);
    // Bounded by 1 on [−1, 1], whatever the degree.
    for (const v of [-1, -0.73, 0, 0.5, 1])
      expect(Math.max(...features(v, maxDegree).map(Math.abs))).toBeLessThanOrEqual(1 + 1e-12);
  });

  it('ridgeFit solves (XᵀX + λI) w = Xᵀy', () => {
    for (const lambda of [0, 0.01, 1]) {
      const w = ridgeFit(data.train, 6, lambda);
      const { A, b } = normalEquations(data.train, 6, lambda);
      A.forEach((row, i) => expect(row.reduce((s, a, j) => s + a * w[j]!, 0)).toBeCloseTo(b[i]!, 8));
    }
    // Degree 0, λ = 0: the mean of y.
    const mean = data.train.reduce((s, p) => s + p.y, 0) / data.train.length;
    expect(ridgeFit(data.train, 0, 0)[0]).toBeCloseTo(mean, 12);
    // …and λ shrinks it by m / (m + λ).
    expect(ridgeFit(data.train, 0, 5)[0]).toBeCloseTo((mean * 20) / 25, 12);
  });

  it('the validation curve at the defaults is U-shaped: validation error falls, then rises with the degree', () => {
    const curve = validationCurve(data, 0);
    const val = curve.map((r) => r.val);
    const best = argmin(val);
    expect(best).toBeGreaterThanOrEqual(2);
    expect(best).toBeLessThanOrEqual(8);
    // Falling: a straight line and a constant underfit sin(πx).
    expect(val[0]).toBeGreaterThan(3 * val[best]!);
    expect(val[1]).toBeGreaterThan(2 * val[best]!);
    // Rising: the highest degrees are far worse than the best one.
    expect(val[maxDegree]).toBeGreaterThan(10 * val[best]!);
    expect(val[maxDegree - 1]).toBeGreaterThan(10 * val[best]!);
    expect(Math.max(...val.slice(best + 6))).toBeGreaterThan(2 * val[best]!);
    // Meanwhile the training error never goes up (nested models, least squares).
    const train = curve.map((r) => r.train);
    train.slice(1).forEach((v, i) => expect(v).toBeLessThanOrEqual(train[i]! + 1e-9));
    expect(train[maxDegree]).toBeLessThan(train[best]! / 2);
  });

  it('λ reduces overfitting at high degree: validation error far lower, training error higher', () => {
    const free = validationCurve(data, 0)[maxDegree]!;
    const ridged = validationCurve(data, 0.01)[maxDegree]!;
    expect(ridged.val).toBeLessThan(free.val / 10);
    expect(ridged.train).toBeGreaterThan(free.train);
    // Too much λ underfits: back to a flat line.
    const crushed = validationCurve(data, 1000)[maxDegree]!;
    expect(crushed.val).toBeGreaterThan(ridged.val * 2);
    // The validation curve flattens: with λ = 0.01, degree 15 is within 3× the best.
    const val = validationCurve(data, 0.01).map((r) => r.val);
    expect(val[maxDegree]).toBeLessThan(3 * val[argmin(val)]!);
  });

  it('the descent converges to the ridge formula w* = (XᵀX + λI)⁻¹Xᵀy', () => {
    const exact = ridgeFit(data.train, 5, 0.1);
    const { w } = descend(data, 5, 0.1, 3000);
    w.forEach((v, i) => expect(v).toBeCloseTo(exact[i]!, 3));
  });

  it('one step is the cheat sheet’s θ ← θ − α∇L on ‖Xw − y‖² + λ‖w‖²', () => {
    const d = 3;
    const lambda = 0.5;
    const alpha = stepSize(data.train, d, lambda);
    const t = createTrainer(tf, data, d);
    trainStep(tf, t, lambda, alpha);
    trainStep(tf, t, lambda, alpha);
    const got = weights(t);
    disposeTrainer(tf, t);
    // By hand, in float64: ∇(‖Xw − y‖² + λ‖w‖²) = 2(XᵀX + λI)w − 2Xᵀy.
    const { A, b } = normalEquations(data.train, d, lambda);
    const grad = (w: number[]) => A.map((row, i) => 2 * row.reduce((s, a, j) => s + a * w[j]!, 0) - 2 * b[i]!);
    let w = [0, 0, 0, 0];
    for (let k = 0; k < 2; k++) {
      const g = grad(w);
      w = w.map((wi, i) => wi - alpha * g[i]!);
    }
    got.forEach((x, i) => expect(x).toBeCloseTo(w[i]!, 4));
    // The errors it reports are those of the new weights.
    const t2 = createTrainer(tf, data, d);
    const e = trainStep(tf, t2, lambda, alpha);
    expect(e.val).toBeCloseTo(mse(weights(t2), data.val), 5);
    expect(e.train).toBeCloseTo(mse(weights(t2), data.train), 5);
    disposeTrainer(tf, t2);
  });

  it('early stopping: at the defaults the validation error of the descent falls then rises; the marker is its minimum', () => {
    const { history } = descend(data, defaults.degree, defaults.lambda, maxSteps);
    const val = history.map((h) => h.val);
    const train = history.map((h) => h.train);
    const stop = argmin(val);
    expect(val[stop]).toBe(Math.min(...val));
    expect(stop).toBeGreaterThan(5);
    expect(stop).toBeLessThan(100);
    expect(val[0]).toBeGreaterThan(2 * val[stop]!);
    expect(val.at(-1)).toBeGreaterThan(3 * val[stop]!);
    // Smoothly: down to the minimum without a bounce, then (past the first steps) up all along.
    for (let i = 1; i <= stop; i++) expect(val[i]).toBeLessThanOrEqual(val[i - 1]!);
    expect(val[1000]).toBeGreaterThan(val[100]!);
    expect(val[maxSteps]).toBeGreaterThan(val[1000]!);
    // …while the training error keeps falling after the stop.
    expect(train.at(-1)).toBeLessThan(train[stop]! / 2);
    expect(val[0]).toBeCloseTo(mse([0], data.val), 12);
  });

  it('with λ the descent overfits far less', () => {
    const free = descend(data, defaults.degree, 0, maxSteps).history.at(-1)!;
    const ridged = descend(data, defaults.degree, 0.01, maxSteps).history.at(-1)!;
    expect(ridged.val).toBeLessThan(free.val / 2);
  });

  it('leaks no tensor over many steps', () => {
    const t = createTrainer(tf, data, 9);
    const alpha = stepSize(data.train, 9, 0);
    trainStep(tf, t, 0, alpha);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 500; i++) trainStep(tf, t, 0, alpha);
    expect(tf.memory().numTensors).toBe(before);
    disposeTrainer(tf, t);
    expect(tf.memory().numTensors).toBe(0);
  });

  it('helpers: argmin takes the first minimum; the power iteration finds the top eigenvalue; predict evaluates the polynomial', () => {
    expect(argmin([3, 1, 2, 1])).toBe(1);
    expect(
      largestEigenvalue([
        [2, 1],
        [1, 2],
      ]),
    ).toBeCloseTo(3, 8);
    expect(predict([1, 2, 3], 0.5)).toBeCloseTo(1 + 2 * 0.5 + 3 * ((3 * 0.25 - 1) / 2), 12);
  });
});
