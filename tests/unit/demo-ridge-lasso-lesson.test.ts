/**
 * The ridge and lasso page's text against the model: « Ce que vous voyez » at the
 * defaults and each « Essayez » link's promise.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { beforeAll, describe, expect, it } from 'vitest';
import { lambdaMax, lesson, spec } from '../../src/islands/ridge-lasso/lesson';
import {
  lassoSolve,
  randomData,
  ridgeClosedForm,
  step,
  stepSizes,
  toTensors,
  type Vec2,
} from '../../src/islands/ridge-lasso/model';
import { defaults, experimentState } from '../../src/islands/shared/state';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const experiment = (id: string) => experimentState(spec, lesson.find((e) => e.id === id)!);
const zeros = (w: Vec2) => w.filter((v) => v === 0).length;
const gap = (a: Vec2, b: Vec2) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('ridge and lasso: the defaults do what « Ce que vous voyez » says', () => {
  const state = defaults(spec);
  const data = randomData(state.seed);
  const ols = ridgeClosedForm(data, 0);

  it('λ = 10, seed 1: least squares near (1,44 ; −0,91); both shrink it, neither zeroes a weight', () => {
    expect(state).toEqual({ lambda: 10, seed: 1 });
    expect(ols[0]).toBeCloseTo(1.44, 2);
    expect(ols[1]).toBeCloseTo(-0.91, 2);
    for (const w of [ridgeClosedForm(data, 10), lassoSolve(data, 10)]) {
      expect(zeros(w)).toBe(0);
      expect(Math.hypot(...w)).toBeLessThan(Math.hypot(...ols));
    }
  });

  it('the two descents, from the origin, reach the two solutions', () => {
    const { X, y } = toTensors(tf, data);
    const { lrRidge, lrLasso } = stepSizes(data, state.lambda);
    let ridge: Vec2 = [0, 0];
    let lasso: Vec2 = [0, 0];
    for (let i = 0; i < 1500; i++) ({ ridge, lasso } = step(tf, X, y, ridge, lasso, state.lambda, lrRidge, lrLasso));
    tf.dispose([X, y]);
    expect(gap(ridge, ridgeClosedForm(data, state.lambda))).toBeLessThan(1e-4);
    expect(gap(lasso, lassoSolve(data, state.lambda))).toBeLessThan(1e-4);
  });

  it('along the paths, the lasso’s w₂ is zero before λ = 20 and w₁ before λ = 40; ridge keeps both up to λ = 80', () => {
    expect(lassoSolve(data, 10)[1]).not.toBe(0);
    expect(lassoSolve(data, 20)[1]).toBe(0);
    expect(lassoSolve(data, 20)[0]).not.toBe(0);
    expect(lassoSolve(data, 40)).toEqual([0, 0]);
    for (let l = 0; l <= lambdaMax; l += 5) expect(zeros(ridgeClosedForm(data, l))).toBe(0);
  });
});

describe('ridge and lasso: each « Essayez » link keeps its promise', () => {
  it('λ = 0: both are least squares', () => {
    const state = experiment('sans-penalite');
    const data = randomData(state.seed);
    const ols = ridgeClosedForm(data, 0);
    expect(state.lambda).toBe(0);
    expect(gap(lassoSolve(data, 0), ols)).toBeLessThan(1e-6);
  });

  it('λ = 20: the lasso zeroes w₂ only, ridge neither', () => {
    const state = experiment('un-zero');
    const data = randomData(state.seed);
    expect(lassoSolve(data, state.lambda)[1]).toBe(0);
    expect(lassoSolve(data, state.lambda)[0]).not.toBe(0);
    expect(zeros(ridgeClosedForm(data, state.lambda))).toBe(0);
  });

  it('λ = 40: the lasso zeroes both, ridge shrinks them without zeroing', () => {
    const state = experiment('deux-zeros');
    const data = randomData(state.seed);
    expect(lassoSolve(data, state.lambda)).toEqual([0, 0]);
    const r = ridgeClosedForm(data, state.lambda);
    expect(zeros(r)).toBe(0);
    expect(Math.hypot(...r)).toBeLessThan(Math.hypot(...ridgeClosedForm(data, 0)) / 2);
  });
});
