/**
 * Logistic regression and classification metrics (formulas "regression-logistique",
 * "metriques-classification" and "softmax"): P(y=1|x) = σ(wᵀx + b) trained by
 * gradient descent on the seed's loss, written literally (so float32 saturation
 * really gives log(0) and NaN, as in the FAQ), Newton's method as the reference
 * optimum, the confusion matrix at a threshold, and a numerically stable softmax
 * with temperature. Pure: no DOM, tested in tests/unit/demo-regression-logistique.test.ts.
 */
import type * as TF from '@tensorflow/tfjs-core';
import { gaussian, random, type Point } from '../shared/state';

export interface Params {
  w1: number;
  w2: number;
  b: number;
}
/** A labelled point: class 1 (positive) or 0. */
export interface Labelled extends Point {
  y: number;
  label: 0 | 1;
}

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
export const logit = (p: number): number => Math.log(p / (1 - p));
export const score = ({ w1, w2, b }: Params, p: Point): number => w1 * p.x + w2 * p.y + b;

/** Two overlapping clouds of `n` points each in [−1, 1]², class 0 lower left, class 1 upper right; the same for a seed. */
export function randomClasses(seed: number, n = 16): { c0: Point[]; c1: Point[] } {
  const g = gaussian(random(seed));
  const clamp = (v: number) => Number(Math.min(1, Math.max(-1, v)).toFixed(3));
  const cloud = (cx: number, cy: number) =>
    Array.from({ length: n }, () => ({ x: clamp(cx + 0.32 * g()), y: clamp(cy + 0.32 * g()) }));
  return { c0: cloud(-0.3, -0.25), c1: cloud(0.3, 0.25) };
}

export const labelled = (c0: Point[], c1: Point[]): Labelled[] => [
  ...c0.map((p) => ({ ...p, label: 0 as const })),
  ...c1.map((p) => ({ ...p, label: 1 as const })),
];

/** The seed's loss: −(1/m) Σ [yᵢ log ŷᵢ + (1 − yᵢ) log(1 − ŷᵢ)], in float64. */
export function loss(points: Labelled[], params: Params): number {
  if (!points.length) return 0;
  let s = 0;
  for (const p of points) {
    const yhat = sigmoid(score(params, p));
    s += p.label ? Math.log(yhat) : Math.log(1 - yhat);
  }
  return -s / points.length;
}

/** Its gradient in closed form: (1/m) Σ (ŷᵢ − yᵢ) (xᵢ, 1). */
export function gradient(points: Labelled[], params: Params): Params {
  const m = points.length || 1;
  const g = { w1: 0, w2: 0, b: 0 };
  for (const p of points) {
    const r = sigmoid(score(params, p)) - p.label;
    g.w1 += r * p.x;
    g.w2 += r * p.y;
    g.b += r;
  }
  return { w1: g.w1 / m, w2: g.w2 / m, b: g.b / m };
}

/**
 * The reference optimum by Newton's method (float64). Null when there is none:
 * classes separable by a line, where the loss keeps falling as the weights grow.
 */
export function newton(points: Labelled[]): Params | null {
  if (!points.some((p) => p.label) || !points.some((p) => !p.label)) return null;
  let q = { w1: 0, w2: 0, b: 0 };
  for (let it = 0; it < 100; it++) {
    const g = gradient(points, q);
    // Hessian (1/m) Σ ŷ(1−ŷ) x̃x̃ᵀ with x̃ = (x, y, 1).
    const h = [0, 0, 0, 0, 0, 0, 0, 0, 0];
    for (const p of points) {
      const s = sigmoid(score(q, p));
      const v = s * (1 - s);
      const x = [p.x, p.y, 1];
      for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) h[3 * i + j]! += (v * x[i]! * x[j]!) / points.length;
    }
    const d = solve3(h, [g.w1, g.w2, g.b]);
    if (!d) return null;
    q = { w1: q.w1 - d[0]!, w2: q.w2 - d[1]!, b: q.b - d[2]! };
    if (Math.max(Math.abs(q.w1), Math.abs(q.w2), Math.abs(q.b)) > 200) return null;
    if (Math.hypot(...d) < 1e-13) return q;
  }
  return null;
}

/** Solves the 3×3 system a·x = v (Cramer); null if singular. */
function solve3(a: number[], v: number[]): number[] | null {
  const det = (m: number[]) =>
    m[0]! * (m[4]! * m[8]! - m[5]! * m[7]!) -
    m[1]! * (m[3]! * m[8]! - m[5]! * m[6]!) +
    m[2]! * (m[3]! * m[7]! - m[4]! * m[6]!);
  const d = det(a);
  if (!Number.isFinite(d) || Math.abs(d) < 1e-18) return null;
  return [0, 1, 2].map((c) => det(a.map((x, i) => (i % 3 === c ? v[Math.floor(i / 3)]! : x))) / d);
}

/** The data as tensors, kept between steps (the caller disposes them). */
export function toTensors(tf: typeof TF, points: Labelled[]): { xs: TF.Tensor2D; ys: TF.Tensor1D } {
  return {
    xs: tf.tensor2d(
      points.map((p) => [p.x, p.y]),
      [points.length, 2],
    ),
    ys: tf.tensor1d(points.map((p) => p.label)),
  };
}

/** The seed's loss written literally with TF.js ops (float32): log(0) when σ saturates to exactly 0 or 1. */
export function lossTensor(tf: typeof TF, xs: TF.Tensor2D, ys: TF.Tensor1D, w: TF.Tensor, b: TF.Tensor): TF.Scalar {
  const yhat = tf.sigmoid(
    xs
      .matMul(w.reshape([2, 1]))
      .reshape([-1])
      .add(b),
  );
  const one = tf.scalar(1);
  return ys
    .mul(yhat.log())
    .add(one.sub(ys).mul(one.sub(yhat).log()))
    .mean()
    .neg() as TF.Scalar;
}

/**
 * One gradient-descent step θ ← θ − α∇L with TF.js ops, the gradient in closed form
 * (1/m) Xᵀ(ŷ − y) (2.5 times cheaper than autodiff, equal to it: unit-tested). The loss
 * is the seed's formula in float32: when σ saturates to exactly 0 or 1, log(0) makes
 * it infinite or NaN and the caller stops the run. Returns the new parameters and the
 * loss before the step; leaves no tensor behind.
 */
export function gdStep(
  tf: typeof TF,
  xs: TF.Tensor2D,
  ys: TF.Tensor1D,
  params: Params,
  lr: number,
): Params & { loss: number } {
  const m = xs.shape[0];
  if (m === 0) return { ...params, loss: 0 };
  const out = tf.tidy(() => {
    const w = tf.tensor1d([params.w1, params.w2]);
    const b = tf.scalar(params.b);
    const residual = tf
      .sigmoid(
        xs
          .matMul(w.reshape([2, 1]))
          .reshape([-1])
          .add(b),
      )
      .sub(ys);
    const gw = residual.reshape([1, m]).matMul(xs).reshape([2]).div(m);
    const gb = residual.mean();
    return tf.concat([w.sub(gw.mul(lr)), b.sub(gb.mul(lr)).reshape([1]), lossTensor(tf, xs, ys, w, b).reshape([1])]);
  });
  const [w1, w2, b, l] = Array.from(out.dataSync());
  out.dispose();
  return { w1: w1!, w2: w2!, b: b!, loss: l! };
}

/** P(y = 1 | x) on many points at once (the probability map), with TF.js. */
export function probabilities(tf: typeof TF, xs: TF.Tensor2D, { w1, w2, b }: Params): Float32Array {
  const p = tf.tidy(() =>
    tf.sigmoid(
      xs
        .matMul(tf.tensor2d([[w1], [w2]]))
        .reshape([-1])
        .add(b),
    ),
  );
  const out = p.dataSync() as Float32Array;
  p.dispose();
  return out;
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Predicted positive when P(y=1|x) ≥ threshold. */
export function confusion(points: Labelled[], params: Params, threshold: number): Confusion {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const p of points) {
    const positive = sigmoid(score(params, p)) >= threshold;
    if (positive) p.label ? c.tp++ : c.fp++;
    else p.label ? c.fn++ : c.tn++;
  }
  return c;
}

/** The seed's four metrics; null where a denominator is 0 (undefined, never NaN). */
export function metrics({ tp, fp, fn, tn }: Confusion) {
  const total = tp + fp + fn + tn;
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  const f1 =
    precision !== null && recall !== null && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : null;
  return { accuracy: total > 0 ? (tp + tn) / total : null, precision, recall, f1 };
}

/**
 * Softmax of each row of logits at temperature T, softmax(z/T): the row's maximum
 * is subtracted before exp (the result is the same, mathematically), so that
 * logits of 1000 stay finite in float32 where exp(1000) would overflow.
 */
export function softmax(tf: typeof TF, logits: number[][], temperature: number): number[][] {
  if (!logits.length) return [];
  const t = tf.tidy(() => {
    const z = tf.tensor2d(logits).div(temperature);
    const e = z.sub(z.max(1, true)).exp();
    return e.div(e.sum(1, true));
  });
  const rows = t.arraySync() as number[][];
  t.dispose();
  return rows;
}

/** The textbook formula without the shift, in float64: what goes wrong (NaN) with large logits. */
export function naiveSoftmax(logits: number[], temperature: number): number[] {
  const e = logits.map((z) => Math.exp(z / temperature));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}
