/**
 * Ridge and Lasso on two features (formulas "ridge" and "lasso"), without intercept:
 * ridge  w* = (XᵀX + λI)⁻¹Xᵀy, the minimiser of ‖Xw − y‖² + λ‖w‖²;
 * lasso  the minimiser of ‖Xw − y‖² + λ‖w‖₁, reached by proximal gradient (ISTA).
 * Pure: no DOM; the iterative steps use TF.js ops, the closed forms plain numbers.
 */
import type * as TF from '@tensorflow/tfjs-core';
import { gaussian, random } from '../shared/state';

export type Vec2 = [number, number];
export interface Data {
  /** Rows [x1, x2]. */
  X: Vec2[];
  y: number[];
}

/** 30 examples with correlated features (ρ ≈ 0.6) and y = 1.5·x1 − 0.8·x2 + noise, the same for a seed. */
export function randomData(seed: number, n = 30): Data {
  const g = gaussian(random(seed));
  const X: Vec2[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = g();
    const b = 0.6 * a + 0.8 * g();
    X.push([a, b]);
    y.push(1.5 * a - 0.8 * b + 0.5 * g());
  }
  return { X, y };
}

/** XᵀX (2×2, as [a, b, b, d]) and Xᵀy. */
export function gram({ X, y }: Data): { xtx: [number, number, number]; xty: Vec2 } {
  let a = 0;
  let b = 0;
  let d = 0;
  let u = 0;
  let v = 0;
  X.forEach(([x1, x2], i) => {
    a += x1 * x1;
    b += x1 * x2;
    d += x2 * x2;
    u += x1 * y[i]!;
    v += x2 * y[i]!;
  });
  return { xtx: [a, b, d], xty: [u, v] };
}

/** Ridge by its closed form (XᵀX + λI)⁻¹Xᵀy; λ = 0 gives ordinary least squares. */
export function ridgeClosedForm(data: Data, lambda: number): Vec2 {
  const {
    xtx: [a, b, d],
    xty: [u, v],
  } = gram(data);
  const [p, q] = [a + lambda, d + lambda];
  const det = p * q - b * b;
  return [(q * u - b * v) / det, (p * v - b * u) / det];
}

/** Largest eigenvalue of XᵀX: sets a step size that always converges. */
export function largestEigen(data: Data): number {
  const [a, b, d] = gram(data).xtx;
  return (a + d) / 2 + Math.sqrt(((a - d) / 2) ** 2 + b * b);
}

/** Soft-thresholding, the proximal operator of t‖·‖₁. */
export function softThreshold(v: number, t: number): number {
  const m = Math.max(0, Math.abs(v) - t);
  return m === 0 ? 0 : Math.sign(v) * m;
}

/** Lasso by ISTA in plain numbers, run to convergence (coefficient paths). */
export function lassoSolve(data: Data, lambda: number, iterations = 3000): Vec2 {
  const {
    xtx: [a, b, d],
    xty: [u, v],
  } = gram(data);
  const lr = 1 / (2 * largestEigen(data));
  let w: Vec2 = [0, 0];
  for (let i = 0; i < iterations; i++) {
    const g1 = 2 * (a * w[0] + b * w[1] - u);
    const g2 = 2 * (b * w[0] + d * w[1] - v);
    const next: Vec2 = [softThreshold(w[0] - lr * g1, lr * lambda), softThreshold(w[1] - lr * g2, lr * lambda)];
    if (Math.abs(next[0] - w[0]) + Math.abs(next[1] - w[1]) < 1e-13) return next;
    w = next;
  }
  return w;
}

/** The data as tensors, kept between steps (the caller disposes them). */
export function toTensors(tf: typeof TF, { X, y }: Data) {
  return { X: tf.tensor2d(X), y: tf.tensor2d(y, [y.length, 1]) };
}

/**
 * One step of each method, with TF.js: gradient descent on ‖Xw − y‖² + λ‖w‖² for
 * ridge, and ISTA (a gradient step on ‖Xw − y‖², then soft-thresholding) for lasso.
 * `lr` must be below 1/λmax(XᵀX + λI) / 2 for ridge and 1/(2λmax(XᵀX)) for lasso.
 */
export function step(
  tf: typeof TF,
  X: TF.Tensor2D,
  y: TF.Tensor2D,
  ridge: Vec2,
  lasso: Vec2,
  lambda: number,
  lrRidge: number,
  lrLasso: number,
): { ridge: Vec2; lasso: Vec2 } {
  const out = tf.tidy(() => {
    const grad = (w: TF.Tensor2D) => X.transpose().matMul(X.matMul(w).sub(y)).mul(2);
    const wr = tf.tensor2d(ridge, [2, 1]);
    const nr = wr.sub(
      grad(wr)
        .add(wr.mul(2 * lambda))
        .mul(lrRidge),
    );
    const wl = tf.tensor2d(lasso, [2, 1]);
    const z = wl.sub(grad(wl).mul(lrLasso));
    const nl = z.sign().mul(
      z
        .abs()
        .sub(lrLasso * lambda)
        .relu(),
    );
    return tf.concat([nr, nl]);
  });
  const v = out.dataSync();
  out.dispose();
  return { ridge: [v[0]!, v[1]!], lasso: [v[2]!, v[3]!] };
}

/** Step sizes for `step` that converge for this λ. */
export function stepSizes(data: Data, lambda: number): { lrRidge: number; lrLasso: number } {
  const l = largestEigen(data);
  return { lrRidge: 1 / (2 * (l + lambda)), lrLasso: 1 / (2 * l) };
}
