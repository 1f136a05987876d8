import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bayes,
  erf,
  histogram,
  pdf,
  pdfTensor,
  sampleBatch,
  withinSigmas,
} from '../../src/islands/loi-normale-bayes/model';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('normal law', () => {
  it('gives the classic 68.27 / 95.45 / 99.73 % for ±1σ, ±2σ, ±3σ', () => {
    expect(withinSigmas(1)).toBeCloseTo(0.682689492137, 10);
    expect(withinSigmas(2)).toBeCloseTo(0.954499736104, 10);
    expect(withinSigmas(3)).toBeCloseTo(0.997300203937, 10);
    expect(erf(0)).toBe(0);
    expect(erf(-0.5)).toBeCloseTo(-0.520499877813, 10);
    expect(erf(3.5)).toBeCloseTo(0.999999256901, 10);
  });

  it('has a density that integrates to 1 and whose band areas match erf, for any μ and σ', () => {
    for (const [mu, sigma] of [
      [0, 1],
      [-2.5, 0.3],
      [1.7, 2.5],
    ] as const) {
      const area = (a: number, b: number) => {
        const n = 4000;
        const h = (b - a) / n;
        let s = (pdf(a, mu, sigma) + pdf(b, mu, sigma)) / 2;
        for (let i = 1; i < n; i++) s += pdf(a + i * h, mu, sigma);
        return s * h;
      };
      expect(area(mu - 10 * sigma, mu + 10 * sigma)).toBeCloseTo(1, 8);
      for (const k of [1, 2, 3]) expect(area(mu - k * sigma, mu + k * sigma)).toBeCloseTo(withinSigmas(k), 6);
      expect(pdf(mu, mu, sigma)).toBeCloseTo(1 / (sigma * Math.sqrt(2 * Math.PI)), 12);
    }
  });

  it('computes the same density with TF.js ops as in closed form', () => {
    const xs = [-3, -1, 0, 0.4, 2.2, 5];
    const t = tf.tensor1d(xs);
    const d = pdfTensor(tf, t, 0.4, 1.3);
    const got = Array.from(d.dataSync());
    tf.dispose([t, d]);
    xs.forEach((x, i) => expect(got[i]!).toBeCloseTo(pdf(x, 0.4, 1.3), 6));
  });

  it('samples with TF.js whose frequencies, mean and spread approach the law', () => {
    let within = [0, 0, 0];
    let n = 0;
    let sum = 0;
    let sumSq = 0;
    const counts = new Array<number>(histogram.bins).fill(0);
    for (let i = 0; i < 40; i++) {
      const b = sampleBatch(tf, 1.5, 0.8, 1000, 100 + i);
      within = within.map((w, j) => w + b.within[j]!);
      b.counts.forEach((c, j) => (counts[j]! += c));
      n += b.n;
      sum += b.sum;
      sumSq += b.sumSq;
    }
    // 40,000 draws: binomial standard errors are below 0.25 %; allow 4 of them.
    within.forEach((w, j) => expect(Math.abs(w / n - withinSigmas(j + 1))).toBeLessThan(0.01));
    expect(sum / n).toBeCloseTo(1.5, 1);
    expect(Math.sqrt(sumSq / n - (sum / n) ** 2)).toBeCloseTo(0.8, 1);
    // Bins cover ±4σ: only about 0.006 % fall outside.
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(n * 0.999);
    // The two central bins (σ/4 wide) hold about 2 × Φ(0.25) − 1 ≈ 19.7 % of the draws.
    const central = counts[histogram.bins / 2 - 1]! + counts[histogram.bins / 2]!;
    expect(central / n).toBeCloseTo(withinSigmas(0.25), 1);
  });

  it('is reproducible for a seed and leaves no tensor behind', () => {
    const before = tf.memory().numTensors;
    const a = sampleBatch(tf, 0, 1, 200, 7);
    const b = sampleBatch(tf, 0, 1, 200, 7);
    const c = sampleBatch(tf, 0, 1, 200, 8);
    expect(b).toEqual(a);
    expect(c.sum).not.toBe(a.sum);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('Bayes diagnostic test', () => {
  it('gives the textbook posterior P(M|+) = P(+|M)P(M)/P(+)', () => {
    // 1 % prevalence, 90 % sensitivity, 91 % specificity: P(M|+) = 0.009 / (0.009 + 0.0891).
    const r = bayes({ prevalence: 0.01, sensitivity: 0.9, specificity: 0.91 }, 1000);
    expect(r.pPositive).toBeCloseTo(0.0981, 12);
    expect(r.posterior!).toBeCloseTo(0.009 / 0.0981, 12);
    expect(r.negativePredictive!).toBeCloseTo((0.91 * 0.99) / (0.1 * 0.01 + 0.91 * 0.99), 12);
  });

  it('builds a frequency tree whose leaves add up and give the same posterior', () => {
    const r = bayes({ prevalence: 0.2, sensitivity: 0.75, specificity: 0.6 }, 10_000);
    expect(r.sick + r.healthy).toBeCloseTo(10_000, 9);
    expect(r.truePositive + r.falseNegative).toBeCloseTo(r.sick, 9);
    expect(r.falsePositive + r.trueNegative).toBeCloseTo(r.healthy, 9);
    expect(r.truePositive).toBeCloseTo(1500, 9);
    expect(r.falsePositive).toBeCloseTo(3200, 9);
    expect(r.posterior!).toBeCloseTo(r.truePositive / (r.truePositive + r.falsePositive), 12);
    expect(r.pPositive).toBeCloseTo((r.truePositive + r.falsePositive) / 10_000, 12);
  });

  it('says "undefined" (null), never NaN, when nobody can test positive or negative', () => {
    const none = bayes({ prevalence: 0, sensitivity: 0.9, specificity: 1 }, 1000);
    expect(none.pPositive).toBe(0);
    expect(none.posterior).toBeNull();
    expect(none.negativePredictive).toBe(1);
    const all = bayes({ prevalence: 1, sensitivity: 1, specificity: 0.5 }, 1000);
    expect(all.negativePredictive).toBeNull();
    expect(all.posterior).toBe(1);
  });

  it('with a perfect test, the posterior is 1; with a useless one, it is the prior', () => {
    expect(bayes({ prevalence: 0.03, sensitivity: 1, specificity: 1 }, 100).posterior).toBe(1);
    expect(bayes({ prevalence: 0.03, sensitivity: 0.7, specificity: 0.3 }, 100).posterior!).toBeCloseTo(0.03, 12);
  });
});
