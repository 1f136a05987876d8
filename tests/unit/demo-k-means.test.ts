import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assign,
  clusterSizes,
  inertia,
  initCentroids,
  randomPoints,
  toTensor,
  update,
} from '../../src/islands/k-means/model';
import type { Point } from '../../src/islands/shared/state';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Reference in plain float64 JS: nearest centre by brute force. */
const nearest = (points: Point[], cs: Point[]) =>
  points.map((p) => {
    let best = 0;
    cs.forEach((c, j) => {
      if ((p.x - c.x) ** 2 + (p.y - c.y) ** 2 < (p.x - cs[best]!.x) ** 2 + (p.y - cs[best]!.y) ** 2) best = j;
    });
    return best;
  });

/** Runs `halfSteps` alternating assign / update; returns the inertia after each. */
function run(points: Point[], k: number, seed: number, halfSteps: number) {
  const xs = toTensor(tf, points);
  let cs = initCentroids(points, k, seed);
  let labels: number[] = [];
  const curve: number[] = [];
  for (let i = 0; i < halfSteps; i++) {
    if (i % 2 === 0) labels = assign(tf, xs, cs);
    else cs = update(tf, xs, labels, cs);
    curve.push(inertia(points, cs, labels));
  }
  xs.dispose();
  return { curve, cs, labels };
}

describe('k-means model', () => {
  it('assigns every point to its nearest centre, as brute force does', () => {
    const points = randomPoints(5, 80);
    const cs = initCentroids(points, 4, 2);
    const xs = toTensor(tf, points);
    expect(assign(tf, xs, cs)).toEqual(nearest(points, cs));
    xs.dispose();
  });

  it('moves each centre to the mean of its points, and leaves an empty cluster’s centre in place', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 1, y: 0 },
      { x: 0, y: 1 },
      { x: -1, y: -1 },
    ];
    const xs = toTensor(tf, points);
    const next = update(
      tf,
      xs,
      [0, 0, 0, 1],
      [
        { x: 0.5, y: 0.5 },
        { x: -0.5, y: -0.5 },
        { x: 0.9, y: -0.9 },
      ],
    );
    xs.dispose();
    expect(next[0]!.x).toBeCloseTo(1 / 3, 6);
    expect(next[0]!.y).toBeCloseTo(1 / 3, 6);
    expect(next[1]).toEqual({ x: -1, y: -1 });
    expect(next[2]).toEqual({ x: 0.9, y: -0.9 });
  });

  it('never increases the inertia, half-step after half-step, for many seeds and k', () => {
    let checked = 0;
    for (let dataSeed = 1; dataSeed <= 12; dataSeed++) {
      const points = randomPoints(dataSeed, 70);
      for (const k of [1, 2, 3, 5, 8]) {
        const { curve } = run(points, k, dataSeed * 13 + k, 30);
        for (let i = 1; i < curve.length; i++) {
          // Centres are float32 in TF.js: allow their rounding (1e-9 relative), not a real increase.
          expect(curve[i]!).toBeLessThanOrEqual(curve[i - 1]! * (1 + 1e-9));
          checked++;
        }
      }
    }
    expect(checked).toBe(12 * 5 * 29);
  });

  it('reaches a fixed point: centres are the means of their clusters, each point is nearest its centre', () => {
    const points = randomPoints(9, 90);
    const { cs, labels, curve } = run(points, 4, 3, 60);
    expect(curve.at(-1)).toBe(curve.at(-3));
    expect(labels).toEqual(nearest(points, cs));
    cs.forEach((c, j) => {
      const mine = points.filter((_, i) => labels[i] === j);
      if (!mine.length) return;
      expect(c.x).toBeCloseTo(mine.reduce((s, p) => s + p.x, 0) / mine.length, 5);
      expect(c.y).toBeCloseTo(mine.reduce((s, p) => s + p.y, 0) / mine.length, 5);
    });
    expect(clusterSizes(labels, 4).reduce((a, b) => a + b, 0)).toBe(points.length);
  });

  it('with k = 1, lands the centre on the mean with the inertia n·variance', () => {
    const points = randomPoints(4, 50);
    const { cs, curve } = run(points, 1, 1, 2);
    const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
    const my = points.reduce((s, p) => s + p.y, 0) / points.length;
    expect(cs[0]!.x).toBeCloseTo(mx, 5);
    expect(cs[0]!.y).toBeCloseTo(my, 5);
    const ss = points.reduce((s, p) => s + (p.x - mx) ** 2 + (p.y - my) ** 2, 0);
    expect(curve[1]!).toBeCloseTo(ss, 4);
  });

  it('is deterministic for a seed: distinct initial centres taken from the data, capped at n', () => {
    const points = randomPoints(3);
    expect(randomPoints(3)).toEqual(points);
    expect(randomPoints(4)).not.toEqual(points);
    const a = initCentroids(points, 5, 11);
    expect(initCentroids(points, 5, 11)).toEqual(a);
    expect(initCentroids(points, 5, 12)).not.toEqual(a);
    expect(new Set(a.map((c) => `${c.x},${c.y}`)).size).toBe(5);
    expect(a.every((c) => points.some((p) => p.x === c.x && p.y === c.y))).toBe(true);
    expect(initCentroids(points.slice(0, 2), 5, 1)).toHaveLength(2);
  });

  it('leaves no tensor behind', () => {
    const points = randomPoints(2);
    const xs = toTensor(tf, points);
    const before = tf.memory().numTensors;
    const cs = initCentroids(points, 3, 1);
    const labels = assign(tf, xs, cs);
    update(tf, xs, labels, cs);
    expect(tf.memory().numTensors).toBe(before);
    xs.dispose();
  });
});
