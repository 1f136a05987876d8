/**
 * A 2×2 matrix A = [[a, b], [c, d]] (formulas "produit-matriciel", "valeurs-propres",
 * "svd"): its action on the unit circle, its real eigen-pairs Av = λv, its SVD
 * A = UΣVᵀ, and power iteration v ← Av / ‖Av‖ (the demo's step, with TF.js).
 * Pure: no DOM. Closed forms in plain numbers (float64), so that the tests can ask for 1e-9.
 */
import type * as TF from '@tensorflow/tfjs-core';

export type Vec2 = [number, number];
/** Row-major [a, b, c, d] for [[a, b], [c, d]]. */
export type Mat2 = [number, number, number, number];

export const apply = ([a, b, c, d]: Mat2, [x, y]: Vec2): Vec2 => [a * x + b * y, c * x + d * y];
export const multiply = ([a, b, c, d]: Mat2, [e, f, g, h]: Mat2): Mat2 => [
  a * e + b * g,
  a * f + b * h,
  c * e + d * g,
  c * f + d * h,
];
export const transpose = ([a, b, c, d]: Mat2): Mat2 => [a, c, b, d];
export const det = ([a, b, c, d]: Mat2) => a * d - b * c;
const norm = ([x, y]: Vec2) => Math.hypot(x, y);
const unit = (v: Vec2): Vec2 => {
  const n = norm(v);
  return [v[0] / n, v[1] / n];
};

export interface EigenPair {
  value: number;
  /** Unit vector. */
  vector: Vec2;
}
/**
 * Real eigen-pairs from det(A − λI) = λ² − tr(A)·λ + det(A) = 0, largest λ first;
 * null when the roots are complex (A turns every direction: no real eigenvector).
 */
export function eigen(A: Mat2): [EigenPair, EigenPair] | null {
  const [a, b, c, d] = A;
  if (b === 0 && c === 0) {
    const pairs: [EigenPair, EigenPair] = [
      { value: a, vector: [1, 0] },
      { value: d, vector: [0, 1] },
    ];
    return a >= d ? pairs : [pairs[1], pairs[0]];
  }
  const half = (a + d) / 2;
  const disc = ((a - d) / 2) ** 2 + b * c;
  if (disc < 0) return null;
  const r = Math.sqrt(disc);
  // Numerically stable roots: the larger in magnitude by the formula, the other from λ₁λ₂ = det(A).
  const big = half >= 0 ? half + r : half - r;
  const small = big !== 0 ? det(A) / big : 0;
  // (A − λI)v = 0 has the null vectors (b, λ − a) and (λ − d, c); the longer is the more accurate.
  const pair = (value: number): EigenPair => {
    const v1: Vec2 = [b, value - a];
    const v2: Vec2 = [value - d, c];
    return { value, vector: unit(norm(v1) >= norm(v2) ? v1 : v2) };
  };
  return big >= small ? [pair(big), pair(small)] : [pair(small), pair(big)];
}

export interface Svd {
  /** Columns u₁, u₂ (row-major 2×2). */
  U: Mat2;
  sigma: Vec2;
  /** Columns v₁, v₂ (row-major 2×2); the demo shows Vᵀ. */
  V: Mat2;
}
/**
 * A = UΣVᵀ: V diagonalises the symmetric AᵀA by one rotation (θ = ½·atan2(2q, p − r)),
 * σᵢ = ‖Avᵢ‖, u₁ = Av₁/σ₁, u₂ ⊥ u₁. σ₁ ≥ σ₂ ≥ 0.
 */
export function svd(A: Mat2): Svd {
  const [p, q, , r] = multiply(transpose(A), A);
  const theta = 0.5 * Math.atan2(2 * q, p - r);
  const v1: Vec2 = [Math.cos(theta), Math.sin(theta)];
  const v2: Vec2 = [-v1[1], v1[0]];
  const a1 = apply(A, v1);
  const a2 = apply(A, v2);
  const s1 = norm(a1);
  const u1: Vec2 = s1 > 0 ? [a1[0] / s1, a1[1] / s1] : [1, 0];
  let u2: Vec2 = [-u1[1], u1[0]];
  const s2 = u2[0] * a2[0] + u2[1] * a2[1];
  if (s2 < 0) u2 = [-u2[0], -u2[1]];
  return { U: [u1[0], u2[0], u1[1], u2[1]], sigma: [s1, Math.abs(s2)], V: [v1[0], v2[0], v1[1], v2[1]] };
}

/** U·Σ·Vᵀ, to check the factors. */
export const reconstruct = ({ U, sigma, V }: Svd): Mat2 =>
  multiply(multiply(U, [sigma[0], 0, 0, sigma[1]]), transpose(V));

/** Eigenvalues of the symmetric AᵀA, largest first (σᵢ² for the tests). */
export function gramEigenvalues(A: Mat2): Vec2 {
  const [p, q, , r] = multiply(transpose(A), A);
  const half = (p + r) / 2;
  const rad = Math.hypot((p - r) / 2, q);
  return [half + rad, half - rad];
}

/** The unit circle's image: the ellipse {Ax : ‖x‖ = 1}. */
export const ellipse = (A: Mat2, n = 96): Vec2[] =>
  Array.from({ length: n + 1 }, (_, i) => apply(A, [Math.cos((i / n) * 2 * Math.PI), Math.sin((i / n) * 2 * Math.PI)]));

/** One step of power iteration with TF.js, v ← Av / ‖Av‖ (tends to the eigenvector of the largest |λ|); no tensor survives. */
export function powerStep(tf: typeof TF, A: Mat2, v: Vec2): { v: Vec2; growth: number } {
  return tf.tidy(() => {
    const Av = tf.tensor2d(A, [2, 2]).matMul(tf.tensor2d(v, [2, 1]));
    const n = Av.norm();
    const out = Av.div(n).dataSync();
    return { v: [out[0]!, out[1]!], growth: n.dataSync()[0]! };
  });
}
