import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  gram,
  lassoSolve,
  randomData,
  ridgeClosedForm,
  softThreshold,
  step,
  stepSizes,
  toTensors,
  type Vec2,
} from '../../src/islands/ridge-lasso/model';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const data = randomData(5);

/** (XᵀX + λI)⁻¹Xᵀy with TF.js ops: XᵀX and Xᵀy by matMul, the 2×2 inverse by its adjugate. */
function ridgeByTf(lambda: number): Vec2 {
  return tf.tidy(() => {
    const X = tf.tensor2d(data.X);
    const y = tf.tensor2d(data.y, [data.y.length, 1]);
    const A = X.transpose().matMul(X).add(tf.eye(2).mul(lambda));
    const [a, b, c, d] = A.dataSync();
    const inv = tf.tensor2d([d!, -b!, -c!, a!], [2, 2]).div(a! * d! - b! * c!);
    const w = inv.matMul(X.transpose().matMul(y)).dataSync();
    return [w[0]!, w[1]!];
  });
}

describe('ridge and lasso model', () => {
  it('ridge equals (XᵀX + λI)⁻¹Xᵀy for several λ', () => {
    for (const lambda of [0, 0.5, 3, 20, 80]) {
      const [w1, w2] = ridgeClosedForm(data, lambda);
      const [t1, t2] = ridgeByTf(lambda);
      expect(w1).toBeCloseTo(t1, 4);
      expect(w2).toBeCloseTo(t2, 4);
    }
  });

  it('ridge with λ = 0 is least squares: the gradient of ‖Xw − y‖² vanishes', () => {
    const w = ridgeClosedForm(data, 0);
    const {
      xtx: [a, b, d],
      xty: [u, v],
    } = gram(data);
    expect(Math.abs(a * w[0] + b * w[1] - u)).toBeLessThan(1e-9);
    expect(Math.abs(b * w[0] + d * w[1] - v)).toBeLessThan(1e-9);
  });

  it('ridge shrinks the coefficients as λ grows', () => {
    const norms = [0, 1, 10, 100].map((l) => Math.hypot(...ridgeClosedForm(data, l)));
    for (let i = 1; i < norms.length; i++) expect(norms[i]).toBeLessThan(norms[i - 1]!);
  });

  it('lasso satisfies its optimality conditions, and zeroes everything for λ ≥ 2‖Xᵀy‖∞', () => {
    const {
      xtx: [a, b, d],
      xty: [u, v],
    } = gram(data);
    for (const lambda of [1, 10, 30]) {
      const w = lassoSolve(data, lambda);
      // Subgradient: 2Xⱼᵀ(y − Xw) = λ·sign(wⱼ) where wⱼ ≠ 0, |·| ≤ λ where wⱼ = 0.
      const r = [2 * (u - a * w[0] - b * w[1]), 2 * (v - b * w[0] - d * w[1])];
      w.forEach((wj, j) => {
        if (wj !== 0) expect(r[j]!).toBeCloseTo(lambda * Math.sign(wj), 4);
        else expect(Math.abs(r[j]!)).toBeLessThanOrEqual(lambda + 1e-6);
      });
    }
    expect(lassoSolve(data, 2 * Math.max(Math.abs(u), Math.abs(v)) + 1e-6)).toEqual([0, 0]);
  });

  it('soft-thresholds as sign(v)·max(|v| − t, 0)', () => {
    expect(softThreshold(3, 1)).toBe(2);
    expect(softThreshold(-3, 1)).toBe(-2);
    expect(softThreshold(0.5, 1)).toBe(0);
  });

  it('the TF.js steps reach both solutions within 1e-3, and leave no tensor behind', () => {
    const lambda = 12;
    const { X, y } = toTensors(tf, data);
    const { lrRidge, lrLasso } = stepSizes(data, lambda);
    let ridge: Vec2 = [0, 0];
    let lasso: Vec2 = [0, 0];
    const before = tf.memory().numTensors;
    for (let i = 0; i < 1500; i++) ({ ridge, lasso } = step(tf, X, y, ridge, lasso, lambda, lrRidge, lrLasso));
    expect(tf.memory().numTensors).toBe(before);
    const r = ridgeClosedForm(data, lambda);
    const l = lassoSolve(data, lambda);
    expect(Math.hypot(ridge[0] - r[0], ridge[1] - r[1])).toBeLessThan(1e-3);
    expect(Math.hypot(lasso[0] - l[0], lasso[1] - l[1])).toBeLessThan(1e-3);
    tf.dispose([X, y]);
  });
});
