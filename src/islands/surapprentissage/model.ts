/**
 * Overfitting and regularisation (formula "ridge"): polynomial regression of degree d
 * on a few noisy points of sin(πx), fitted on a training set and judged on a separate
 * validation set. Two views of the same model:
 * - the ridge solution w* = (XᵀX + λI)⁻¹Xᵀy for every degree, in float64 plain JS: the
 *   validation curve (training and validation error against the degree), U-shaped at λ = 0;
 * - gradient descent (formula "optimiseurs", SGD on the full batch) on the objective that formula minimises,
 *   ‖Xw − y‖² + λ‖w‖², in TF.js, step by step from w = 0: its validation error falls,
 *   then rises while the training error keeps falling; the step where it is lowest is
 *   where early stopping would stop.
 * The features of x are the Legendre polynomials P₀(x) … P_d(x): they span the same
 * polynomials of degree ≤ d as 1, x, …, x^d, but stay between −1 and 1 on [−1, 1], so
 * that XᵀX is well conditioned (float32 on the GPU, and descent that converges).
 * Pure: no DOM.
 */
import type * as TF from '@tensorflow/tfjs-core';
import { gaussian, random } from '../shared/state';

export interface Sample {
  x: number;
  y: number;
}
export interface Data {
  train: Sample[];
  val: Sample[];
}

/** The function the noisy points come from. */
export const truth = (x: number): number => Math.sin(Math.PI * x);
export const maxDegree = 15;
export const trainCount = 20;
export const valCount = 100;
export const defaultNoise = 0.25;
/** The demo's defaults (run.ts's state spec reads them; the tests check the claims of the page at them). */
export const defaults = { seed: 1, degree: 15, lambda: 0 } as const;
/** λ offered by the selector: 0, then powers of ten. */
export const lambdas = [0, 1e-4, 1e-3, 1e-2, 1e-1, 1, 10] as const;
/** Steps of a run (play stops there): the validation error is lowest after about ten, and keeps rising until then. */
export const maxSteps = 10_000;

/**
 * The training points spread evenly over [−1, 1] (one at random in each of n equal
 * slices: no big gap, where any polynomial would wander), the validation points drawn
 * uniformly over the same interval; y = sin(πx) + Gaussian noise. Same seed, same points.
 */
export function makeData(seed: number, noise = defaultNoise, n = trainCount, nVal = valCount): Data {
  const u = random(seed);
  const g = gaussian(u);
  const train = Array.from({ length: n }, (_, i) => {
    const x = -1 + (2 * i + u()) / n;
    return { x, y: truth(x) + noise * g() };
  });
  const val = Array.from({ length: nVal }, () => {
    const x = 2 * u() - 1;
    return { x, y: truth(x) + noise * g() };
  });
  return { train, val };
}

/** [P₀(x), …, P_d(x)] by Bonnet's recurrence (k + 1) P_{k+1} = (2k + 1) x P_k − k P_{k−1}. */
export function features(x: number, degree: number): number[] {
  const p = [1, x];
  for (let k = 1; k < degree; k++) p.push(((2 * k + 1) * x * p[k]! - k * p[k - 1]!) / (k + 1));
  return p.slice(0, degree + 1);
}

export const design = (points: Sample[], degree: number): number[][] => points.map((p) => features(p.x, degree));

/** The polynomial with coefficients w (on the Legendre features) at x. */
export const predict = (w: number[], x: number): number =>
  features(x, w.length - 1).reduce((s, f, i) => s + f * w[i]!, 0);

/** Mean squared error of the polynomial w on the points. */
export const mse = (w: number[], points: Sample[]): number =>
  points.reduce((s, p) => s + (predict(w, p.x) - p.y) ** 2, 0) / points.length;

/** XᵀX + λI and Xᵀy. */
export function normalEquations(points: Sample[], degree: number, lambda: number): { A: number[][]; b: number[] } {
  const X = design(points, degree);
  const n = degree + 1;
  const A = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => X.reduce((s, r) => s + r[i]! * r[j]!, 0) + (i === j ? lambda : 0)),
  );
  const b = Array.from({ length: n }, (_, i) => X.reduce((s, r, k) => s + r[i]! * points[k]!.y, 0));
  return { A, b };
}

/** Solves A w = b by Gaussian elimination with partial pivoting (A small and invertible). */
export function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => row[n]! / row[i]!);
}

/** The ridge solution w* = (XᵀX + λI)⁻¹Xᵀy (λ = 0: least squares). */
export function ridgeFit(points: Sample[], degree: number, lambda: number): number[] {
  const { A, b } = normalEquations(points, degree, lambda);
  return solve(A, b);
}

export interface CurveRow {
  degree: number;
  train: number;
  val: number;
}

/** Training and validation errors of the ridge solution for every degree 0 … max: the validation curve. */
export const validationCurve = (data: Data, lambda: number, max = maxDegree): CurveRow[] =>
  Array.from({ length: max + 1 }, (_, degree) => {
    const w = ridgeFit(data.train, degree, lambda);
    return { degree, train: mse(w, data.train), val: mse(w, data.val) };
  });

/** The index of the smallest value (the first one on ties): the best degree, or the early-stopping step. */
export function argmin(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! < values[best]!) best = i;
  return best;
}

/** The largest eigenvalue of a symmetric positive semi-definite matrix, by power iteration. */
export function largestEigenvalue(A: number[][], iterations = 300): number {
  let v = A.map((_, i) => 1 + i / A.length);
  let value = 0;
  for (let it = 0; it < iterations; it++) {
    const Av = A.map((row) => row.reduce((s, a, j) => s + a * v[j]!, 0));
    const norm = Math.hypot(...Av);
    if (norm === 0) return 0;
    value = norm / Math.hypot(...v);
    v = Av.map((x) => x / norm);
  }
  return value;
}

/**
 * The learning rate α = 1 / (2 λmax(XᵀX + λI)): the gradient of ‖Xw − y‖² + λ‖w‖² is
 * 2(XᵀX + λI)w − 2Xᵀy, Lipschitz with constant L = 2 λmax, and α = 1/L moves every
 * eigen-direction straight to its optimum, without oscillating: the errors change smoothly.
 */
export const stepSize = (points: Sample[], degree: number, lambda: number): number =>
  1 / (2 * largestEigenvalue(normalEquations(points, degree, lambda).A));

/** The descent's tensors: the data as matrices and the weights w (the caller disposes them). */
export interface Trainer {
  Xt: TF.Tensor2D;
  yt: TF.Tensor2D;
  Xv: TF.Tensor2D;
  yv: TF.Tensor2D;
  w: TF.Tensor2D;
}

export function createTrainer(tf: typeof TF, data: Data, degree: number): Trainer {
  const n = degree + 1;
  return {
    Xt: tf.tensor2d(design(data.train, degree)),
    yt: tf.tensor2d(
      data.train.map((p) => p.y),
      [data.train.length, 1],
    ),
    Xv: tf.tensor2d(design(data.val, degree)),
    yv: tf.tensor2d(
      data.val.map((p) => p.y),
      [data.val.length, 1],
    ),
    w: tf.zeros([n, 1]),
  };
}

export const disposeTrainer = (tf: typeof TF, t: Trainer | undefined) => {
  if (t) tf.dispose([t.Xt, t.yt, t.Xv, t.yv, t.w]);
};

/**
 * One step of gradient descent on ‖Xw − y‖² + λ‖w‖², as the cheat sheet writes it:
 * θ ← θ − α∇L (full batch: every training point at each step). Returns the training and
 * validation MSE of the new weights (one read-back for both); replaces t.w, disposing the old one.
 */
export function trainStep(tf: typeof TF, t: Trainer, lambda: number, alpha: number): { train: number; val: number } {
  const [errors, w] = tf.tidy(() => {
    const r = tf.sub(tf.matMul(t.Xt, t.w), t.yt);
    const grad = tf.mul(tf.add(tf.matMul(t.Xt, r, true, false), tf.mul(t.w, lambda)), 2);
    const w = tf.sub(t.w, tf.mul(grad, alpha));
    const trainErr = tf.mean(tf.square(tf.sub(tf.matMul(t.Xt, w), t.yt)));
    const valErr = tf.mean(tf.square(tf.sub(tf.matMul(t.Xv, w), t.yv)));
    return [tf.stack([trainErr, valErr]), w];
  });
  const [train, val] = errors!.dataSync();
  tf.dispose([errors!, t.w]);
  t.w = w as TF.Tensor2D;
  return { train: train!, val: val! };
}

/** The errors of w = 0, where every descent starts (its step 0). */
export const initialErrors = (data: Data): { train: number; val: number } => ({
  train: mse([0], data.train),
  val: mse([0], data.val),
});

/** The current weights as plain numbers (for the drawing and the tests). */
export const weights = (t: Trainer): number[] => Array.from(t.w.dataSync());
