/**
 * The optimiser page's text against the model: "Ce que vous voyez" at the defaults
 * (SGD zigzags, momentum overshoots, Adam arrives) and each "Essayez" link's promise.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { beforeAll, describe, expect, it } from 'vitest';
import { lesson, spec } from '../../src/islands/optimiseurs/lesson';
import { raceStep, startRace, surfaces, type Race, type Vec2 } from '../../src/islands/optimiseurs/model';
import { defaults, experimentState, type StateOf } from '../../src/islands/shared/state';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

type State = StateOf<typeof spec>;
/** The race at a state, step by step (the start included), stopping like the demo at the first non-finite value. */
function race(state: State, steps: number): Race[] {
  const out: Race[] = [startRace(state.surface)];
  for (let i = 0; i < steps; i++) {
    const next = raceStep(tf, state.surface, out.at(-1)!, state.lr, state.beta);
    out.push(next);
    if (![next.sgd, next.momentum, next.adam].flat().every((v) => Number.isFinite(v) && Math.abs(v) < 1e6)) break;
  }
  return out;
}
const gap = (p: Vec2, s: State) =>
  Math.hypot(p[0] - surfaces[s.surface].minimum[0], p[1] - surfaces[s.surface].minimum[1]);
/** How many times the path turns back along θ₂ (a zigzag across the valley). */
const turns = (path: Vec2[]) => {
  let n = 0;
  for (let i = 2; i < path.length; i++)
    if ((path[i]![1] - path[i - 1]![1]) * (path[i - 1]![1] - path[i - 2]![1]) < 0) n++;
  return n;
};
const experiment = (id: string) => experimentState(spec, lesson.find((e) => e.id === id)!);

describe('optimiser demo: the defaults do what "Ce que vous voyez" says', () => {
  const state = defaults(spec);
  const steps = race(state, 300);

  it('SGD zigzags across the valley: its θ₂ turns back at each of the first 10 steps', () => {
    expect(state).toMatchObject({ surface: 'bol', lr: 0.17, beta: 0.9 });
    expect(turns(steps.slice(0, 12).map((r) => r.sgd))).toBe(10);
  });

  it('momentum overshoots: starting at θ₁ = −4, it passes the minimum (θ₁ = 0) by more than 0,5', () => {
    expect(surfaces.bol.start[0]).toBe(-4);
    expect(Math.max(...steps.map((r) => r.momentum[0]))).toBeGreaterThan(0.5);
  });

  it('Adam arrives: within 300 steps it is at the minimum, overshooting far less than momentum', () => {
    expect(gap(steps.at(-1)!.adam, state)).toBeLessThan(1e-3);
    expect(Math.max(...steps.map((r) => r.adam[0]))).toBeLessThan(Math.max(...steps.map((r) => r.momentum[0])) / 2);
  });

  it('all three reach the minimum, so play stops by itself (the demo is done at a gap under 10⁻⁴)', () => {
    const long = race(state, 1000).at(-1)!;
    for (const p of [long.sgd, long.momentum, long.adam]) expect(gap(p, state)).toBeLessThan(1e-4);
  });
});

describe('optimiser demo: each "Essayez" link keeps its promise', () => {
  it('every experiment is one of these three, in this order', () => {
    expect(lesson.map((e) => e.id)).toEqual(['sgd-droit', 'sgd-diverge', 'beta-zero']);
  });

  it('α = 0,1: SGD runs straight (θ₂ reaches 0 in one step, never turns back)', () => {
    const state = experiment('sgd-droit');
    expect(state.lr).toBe(0.1);
    const path = race(state, 30).map((r) => r.sgd);
    expect(path[1]![1]).toBeCloseTo(0, 12);
    expect(turns(path)).toBe(0);
  });

  it('α = 0,21: SGD diverges while momentum and Adam stay finite and near the minimum', () => {
    const state = experiment('sgd-diverge');
    expect(state.lr).toBe(0.21);
    const steps = race(state, 3000);
    const last = steps.at(-1)!;
    expect(steps.length).toBeLessThan(3000);
    expect(Math.abs(last.sgd[1])).toBeGreaterThan(1e6);
    for (const p of [last.momentum, last.adam]) expect(gap(p, state)).toBeLessThan(1);
  });

  it('β = 0: momentum follows exactly the path of SGD', () => {
    const state = experiment('beta-zero');
    expect(state.beta).toBe(0);
    for (const r of race(state, 40)) expect(r.momentum).toEqual(r.sgd);
  });
});
