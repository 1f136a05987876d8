/**
 * k-means (formula "k-means"): Lloyd's algorithm split into its two half-steps,
 * so that the reader sees each one lower the inertia Σᵢ minₖ ‖xᵢ − μₖ‖²:
 * - assign: each point goes to its nearest centre (TF.js: all distances at once);
 * - update: each centre moves to the mean of its points (TF.js: membership-matrix product).
 * Pure: no DOM, tested in tests/unit/demo-k-means.test.ts.
 */
import type * as TF from '@tensorflow/tfjs-core';
import { gaussian, random, type Point } from '../shared/state';

/** `n` points in [−1, 1]² around 3 to 5 centres drawn from the seed: always the same for a seed. */
export function randomPoints(seed: number, n = 60): Point[] {
  const u = random(seed);
  const g = gaussian(u);
  const groups = 3 + Math.floor(u() * 3);
  const centres = Array.from({ length: groups }, () => ({ x: -0.65 + 1.3 * u(), y: -0.65 + 1.3 * u() }));
  const clamp = (v: number) => Math.min(1, Math.max(-1, v));
  return Array.from({ length: n }, (_, i) => {
    const c = centres[i % groups]!;
    return { x: Number(clamp(c.x + 0.16 * g()).toFixed(3)), y: Number(clamp(c.y + 0.16 * g()).toFixed(3)) };
  });
}

/**
 * Forgy initialisation: k distinct points of the data, chosen by the seed
 * (a seeded Fisher–Yates shuffle of the indices). k is capped by the number of points.
 */
export function initCentroids(points: Point[], k: number, seed: number): Point[] {
  const u = random(seed * 7 + 3);
  const idx = points.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx.slice(0, Math.min(k, points.length)).map((i) => ({ ...points[i]! }));
}

/** The data as an n×2 tensor, kept between steps (the caller disposes it). */
export function toTensor(tf: typeof TF, points: Point[]): TF.Tensor2D {
  return tf.tensor2d(
    points.map((p) => [p.x, p.y]),
    [points.length, 2],
  );
}

/** Assignment half-step: the index of the nearest centre of each point (the first one on a tie). */
export function assign(tf: typeof TF, xs: TF.Tensor2D, centroids: Point[]): number[] {
  if (xs.shape[0] === 0 || centroids.length === 0) return [];
  const nearest = tf.tidy(() => {
    const c = tf.tensor2d(
      centroids.map((p) => [p.x, p.y]),
      [centroids.length, 2],
    );
    // n×1×2 − 1×k×2 → n×k squared distances.
    const d2 = xs.expandDims(1).sub(c.expandDims(0)).square().sum(2);
    return d2.argMin(1);
  });
  const out = Array.from(nearest.dataSync());
  nearest.dispose();
  return out;
}

/**
 * Update half-step: each centre becomes the mean of its points. A centre with no
 * point stays where it is (the inertia cannot grow from it).
 */
export function update(tf: typeof TF, xs: TF.Tensor2D, labels: number[], centroids: Point[]): Point[] {
  const k = centroids.length;
  if (k === 0 || labels.length === 0) return centroids.map((c) => ({ ...c }));
  const [sums, counts] = tf.tidy(() => {
    // n×k membership matrix (tf.oneHot refuses a depth of 1, k may be 1).
    const onehot = tf
      .equal(tf.tensor1d(labels, 'int32').expandDims(1), tf.range(0, k, 1, 'int32').expandDims(0))
      .toFloat();
    return [tf.matMul(onehot, xs, true, false), onehot.sum(0)]; // k×2, k
  });
  const s = sums!.dataSync();
  const n = counts!.dataSync();
  tf.dispose([sums!, counts!]);
  return centroids.map((c, j) => (n[j]! > 0 ? { x: s[2 * j]! / n[j]!, y: s[2 * j + 1]! / n[j]! } : { ...c }));
}

/** Inertia Σᵢ ‖xᵢ − μ_{c(i)}‖² for given labels (the formula's objective once each point has its nearest centre). */
export function inertia(points: Point[], centroids: Point[], labels: number[]): number {
  let s = 0;
  points.forEach((p, i) => {
    const c = centroids[labels[i] ?? 0];
    if (c) s += (p.x - c.x) ** 2 + (p.y - c.y) ** 2;
  });
  return s;
}

/** Number of points per cluster. */
export function clusterSizes(labels: number[], k: number): number[] {
  const out = new Array<number>(k).fill(0);
  for (const l of labels) if (l >= 0 && l < k) out[l]!++;
  return out;
}

/** The phase sentence before the first half-step: also written into the page at build time, so that nothing moves when the demo starts. */
export const firstPhase =
  'Centres initiaux tirés parmi les points selon la graine. « Assigner » rattache chaque point au centre le plus proche.';
