import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  adamStep,
  contour,
  gradientClosedForm,
  gradients,
  loss,
  momentumStep,
  raceStep,
  sgdStep,
  startRace,
  surfaces,
  type Race,
  type Vec2,
} from '../../src/islands/optimiseurs/model';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const dist = (a: Vec2, b: Vec2) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('optimisers model', () => {
  it('one SGD step is θ − α∇L, exactly', () => {
    const theta: Vec2 = [0.7, -1.3];
    const g: Vec2 = [2.5, -0.4];
    expect(sgdStep(theta, g, 0.03)).toEqual([0.7 - 0.03 * 2.5, -1.3 - 0.03 * -0.4]);
  });

  it('one momentum step is v = βv + (1 − β)∇L, θ ← θ − αv, exactly', () => {
    const theta: Vec2 = [0.7, -1.3];
    const v: Vec2 = [0.2, 0.1];
    const g: Vec2 = [2.5, -0.4];
    const [alpha, beta] = [0.05, 0.9];
    const v1 = 0.9 * 0.2 + (1 - 0.9) * 2.5;
    const v2 = 0.9 * 0.1 + (1 - 0.9) * -0.4;
    const out = momentumStep(theta, v, g, alpha, beta);
    expect(out.v).toEqual([v1, v2]);
    expect(out.theta).toEqual([0.7 - 0.05 * v1, -1.3 - 0.05 * v2]);
  });

  it('Adam’s first step moves each coordinate by α against the gradient’s sign (bias correction)', () => {
    const out = adamStep([1, 1], { m: [0, 0], s: [0, 0], t: 0 }, [30, -0.02], 0.01, 0.9);
    expect(out.theta[0]).toBeCloseTo(0.99, 6);
    expect(out.theta[1]).toBeCloseTo(1.01, 4);
  });

  it('TF.js gradients equal the closed forms on both surfaces', () => {
    const pts: Vec2[] = [
      [-1.5, 2],
      [0.3, -0.7],
      [1, 1],
    ];
    for (const s of ['bol', 'rosenbrock'] as const) {
      gradients(tf, s, pts).forEach((g, i) => {
        const c = gradientClosedForm(s, pts[i]!);
        expect(g[0]).toBeCloseTo(c[0], 2);
        expect(g[1]).toBeCloseTo(c[1], 2);
      });
    }
  });

  it('all three converge on the bowl, and leave no tensor behind', () => {
    let race: Race = startRace('bol');
    const before = tf.memory().numTensors;
    for (let i = 0; i < 1500; i++) race = raceStep(tf, 'bol', race, 0.1, 0.9);
    expect(tf.memory().numTensors).toBe(before);
    for (const p of [race.sgd, race.momentum, race.adam]) expect(dist(p, surfaces.bol.minimum)).toBeLessThan(1e-3);
  });

  it('SGD diverges on the bowl when α exceeds 2/10, the largest curvature', () => {
    let race: Race = startRace('bol');
    for (let i = 0; i < 200; i++) race = raceStep(tf, 'bol', race, 0.25, 0.9);
    expect(Math.abs(race.sgd[1])).toBeGreaterThan(1e6);
  });

  it('Adam reaches the minimum of Rosenbrock', () => {
    let race: Race = startRace('rosenbrock');
    for (let i = 0; i < 3000; i++) race = raceStep(tf, 'rosenbrock', race, 0.02, 0.9);
    expect(dist(race.adam, surfaces.rosenbrock.minimum)).toBeLessThan(0.05);
  });

  it('contour points lie on their level set', () => {
    for (const s of ['bol', 'rosenbrock'] as const) {
      for (const c of surfaces[s].levels) for (const p of contour(s, c)) expect(loss(s, p)).toBeCloseTo(c, 6);
    }
  });
});
