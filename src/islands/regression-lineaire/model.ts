/**
 * Linear regression with one feature, ŷ = w·x + b (formula "regression-lineaire"):
 * the MSE, its gradient, one gradient-descent step with TF.js, and the closed-form
 * least-squares solution (the normal equation). Pure: no DOM, tested in tests/unit.
 */
import type * as TF from '@tensorflow/tfjs-core';
import { fr } from '../shared/plot';
import { gaussian, random, type Point } from '../shared/state';

export interface Params {
  w: number;
  b: number;
}

/** `n` points around y = 0.6x − 0.1, in [−1, 1]², always the same for a seed. */
export function randomPoints(seed: number, n = 12): Point[] {
  const u = random(seed);
  const g = gaussian(u);
  const clamp = (v: number) => Math.min(1, Math.max(-1, v));
  return Array.from({ length: n }, () => {
    const x = -0.95 + 1.9 * u();
    return { x: Number(x.toFixed(3)), y: Number(clamp(0.6 * x - 0.1 + 0.15 * g()).toFixed(3)) };
  });
}

/** MSE = (1/m) Σ (yᵢ − ŷᵢ)². */
export function mse(points: Point[], { w, b }: Params): number {
  if (points.length === 0) return 0;
  return points.reduce((s, p) => s + (p.y - (w * p.x + b)) ** 2, 0) / points.length;
}

/** ∂MSE/∂w = −(2/m) Σ xᵢ(yᵢ − ŷᵢ), ∂MSE/∂b = −(2/m) Σ (yᵢ − ŷᵢ). */
export function gradient(points: Point[], { w, b }: Params): Params {
  const m = points.length || 1;
  let gw = 0;
  let gb = 0;
  for (const p of points) {
    const r = p.y - (w * p.x + b);
    gw += -2 * p.x * r;
    gb += -2 * r;
  }
  return { w: gw / m, b: gb / m };
}

/**
 * The normal equation w* = (XᵀX)⁻¹Xᵀy with X = [x 1]: solved as a 2×2 system.
 * Null when XᵀX is not invertible (fewer than two distinct x).
 */
export function normalEquation(points: Point[]): Params | null {
  const m = points.length;
  let sx = 0;
  let sxx = 0;
  let sy = 0;
  let sxy = 0;
  for (const p of points) {
    sx += p.x;
    sxx += p.x * p.x;
    sy += p.y;
    sxy += p.x * p.y;
  }
  const det = m * sxx - sx * sx;
  if (m < 2 || Math.abs(det) < 1e-9 * Math.max(1, m * sxx)) return null;
  return { w: (m * sxy - sx * sy) / det, b: (sxx * sy - sx * sxy) / det };
}

/**
 * The largest learning rate for which gradient descent on the MSE converges:
 * 2 / λmax, λmax being the largest eigenvalue of the Hessian (2/m)·XᵀX.
 * Beyond it, each step overshoots the minimum by more than it gains, and the run diverges.
 */
export function divergenceThreshold(points: Point[]): number {
  const m = points.length;
  if (m === 0) return Infinity;
  let sx = 0;
  let sxx = 0;
  for (const p of points) {
    sx += p.x;
    sxx += p.x * p.x;
  }
  const [a, c, d] = [(2 / m) * sxx, (2 / m) * sx, 2];
  const lambdaMax = (a + d) / 2 + Math.sqrt(((a - d) / 2) ** 2 + c * c);
  return 2 / lambdaMax;
}

/** The sentence the demo shows above its plots (in the page at the default points, then kept up to date). */
export function thresholdSentence(points: Point[]): string {
  const t = divergenceThreshold(points);
  return Number.isFinite(t)
    ? `Pour ces points, la descente converge si α < 2/λmax ≈ ${fr(t, 3)} (λmax : plus grande valeur propre de la hessienne de la MSE) ; au-delà, elle diverge.`
    : '';
}

/** The data as tensors, kept between steps (the caller disposes them). */
export function toTensors(tf: typeof TF, points: Point[]): { xs: TF.Tensor1D; ys: TF.Tensor1D } {
  return { xs: tf.tensor1d(points.map((p) => p.x)), ys: tf.tensor1d(points.map((p) => p.y)) };
}

/**
 * One gradient-descent step θ ← θ − α∇MSE, the gradient by TF.js's autodiff.
 * Returns the new parameters and the MSE before the step; leaves no tensor behind.
 */
export function gdStep(
  tf: typeof TF,
  xs: TF.Tensor1D,
  ys: TF.Tensor1D,
  params: Params,
  lr: number,
): Params & { loss: number } {
  if (xs.size === 0) return { ...params, loss: 0 };
  const [w, b, loss] = tf.tidy(() => {
    const loss = (...[w, b]: TF.Tensor[]) => ys.sub(xs.mul(w!).add(b!)).square().mean() as TF.Scalar;
    const { value, grads } = tf.valueAndGrads(loss)([tf.scalar(params.w), tf.scalar(params.b)]);
    return [tf.scalar(params.w).sub(grads[0]!.mul(lr)), tf.scalar(params.b).sub(grads[1]!.mul(lr)), value];
  }) as TF.Scalar[];
  const [nw, nb, l] = [w!.dataSync()[0]!, b!.dataSync()[0]!, loss!.dataSync()[0]!];
  tf.dispose([w!, b!, loss!]);
  return { w: nw, b: nb, loss: l };
}
