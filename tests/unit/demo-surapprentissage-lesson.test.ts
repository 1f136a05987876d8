/**
 * The overfitting page's text against the model: "Ce que vous voyez" at the defaults
 * (U-shaped validation curve, the degree-15 polynomial oscillating at the edges, the
 * early-stopping minimum at step 16) and each "Essayez" link's promise.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { lesson, spec } from '../../src/islands/surapprentissage/lesson';
import {
  argmin,
  createTrainer,
  disposeTrainer,
  initialErrors,
  makeData,
  maxDegree,
  predict,
  ridgeFit,
  stepSize,
  trainStep,
  validationCurve,
} from '../../src/islands/surapprentissage/model';
import { defaults, experimentState, type StateOf } from '../../src/islands/shared/state';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

type State = StateOf<typeof spec>;
/** The validation errors of the descent at a state: step 0 (w = 0), then after each step. */
function descent(state: State, steps: number): { val: number[]; train: number[] } {
  const data = makeData(state.seed);
  const t = createTrainer(tf, data, state.degree);
  const alpha = stepSize(data.train, state.degree, state.lambda);
  const start = initialErrors(data);
  const out = { val: [start.val], train: [start.train] };
  for (let i = 0; i < steps; i++) {
    const e = trainStep(tf, t, state.lambda, alpha);
    out.val.push(e.val);
    out.train.push(e.train);
  }
  disposeTrainer(tf, t);
  return out;
}
const experiment = (id: string) => experimentState(spec, lesson.find((e) => e.id === id)!);
const round2 = (v: number) => Math.round(v * 100) / 100;

describe('overfitting demo: the defaults show what "Ce que vous voyez" says', () => {
  const state = defaults(spec);
  const data = makeData(state.seed);
  const curve = validationCurve(data, state.lambda);

  it('degree 15, λ = 0; validation error 0,55 at degree 0, about 0,11 from degree 3 to 8, above 80 at degree 15', () => {
    expect(state).toEqual({ degree: 15, lambda: 0, seed: 1 });
    expect(round2(curve[0]!.val)).toBe(0.55);
    for (let d = 3; d <= 8; d++) {
      expect(curve[d]!.val).toBeGreaterThanOrEqual(0.11);
      expect(curve[d]!.val).toBeLessThan(0.12);
    }
    expect(argmin(curve.map((r) => r.val))).toBeGreaterThanOrEqual(3);
    expect(argmin(curve.map((r) => r.val))).toBeLessThanOrEqual(8);
    expect(curve[maxDegree]!.val).toBeGreaterThan(80);
  });

  it('the training error only goes down with the degree', () => {
    curve.slice(1).forEach((r, i) => expect(r.train).toBeLessThanOrEqual(curve[i]!.train + 1e-9));
  });

  it('at degree 15 the formula’s polynomial passes close to the training points but oscillates at the edges', () => {
    const w = ridgeFit(data.train, state.degree, state.lambda);
    // Close: within 0,2 of every training point.
    for (const p of data.train) expect(Math.abs(predict(w, p.x) - p.y)).toBeLessThan(0.2);
    // Oscillates: leaves the plot's [−2, 2] between the outermost points and the edges, while sin(πx) stays within [−1, 1].
    const edges = Array.from({ length: 101 }, (_, i) => -1 + i / 500).concat(
      Array.from({ length: 101 }, (_, i) => 0.8 + i / 500),
    );
    expect(Math.max(...edges.map((x) => Math.abs(predict(w, x))))).toBeGreaterThan(2);
  });

  it('the descent’s validation error is lowest at step 16, then rises while the training error keeps falling', () => {
    const run = descent(state, 1000);
    const stop = argmin(run.val);
    expect(stop).toBe(16);
    expect(run.val[1000]).toBeGreaterThan(run.val[stop]!);
    expect(run.train[1000]).toBeLessThan(run.train[stop]!);
  });
});

describe('overfitting demo: each "Essayez" link does what it says', () => {
  it('trop-loin: after 3 000 steps at degree 15 the validation error is more than twice its minimum', () => {
    const s = experiment('trop-loin');
    expect(s).toEqual(defaults(spec));
    expect(lesson.find((e) => e.id === 'trop-loin')!.steps).toBe(3000);
    const run = descent(s, 3000);
    expect(run.val[3000]).toBeGreaterThan(2 * Math.min(...run.val));
  });

  it('ridge: λ = 0,01 divides the validation error of the formula at degree 15 by more than 100', () => {
    const s = experiment('ridge');
    expect(s.lambda).toBe(0.01);
    const data = makeData(s.seed);
    const free = validationCurve(data, 0)[maxDegree]!.val;
    const ridged = validationCurve(data, s.lambda)[maxDegree]!.val;
    expect(free / ridged).toBeGreaterThan(100);
  });

  it('degre-3: after 3 000 steps at degree 3 the validation error has not risen from its minimum', () => {
    const s = experiment('degre-3');
    expect(s.degree).toBe(3);
    const run = descent(s, 3000);
    expect(run.val[3000]).toBeLessThanOrEqual(Math.min(...run.val) * 1.001);
  });
});
