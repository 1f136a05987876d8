/**
 * The 2×2 matrices page's text against the model: « Ce que vous voyez » at the defaults
 * and each « Essayez » link's promise.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { beforeAll, describe, expect, it } from 'vitest';
import { lesson, spec } from '../../src/islands/matrices/lesson';
import { det, eigen, powerStep, svd, type Mat2, type Vec2 } from '../../src/islands/matrices/model';
import { defaults, experimentState, type StateOf } from '../../src/islands/shared/state';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const A = (s: StateOf<typeof spec>): Mat2 => [s.a, s.b, s.c, s.d];
const experiment = (id: string) => A(experimentState(spec, lesson.find((e) => e.id === id)!));
const dot = (u: Vec2, v: Vec2) => u[0] * v[0] + u[1] * v[1];

describe('matrices: the defaults do what « Ce que vous voyez » says', () => {
  const m = A(defaults(spec));

  it('A = (1,5 1 ; 0,25 1), det 1,25, semi-axes σ ≈ 1,98 and 0,63', () => {
    expect(m).toEqual([1.5, 1, 0.25, 1]);
    expect(det(m)).toBeCloseTo(1.25, 12);
    expect(svd(m).sigma[0]).toBeCloseTo(1.98, 2);
    expect(svd(m).sigma[1]).toBeCloseTo(0.63, 2);
  });

  it('two real eigenvalues, about 1,81 and 0,69, whose eigenvectors are not orthogonal', () => {
    const pairs = eigen(m)!;
    expect(pairs[0].value).toBeCloseTo(1.81, 2);
    expect(pairs[1].value).toBeCloseTo(0.69, 2);
    expect(Math.abs(dot(pairs[0].vector, pairs[1].vector))).toBeGreaterThan(0.3);
  });

  it('power iteration turns v to the eigenvector of 1,81, and ‖Av‖ tends to 1,81', () => {
    let v: Vec2 = [Math.SQRT1_2, Math.SQRT1_2];
    let growth = 0;
    for (let i = 0; i < 60; i++) ({ v, growth } = powerStep(tf, m, v));
    const top = eigen(m)![0];
    expect(Math.abs(dot(v, top.vector))).toBeCloseTo(1, 5);
    expect(growth).toBeCloseTo(top.value, 4);
  });
});

describe('matrices: each « Essayez » link keeps its promise', () => {
  it('a quarter turn: no real eigenvalue, the circle stays a circle (σ₁ = σ₂ = 1)', () => {
    const m = experiment('rotation');
    expect(eigen(m)).toBeNull();
    expect(svd(m).sigma[0]).toBeCloseTo(1, 9);
    expect(svd(m).sigma[1]).toBeCloseTo(1, 9);
  });

  it('det A = 0: the ellipse is a segment, σ₂ = 0', () => {
    const m = experiment('singuliere');
    expect(det(m)).toBe(0);
    expect(svd(m).sigma[1]).toBeCloseTo(0, 9);
    expect(svd(m).sigma[0]).toBeGreaterThan(1);
  });

  it('symmetric A: orthogonal eigenvectors, along the ellipse’s axes (the singular directions)', () => {
    const m = experiment('symetrique');
    const [p1, p2] = eigen(m)!;
    expect(dot(p1.vector, p2.vector)).toBeCloseTo(0, 9);
    const { V } = svd(m);
    expect(Math.abs(dot(p1.vector, [V[0], V[2]]))).toBeCloseTo(1, 9);
    expect(Math.abs(dot(p2.vector, [V[1], V[3]]))).toBeCloseTo(1, 9);
  });
});
