import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  apply,
  eigen,
  ellipse,
  gramEigenvalues,
  powerStep,
  reconstruct,
  svd,
  type Mat2,
  type Vec2,
} from '../../src/islands/matrices/model';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Random matrices with entries in [−3, 3] (a fixed LCG), plus the awkward cases. */
function matrices(): Mat2[] {
  let s = 12345;
  const r = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 6 - 3;
  const out: Mat2[] = Array.from({ length: 200 }, () => [r(), r(), r(), r()]);
  out.push(
    [0, 0, 0, 0],
    [1, 0, 0, 1],
    [2, 0, 0, -1],
    [1, 2, 2, 4],
    [0, -1, 1, 0],
    [1, 1, 0, 1],
    [3, 0, 0, 3],
    [0, 2, 0, 0],
    [1e-6, 0, 0, 2],
  );
  return out;
}

describe('2×2 matrix model', () => {
  it('U Σ Vᵀ reconstructs A within 1e-9, with orthonormal U and V and σ₁ ≥ σ₂ ≥ 0', () => {
    for (const A of matrices()) {
      const f = svd(A);
      reconstruct(f).forEach((x, i) => expect(Math.abs(x - A[i]!)).toBeLessThan(1e-9));
      for (const M of [f.U, f.V]) {
        const [p, q, r, s] = M;
        expect(Math.abs(p * p + r * r - 1)).toBeLessThan(1e-12);
        expect(Math.abs(q * q + s * s - 1)).toBeLessThan(1e-12);
        expect(Math.abs(p * q + r * s)).toBeLessThan(1e-12);
      }
      expect(f.sigma[0]).toBeGreaterThanOrEqual(f.sigma[1]);
      expect(f.sigma[1]).toBeGreaterThanOrEqual(0);
    }
  });

  it('singular values are the square roots of the eigenvalues of AᵀA', () => {
    for (const A of matrices()) {
      const { sigma } = svd(A);
      const [g1, g2] = gramEigenvalues(A);
      expect(Math.abs(sigma[0] - Math.sqrt(Math.max(0, g1)))).toBeLessThan(1e-9);
      // σ₂ = √g₂ loses digits when g₂ ≈ 0 (σ₂² is tiny): compare squares there.
      expect(Math.abs(sigma[1] ** 2 - g2)).toBeLessThan(1e-9 * (1 + g1));
    }
  });

  it('Av = λv for the real eigen-pairs, with unit v; complex roots give null', () => {
    let real = 0;
    for (const A of matrices()) {
      const [a, b, c, d] = A;
      const disc = ((a - d) / 2) ** 2 + b * c;
      const pairs = eigen(A);
      if (disc < 0) {
        expect(pairs).toBeNull();
        continue;
      }
      real++;
      expect(pairs).not.toBeNull();
      for (const { value, vector } of pairs!) {
        expect(Math.abs(Math.hypot(...vector) - 1)).toBeLessThan(1e-12);
        const Av = apply(A, vector);
        expect(Math.abs(Av[0] - value * vector[0])).toBeLessThan(1e-9);
        expect(Math.abs(Av[1] - value * vector[1])).toBeLessThan(1e-9);
      }
      expect(Math.abs(pairs![0].value + pairs![1].value - (a + d))).toBeLessThan(1e-9);
    }
    expect(real).toBeGreaterThan(50);
    expect(eigen([0, -1, 1, 0])).toBeNull();
    expect(eigen([2, 0, 0, -1])!.map((p) => p.vector)).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('the unit circle becomes an ellipse whose semi-axes are σ₁ and σ₂', () => {
    const A: Mat2 = [1.5, 0.5, 0.3, 1];
    const { sigma } = svd(A);
    const radii = ellipse(A, 2000).map((p) => Math.hypot(...p));
    expect(Math.max(...radii)).toBeCloseTo(sigma[0], 5);
    expect(Math.min(...radii)).toBeCloseTo(sigma[1], 5);
  });

  it('power iteration with TF.js tends to the eigenvector of the largest |λ|, without leaking', () => {
    const A: Mat2 = [1.5, 0.5, 0.3, 1];
    let v: Vec2 = [Math.SQRT1_2, Math.SQRT1_2];
    const before = tf.memory().numTensors;
    let growth = 0;
    for (let i = 0; i < 100; i++) ({ v, growth } = powerStep(tf, A, v));
    expect(tf.memory().numTensors).toBe(before);
    const [top] = eigen(A)!;
    expect(Math.abs(Math.abs(v[0] * top.vector[0] + v[1] * top.vector[1]) - 1)).toBeLessThan(1e-5);
    expect(growth).toBeCloseTo(top.value, 4);
  });
});
