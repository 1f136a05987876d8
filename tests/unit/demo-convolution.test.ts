import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  clampParams,
  convolve,
  convolveTF,
  coverage,
  covered,
  limits,
  makeInput,
  makeKernel,
  outputSize,
} from '../../src/islands/convolution/model';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('2-D convolution model', () => {
  it('gives floor((H + 2p − k)/s) + 1, equal to the shape of tf.conv2d, for every H, k, p, s of the demo', () => {
    let cases = 0;
    for (let H = limits.H[0]; H <= limits.H[1]; H++)
      for (let k = limits.k[0]; k <= limits.k[1]; k++)
        for (let p = limits.p[0]; p <= limits.p[1]; p++)
          for (let s = limits.s[0]; s <= limits.s[1]; s++) {
            if (k > H + 2 * p) continue;
            const n = outputSize({ H, k, p, s });
            expect(n).toBe(Math.floor((H + 2 * p - k) / s) + 1);
            const { shape } = convolveTF(tf, makeInput(1, H), makeKernel(1, k), p, s);
            expect(shape, `H=${H} k=${k} p=${p} s=${s}`).toEqual([n, n]);
            cases++;
          }
    expect(cases).toBeGreaterThan(1000);
  });

  it('computes Output[i, j] = Σ Σ Input[i·s + m, j·s + n]·Kernel[m, n] as tf.conv2d does', () => {
    for (const [H, k, p, s] of [
      [6, 3, 0, 1],
      [7, 3, 1, 2],
      [5, 2, 2, 3],
      [12, 7, 3, 4],
      [4, 1, 0, 1],
    ] as const) {
      const input = makeInput(9, H);
      const kernel = makeKernel(9, k);
      expect(convolveTF(tf, input, kernel, p, s).values).toEqual(convolve(input, kernel, p, s));
    }
    // One value by hand: no padding, stride 1.
    const out = convolve(
      [
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ],
      [
        [1, 0],
        [0, -1],
      ],
      0,
      1,
    );
    expect(out).toEqual([
      [1 - 5, 2 - 6],
      [4 - 8, 5 - 9],
    ]);
  });

  it('leaves no tensor behind', () => {
    const before = tf.memory().numTensors;
    convolveTF(tf, makeInput(2, 8), makeKernel(2, 3), 1, 2);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('finds the discarded border: what the last kernel position does not reach', () => {
    // H = 7, k = 3, s = 2: positions 0, 2, 4 reach row 6: nothing lost. With s = 3: positions 0, 3 reach row 5: one row lost.
    expect(coverage({ H: 7, k: 3, p: 0, s: 2 }).discarded).toBe(0);
    expect(coverage({ H: 7, k: 3, p: 0, s: 3 })).toEqual({ padded: 7, used: 6, discarded: 1 });
    expect(covered({ H: 7, k: 3, p: 0, s: 3 }, 6)).toBe(false);
    // Stride larger than the kernel: rows in between are skipped too.
    expect(covered({ H: 8, k: 1, p: 0, s: 3 }, 1)).toBe(false);
    expect(covered({ H: 8, k: 1, p: 0, s: 3 }, 3)).toBe(true);
    for (let H = 3; H <= 12; H++)
      for (let s = 1; s <= 4; s++) {
        const c = { H, k: 3, p: 1, s };
        expect(coverage(c).discarded).toBe((H + 2 - 3) % s);
      }
  });

  it('clamps the parameters: k never exceeds H + 2p, values stay in range', () => {
    expect(clampParams({ H: 3, k: 7, p: 0, s: 1 })).toEqual({ H: 3, k: 3, p: 0, s: 1 });
    expect(clampParams({ H: 3, k: 7, p: 2, s: 1 }).k).toBe(7);
    expect(clampParams({ H: 99, k: 0, p: -1, s: 9 })).toEqual({ H: 12, k: 1, p: 0, s: 4 });
    expect(clampParams({ H: NaN, k: 3, p: 0, s: 1 }).H).toBe(3);
    expect(outputSize({ H: 3, k: 5, p: 0, s: 1 })).toBe(0);
  });

  it('draws reproducible inputs and kernels from a seed', () => {
    expect(makeInput(4, 6)).toEqual(makeInput(4, 6));
    expect(makeInput(4, 6)).not.toEqual(makeInput(5, 6));
    expect(
      makeKernel(4, 3)
        .flat()
        .every((v) => v >= -1 && v <= 1 && Number.isInteger(v)),
    ).toBe(true);
  });
});
