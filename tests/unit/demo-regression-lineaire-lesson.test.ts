/**
 * The linear-regression page's text against the model: « Ce que vous voyez » at the
 * defaults and each « Essayez » link's promise, with the demo's own TF.js step.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { beforeAll, describe, expect, it } from 'vitest';
import { lesson, spec } from '../../src/islands/regression-lineaire/lesson';
import {
  divergenceThreshold,
  gdStep,
  mse,
  normalEquation,
  randomPoints,
  toTensors,
  type Params,
} from '../../src/islands/regression-lineaire/model';
import { defaults, experimentState, type StateOf } from '../../src/islands/shared/state';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** The descent as the demo runs it (from w = b = 0), with the step at which it is done (distance < 10⁻⁵) or diverged. */
function descend(state: StateOf<typeof spec>, steps: number) {
  const pts = state.pts ?? randomPoints(state.seed);
  const { xs, ys } = toTensors(tf, pts);
  const opt = normalEquation(pts)!;
  let p: Params = { w: 0, b: 0 };
  const losses = [mse(pts, p)];
  let doneAt: number | null = null;
  let divergedAt: number | null = null;
  for (let i = 1; i <= steps; i++) {
    p = gdStep(tf, xs, ys, p, state.lr);
    if (!Number.isFinite(p.w) || Math.abs(p.w) > 1e6) {
      divergedAt = i;
      break;
    }
    losses.push(mse(pts, p));
    if (doneAt === null && Math.hypot(p.w - opt.w, p.b - opt.b) < 1e-5) doneAt = i;
  }
  tf.dispose([xs, ys]);
  return { pts, opt, p, losses, doneAt, divergedAt };
}
const experiment = (id: string) => experimentState(spec, lesson.find((e) => e.id === id)!);

describe('linear regression: the defaults do what « Ce que vous voyez » says', () => {
  const state = defaults(spec);
  const run = descend(state, 200);

  it('12 points of seed 1, α = 0,1; the threshold 2/λmax is about 1', () => {
    expect(state).toMatchObject({ lr: 0.1, seed: 1, pts: null });
    expect(run.pts).toHaveLength(12);
    expect(divergenceThreshold(run.pts)).toBeCloseTo(1, 1);
  });

  it('the descent reaches the normal equation in about 170 steps, its MSE never going up, down to about 0,031', () => {
    expect(run.doneAt).toBeGreaterThanOrEqual(160);
    expect(run.doneAt).toBeLessThanOrEqual(180);
    for (let i = 1; i < run.losses.length; i++) expect(run.losses[i]!).toBeLessThanOrEqual(run.losses[i - 1]! + 1e-7);
    expect(mse(run.pts, run.opt)).toBeCloseTo(0.031, 3);
  });
});

describe('linear regression: each « Essayez » link keeps its promise', () => {
  it('α = 0,5: done within 30 steps', () => {
    const state = experiment('rapide');
    expect(state.lr).toBe(0.5);
    expect(descend(state, 30).doneAt).not.toBeNull();
  });

  it('α = 0,01: after 100 steps the MSE is still close to twice its minimum', () => {
    const state = experiment('lent');
    expect(state.lr).toBe(0.01);
    const run = descend(state, 100);
    const ratio = run.losses.at(-1)! / mse(run.pts, run.opt);
    expect(ratio).toBeGreaterThan(1.7);
    expect(ratio).toBeLessThan(2.2);
  });

  it('α = 1,1: above the threshold, the descent diverges', () => {
    const state = experiment('diverge');
    expect(state.lr).toBeGreaterThan(divergenceThreshold(randomPoints(state.seed)));
    expect(descend(state, 2000).divergedAt).not.toBeNull();
  });
});
