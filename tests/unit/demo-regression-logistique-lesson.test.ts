/**
 * The logistic regression page's text against the model: « Ce que vous voyez » at the
 * defaults and each « Essayez » link's promise.
 */
import { describe, expect, it } from 'vitest';
import { lesson, spec } from '../../src/islands/regression-logistique/lesson';
import {
  confusion,
  gradient,
  labelled,
  loss,
  naiveSoftmax,
  newton,
  randomClasses,
  type Params,
} from '../../src/islands/regression-logistique/model';
import { defaults, experimentState, type StateOf } from '../../src/islands/shared/state';

type State = StateOf<typeof spec>;
/** The descent from w = b = 0 (the demo's steps, in plain numbers), and the step where it meets Newton's solution (10⁻⁶). */
function descend(state: State, steps: number) {
  const drawn = randomClasses(state.seed);
  const pts = labelled(state.c0 ?? drawn.c0, state.c1 ?? drawn.c1);
  const opt = newton(pts)!;
  let p: Params = { w1: 0, w2: 0, b: 0 };
  let metAt: number | null = null;
  for (let i = 1; i <= steps; i++) {
    const g = gradient(pts, p);
    p = { w1: p.w1 - state.lr * g.w1, w2: p.w2 - state.lr * g.w2, b: p.b - state.lr * g.b };
    if (metAt === null && Math.hypot(p.w1 - opt.w1, p.w2 - opt.w2, p.b - opt.b) < 1e-6) metAt = i;
  }
  return { pts, opt, p, metAt };
}
const experiment = (id: string) => {
  const e = lesson.find((x) => x.id === id)!;
  return { state: experimentState(spec, e), steps: e.steps ?? 0 };
};
const scores = (s: State) => [s.z1, s.z2, s.z3, s.z4];

describe('logistic regression: the defaults do what « Ce que vous voyez » says', () => {
  const state = defaults(spec);
  const run = descend(state, 400);

  it('16 points a class, seed 2, α = 5, threshold 0,5', () => {
    expect(state).toMatchObject({ lr: 5, thr: 0.5, seed: 2, temp: 1 });
    expect(run.pts).toHaveLength(32);
  });

  it('the boundary meets Newton’s in a little over 300 steps, the loss down to about 0,385', () => {
    expect(run.metAt).toBeGreaterThan(300);
    expect(run.metAt).toBeLessThan(350);
    expect(loss(run.pts, run.p)).toBeCloseTo(0.385, 3);
  });

  it('at 0,5: 12 true positives, 2 false positives, 4 false negatives, 14 true negatives', () => {
    expect(confusion(run.pts, run.p, state.thr)).toEqual({ tp: 12, fp: 2, fn: 4, tn: 14 });
  });

  it('softmax of 2; 1; 0,1; −1 at T = 1: about 64 %, 24 %, 10 % and 3 %', () => {
    const p = naiveSoftmax(scores(state), state.temp);
    [0.64, 0.24, 0.1, 0.03].forEach((v, i) => expect(Math.abs(p[i]! - v)).toBeLessThan(0.006));
  });
});

describe('logistic regression: each « Essayez » link keeps its promise', () => {
  it('threshold 0,9: one false positive instead of 2, but 8 false negatives instead of 4', () => {
    const { state, steps } = experiment('seuil-haut');
    const run = descend(state, steps);
    expect(confusion(run.pts, run.p, state.thr)).toMatchObject({ fp: 1, fn: 8 });
  });

  it('threshold 0,1: no false negative left, but 10 false positives', () => {
    const { state, steps } = experiment('seuil-bas');
    const run = descend(state, steps);
    expect(confusion(run.pts, run.p, state.thr)).toMatchObject({ fp: 10, fn: 0 });
  });

  it('T = 0,1: the largest score takes more than 99,99 % of the probability', () => {
    const { state } = experiment('temperature');
    expect(naiveSoftmax(scores(state), state.temp)[0]).toBeGreaterThan(0.9999);
  });
});
