import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  divergenceThreshold,
  gdStep,
  gradient,
  mse,
  normalEquation,
  randomPoints,
  toTensors,
} from '../../src/islands/regression-lineaire/model';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const run = (points: ReturnType<typeof randomPoints>, lr: number, steps: number) => {
  const { xs, ys } = toTensors(tf, points);
  let p = { w: 0, b: 0 };
  for (let i = 0; i < steps; i++) p = gdStep(tf, xs, ys, p, lr);
  tf.dispose([xs, ys]);
  return p;
};

describe('linear regression model', () => {
  const points = randomPoints(3);

  it('recovers an exact line with the normal equation', () => {
    const line = [-1, -0.5, 0, 0.3, 1].map((x) => ({ x, y: 2 * x - 0.5 }));
    const sol = normalEquation(line)!;
    expect(sol.w).toBeCloseTo(2, 10);
    expect(sol.b).toBeCloseTo(-0.5, 10);
    expect(mse(line, sol)).toBeCloseTo(0, 12);
  });

  it('has no normal-equation solution when XᵀX is singular (one distinct x)', () => {
    expect(
      normalEquation([
        { x: 0.2, y: 1 },
        { x: 0.2, y: -1 },
      ]),
    ).toBeNull();
    expect(normalEquation([{ x: 0.2, y: 1 }])).toBeNull();
  });

  it('makes the gradient vanish at the normal-equation solution, and nowhere near it', () => {
    const sol = normalEquation(points)!;
    const g = gradient(points, sol);
    expect(Math.hypot(g.w, g.b)).toBeLessThan(1e-10);
    const off = gradient(points, { w: sol.w + 0.1, b: sol.b });
    expect(Math.hypot(off.w, off.b)).toBeGreaterThan(1e-3);
  });

  it('takes the step θ − α∇MSE with the gradient TF.js computes, equal to the closed form', () => {
    const { xs, ys } = toTensors(tf, points);
    const start = { w: 0.3, b: -0.2 };
    const next = gdStep(tf, xs, ys, start, 0.1);
    const g = gradient(points, start);
    expect(next.w).toBeCloseTo(start.w - 0.1 * g.w, 5);
    expect(next.b).toBeCloseTo(start.b - 0.1 * g.b, 5);
    expect(next.loss).toBeCloseTo(mse(points, start), 5);
    tf.dispose([xs, ys]);
  });

  it('ends gradient descent within 1e-3 of the normal-equation solution', () => {
    const sol = normalEquation(points)!;
    const p = run(points, 0.5, 500);
    expect(Math.hypot(p.w - sol.w, p.b - sol.b)).toBeLessThan(1e-3);
  });

  it('converges just below 2/λmax and diverges just above it', () => {
    const t = divergenceThreshold(points);
    const sol = normalEquation(points)!;
    const below = run(points, t * 0.95, 600);
    expect(Math.hypot(below.w - sol.w, below.b - sol.b)).toBeLessThan(1e-2);
    const above = run(points, t * 1.1, 600);
    expect(Number.isFinite(above.w) && Math.abs(above.w) < 1e6).toBe(false);
  });

  it('leaves no tensor behind after a step', () => {
    const { xs, ys } = toTensors(tf, points);
    const before = tf.memory().numTensors;
    gdStep(tf, xs, ys, { w: 0, b: 0 }, 0.1);
    gdStep(tf, xs, ys, { w: 0, b: 0 }, 0.1);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([xs, ys]);
  });

  it('draws reproducible points in [−1, 1]² from a seed', () => {
    expect(randomPoints(3)).toEqual(points);
    expect(randomPoints(4)).not.toEqual(points);
    expect(points.every((p) => Math.abs(p.x) <= 1 && Math.abs(p.y) <= 1)).toBe(true);
  });
});
