/**
 * Normal law and Bayes (formulas "loi-normale" and "theoreme-de-bayes"):
 * the density N(μ, σ²), the probability of the ±1/2/3σ bands, samples drawn by
 * TF.js and binned into a histogram, and a diagnostic test read through Bayes'
 * theorem as a tree of natural frequencies. Pure: no DOM, tested in
 * tests/unit/demo-loi-normale-bayes.test.ts.
 */
import type * as TF from '@tensorflow/tfjs-core';

/** f(x) = exp(−(x−μ)²/(2σ²)) / √(2πσ²). */
export function pdf(x: number, mu: number, sigma: number): number {
  return Math.exp(-((x - mu) ** 2) / (2 * sigma * sigma)) / Math.sqrt(2 * Math.PI * sigma * sigma);
}

/** The same density on a tensor of x, with TF.js ops (checked against pdf()). */
export function pdfTensor(tf: typeof TF, xs: TF.Tensor, mu: number, sigma: number): TF.Tensor {
  return tf.tidy(() =>
    xs
      .sub(mu)
      .square()
      .div(-2 * sigma * sigma)
      .exp()
      .div(Math.sqrt(2 * Math.PI * sigma * sigma)),
  );
}

/**
 * erf(x) by its Maclaurin series for |x| ≤ 3 and its asymptotic continued
 * fraction beyond: accurate to about 1e-12 on the values the demo uses.
 */
export function erf(x: number): number {
  const a = Math.abs(x);
  let r: number;
  if (a <= 3) {
    // erf(x) = 2/√π Σ (−1)ⁿ x^(2n+1) / (n! (2n+1))
    let term = a;
    let sum = a;
    for (let n = 1; n < 100; n++) {
      term *= (-a * a) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    r = (2 / Math.sqrt(Math.PI)) * sum;
  } else {
    // erfc(x) = exp(−x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + …))))
    let f = a;
    for (let n = 60; n >= 1; n--) f = a + n / 2 / f;
    r = 1 - Math.exp(-a * a) / Math.sqrt(Math.PI) / f;
  }
  return x < 0 ? -r : r;
}

/** P(|X − μ| ≤ kσ) for X ~ N(μ, σ²): erf(k/√2), whatever μ and σ. */
export const withinSigmas = (k: number): number => erf(k / Math.SQRT2);

/** Histogram of the samples over μ ± 4σ. */
export const histogram = { bins: 32, halfWidth: 4 } as const;

export interface SampleBatch {
  /** Counts per bin over [μ − 4σ, μ + 4σ) (32 bins of σ/4); values outside are in no bin. */
  counts: number[];
  /** How many samples fall within ±1σ, ±2σ, ±3σ of μ. */
  within: [number, number, number];
  sum: number;
  sumSq: number;
  n: number;
}

/**
 * Draws `n` values of N(μ, σ²) with TF.js (seeded, so a step is reproducible) and
 * bins them. Only a few numbers are read back; no tensor is left behind.
 */
export function sampleBatch(tf: typeof TF, mu: number, sigma: number, n: number, seed: number): SampleBatch {
  const { bins, halfWidth } = histogram;
  const out = tf.tidy(() => {
    const x = tf.randomNormal([n], mu, sigma, 'float32', seed);
    const z = x.sub(mu).div(sigma);
    // Bin of each value, shifted by one so that values below the range fall in 0 and
    // values above in bins + 1 (bincount refuses negatives); both ends are dropped.
    const index = z
      .add(halfWidth)
      .mul(bins / (2 * halfWidth))
      .floor()
      .add(1)
      .clipByValue(0, bins + 1)
      .toInt();
    const counts = tf
      .bincount(index as TF.Tensor1D, tf.tensor1d([], 'float32'), bins + 2)
      .slice([1], [bins])
      .toFloat();
    const absZ = z.abs();
    const within = tf.stack([1, 2, 3].map((k) => absZ.lessEqual(k).toFloat().sum()));
    return tf.concat([counts, within, tf.stack([x.sum(), x.square().sum()])]);
  });
  const v = Array.from(out.dataSync());
  out.dispose();
  return {
    counts: v.slice(0, bins),
    within: [v[bins]!, v[bins + 1]!, v[bins + 2]!],
    sum: v[bins + 3]!,
    sumSq: v[bins + 4]!,
    n,
  };
}

export interface DiagnosticTest {
  /** P(M): share of the population that has the condition, in [0, 1]. */
  prevalence: number;
  /** P(+|M): probability that the test is positive for someone who has it. */
  sensitivity: number;
  /** P(−|non M): probability that the test is negative for someone who has not. */
  specificity: number;
}

export interface BayesResult {
  /** Expected counts in a population of `population` people (natural frequencies, not rounded). */
  sick: number;
  healthy: number;
  truePositive: number;
  falseNegative: number;
  falsePositive: number;
  trueNegative: number;
  /** P(+) = P(+|M)P(M) + P(+|non M)P(non M), the denominator of Bayes' formula. */
  pPositive: number;
  /** P(M|+) = P(+|M)P(M) / P(+); null when P(+) = 0 (no one tests positive: undefined). */
  posterior: number | null;
  /** P(non M|−); null when P(−) = 0. */
  negativePredictive: number | null;
}

/** Bayes' theorem with A = "has the condition", B = "tests positive", and its frequency tree. */
export function bayes(
  { prevalence: p, sensitivity: se, specificity: sp }: DiagnosticTest,
  population: number,
): BayesResult {
  const pPositive = se * p + (1 - sp) * (1 - p);
  const pNegative = (1 - se) * p + sp * (1 - p);
  const sick = population * p;
  const healthy = population - sick;
  return {
    sick,
    healthy,
    truePositive: sick * se,
    falseNegative: sick * (1 - se),
    falsePositive: healthy * (1 - sp),
    trueNegative: healthy * sp,
    pPositive,
    posterior: pPositive > 0 ? (se * p) / pPositive : null,
    negativePredictive: pNegative > 0 ? (sp * (1 - p)) / pNegative : null,
  };
}
