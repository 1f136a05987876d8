/**
 * The convolution page's text against the model: « Ce que vous voyez » at the defaults
 * and each « Essayez » link's promise.
 */
import { describe, expect, it } from 'vitest';
import { lesson, spec } from '../../src/islands/convolution/lesson';
import {
  convolve,
  coverage,
  covered,
  makeInput,
  makeKernel,
  outputSize,
  type ConvParams,
} from '../../src/islands/convolution/model';
import { defaults, experimentState, type StateOf } from '../../src/islands/shared/state';

const params = (s: StateOf<typeof spec>): ConvParams => ({ H: s.h, k: s.ks, p: s.p, s: s.s });
const experiment = (id: string) => params(experimentState(spec, lesson.find((e) => e.id === id)!));
/** Rows of the padded input that no kernel position reads. */
const unread = (c: ConvParams) => Array.from({ length: c.H + 2 * c.p }, (_, r) => r).filter((r) => !covered(c, r));

describe('convolution: the defaults do what « Ce que vous voyez » says', () => {
  const state = defaults(spec);
  const c = params(state);

  it('6 × 6 input, 3 × 3 kernel, no padding, stride 1: a 4 × 4 output, 16 positions', () => {
    expect(c).toEqual({ H: 6, k: 3, p: 0, s: 1 });
    expect(outputSize(c)).toBe(4);
    const out = convolve(makeInput(state.seed, 6), makeKernel(state.seed, 3), 0, 1);
    expect(out.flat()).toHaveLength(16);
  });

  it('each cell is the sum of the products over its window; no row is lost', () => {
    const input = makeInput(state.seed, 6);
    const kernel = makeKernel(state.seed, 3);
    const out = convolve(input, kernel, 0, 1);
    let sum = 0;
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) sum += input[1 + i]![2 + j]! * kernel[i]![j]!;
    expect(out[1]![2]).toBeCloseTo(sum, 9);
    expect(coverage(c).discarded).toBe(0);
    expect(unread(c)).toEqual([]);
  });
});

describe('convolution: each « Essayez » link keeps its promise', () => {
  it('p = 1: the output keeps the input’s size, 6 × 6', () => {
    const c = experiment('meme-taille');
    expect(c).toEqual({ H: 6, k: 3, p: 1, s: 1 });
    expect(outputSize(c)).toBe(6);
  });

  it('H = 7, s = 2: a 3 × 3 output, every row read', () => {
    const c = experiment('stride-2');
    expect(outputSize(c)).toBe(3);
    expect(unread(c)).toEqual([]);
  });

  it('H = 7, s = 3: a 2 × 2 output, the last row never read', () => {
    const c = experiment('stride-3');
    expect(outputSize(c)).toBe(2);
    expect(unread(c)).toEqual([6]);
    expect(coverage(c).discarded).toBe(1);
  });
});
