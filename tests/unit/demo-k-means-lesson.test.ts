/**
 * The k-means page's text against the model: « Ce que vous voyez » at the defaults and
 * each « Essayez » link's promise, running Lloyd's half-steps as the demo does.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { beforeAll, describe, expect, it } from 'vitest';
import { lesson, spec } from '../../src/islands/k-means/lesson';
import { assign, inertia, initCentroids, randomPoints, toTensor, update } from '../../src/islands/k-means/model';
import { defaults, experimentState, random, type Point, type StateOf } from '../../src/islands/shared/state';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** The demo's steps (assign, update, assign…) from the state, `steps` of them or until an assignment changes nothing. */
function lloyd(state: StateOf<typeof spec>, steps = 2000) {
  const pts = state.pts ?? randomPoints(state.ds);
  const xs = toTensor(tf, pts);
  let centroids = initCentroids(pts, state.clusters, state.seed);
  let labels: number[] | null = null;
  let done = 0;
  let convergedAt: number | null = null;
  while (done < steps && convergedAt === null) {
    const fresh = assign(tf, xs, centroids);
    done++;
    if (labels && fresh.every((l, i) => l === labels![i])) convergedAt = done;
    labels = fresh;
    if (done < steps && convergedAt === null) {
      centroids = update(tf, xs, labels, centroids);
      done++;
    }
  }
  xs.dispose();
  return { pts, centroids, labels: labels!, convergedAt, inertia: inertia(pts, centroids, labels!) };
}
const experiment = (id: string) => {
  const e = lesson.find((x) => x.id === id)!;
  return { state: experimentState(spec, e), steps: e.steps! };
};

describe('k-means: the defaults do what « Ce que vous voyez » says', () => {
  const state = defaults(spec);
  const run = lloyd(state);

  it('60 points in four clouds, k = 3, seed 1', () => {
    expect(state).toMatchObject({ clusters: 3, seed: 1, ds: 1, pts: null });
    expect(run.pts).toHaveLength(60);
    // randomPoints draws 3 + ⌊3u⌋ clouds from the seed's first number.
    expect(3 + Math.floor(random(1)() * 3)).toBe(4);
  });

  it('the second assignment changes nothing: stopped after 3 steps, inertia about 3,95', () => {
    expect(run.convergedAt).toBe(3);
    expect(run.inertia).toBeCloseTo(3.95, 2);
  });

  it('one centre covers two clouds (point i belongs to cloud i mod 4)', () => {
    const majority = [0, 1, 2, 3].map((c) => {
      const counts = [0, 0, 0];
      run.labels.forEach((l, i) => i % 4 === c && counts[l]!++);
      return counts.indexOf(Math.max(...counts));
    });
    expect(new Set(majority).size).toBeLessThan(4);
  });
});

describe('k-means: each « Essayez » link keeps its promise', () => {
  it('k = 1: after one assignment and one update, the centre is the mean of all points', () => {
    const { state, steps } = experiment('un-centre');
    const run = lloyd(state, steps);
    const mean = (key: keyof Point) => run.pts.reduce((s, p) => s + p[key], 0) / run.pts.length;
    expect(run.centroids[0]!.x).toBeCloseTo(mean('x'), 5);
    expect(run.centroids[0]!.y).toBeCloseTo(mean('y'), 5);
  });

  it('k = 4: the inertia falls from about 3,95 to 2,81', () => {
    const { state, steps } = experiment('quatre');
    const run = lloyd(state, steps);
    expect(run.convergedAt).not.toBeNull();
    expect(run.inertia).toBeCloseTo(2.81, 2);
    expect(lloyd(defaults(spec)).inertia).toBeCloseTo(3.95, 2);
  });

  it('seed 3: a bad start, the run stops at an inertia of 6,6', () => {
    const { state, steps } = experiment('mauvais-depart');
    const run = lloyd(state, steps);
    expect(run.convergedAt).not.toBeNull();
    expect(run.inertia).toBeCloseTo(6.6, 1);
  });
});
