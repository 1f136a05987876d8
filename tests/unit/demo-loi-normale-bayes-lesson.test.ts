/**
 * The normal law and Bayes page's text against the model: « Ce que vous voyez » at the
 * defaults and each « Essayez » link's promise.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { beforeAll, describe, expect, it } from 'vitest';
import { lesson, spec } from '../../src/islands/loi-normale-bayes/lesson';
import { bayes, pdf, sampleBatch, withinSigmas } from '../../src/islands/loi-normale-bayes/model';
import { defaults, experimentState, type StateOf } from '../../src/islands/shared/state';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const test = (s: StateOf<typeof spec>) =>
  bayes({ prevalence: s.prev / 100, sensitivity: s.sens / 100, specificity: s.spec / 100 }, Number(s.pop));
const experiment = (id: string) => experimentState(spec, lesson.find((e) => e.id === id)!);

describe('normal law and Bayes: the defaults do what « Ce que vous voyez » says', () => {
  const state = defaults(spec);

  it('N(0, 1), 250 draws a step, about 68,3 %, 95,4 % and 99,7 % within 1, 2 and 3 σ', () => {
    expect(state).toMatchObject({ mu: 0, sigma: 1 });
    expect(withinSigmas(1)).toBeCloseTo(0.683, 3);
    expect(withinSigmas(2)).toBeCloseTo(0.954, 3);
    expect(withinSigmas(3)).toBeCloseTo(0.997, 3);
    // 40 steps of 250 draws: the observed shares come within two points of those.
    const within = [0, 0, 0];
    let n = 0;
    for (let i = 0; i < 40; i++) {
      // The demo's seed for step i + 1 (run.ts).
      const b = sampleBatch(tf, state.mu, state.sigma, 250, state.seed * 100_003 + i + 1);
      b.within.forEach((w, j) => (within[j]! += w));
      n += b.n;
    }
    expect(n).toBe(10_000);
    [1, 2, 3].forEach((k, j) => expect(Math.abs(within[j]! / n - withinSigmas(k))).toBeLessThan(0.02));
  });

  it('prevalence 1 %, sensitivity 90 %, specificity 91 %: 9 true positives for about 89 false ones in 1 000, P(M|+) about 9 %', () => {
    const r = test(state);
    expect(r.truePositive).toBeCloseTo(9, 9);
    expect(r.falsePositive).toBeCloseTo(89.1, 9);
    expect(r.posterior!).toBeCloseTo(0.09, 2);
  });
});

describe('normal law and Bayes: each « Essayez » link keeps its promise', () => {
  it('prevalence 10 %: P(M|+) about 53 %', () => {
    expect(test(experiment('prevalence')).posterior!).toBeCloseTo(0.53, 2);
  });

  it('specificity 99 %: P(M|+) from 9 % to 48 %', () => {
    expect(test(experiment('specificite')).posterior!).toBeCloseTo(0.48, 2);
  });

  it('σ = 2: the top of the curve falls from 0,40 to 0,20', () => {
    const s = experiment('sigma');
    expect(pdf(s.mu, s.mu, 1)).toBeCloseTo(0.4, 2);
    expect(pdf(s.mu, s.mu, s.sigma)).toBeCloseTo(0.2, 2);
  });
});
