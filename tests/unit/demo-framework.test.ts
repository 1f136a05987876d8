import { describe, expect, it } from 'vitest';
import { findDivergence } from '../../src/islands/shared/guard';
import { formatTick, fr } from '../../src/islands/shared/plot';
import {
  choice,
  maxSeed,
  nextSeed,
  num,
  parseState,
  points,
  random,
  seed,
  seedFrom,
  serializeState,
} from '../../src/islands/shared/state';
import { islandFor } from '../../src/lib/demo-islands';

const spec = {
  lr: num(0.01, 1.5, 0.1, { digits: 2 }),
  seed: seed(7),
  mode: choice(['a', 'b'] as const, 'a'),
  pts: points(-1, 1, 3),
};

describe('demo URL state', () => {
  it('gives the defaults for an empty hash', () => {
    expect(parseState(spec, '')).toEqual({ state: { lr: 0.1, seed: 7, mode: 'a', pts: null }, notes: [] });
  });

  it('reads a valid hash, with or without #', () => {
    const { state, notes } = parseState(spec, '#lr=0.5&seed=42&mode=b&pts=0.1,0.2;-0.3,0.4');
    expect(state).toEqual({
      lr: 0.5,
      seed: 42,
      mode: 'b',
      pts: [
        { x: 0.1, y: 0.2 },
        { x: -0.3, y: 0.4 },
      ],
    });
    expect(notes).toEqual([]);
    expect(parseState(spec, 'lr=0.5').state.lr).toBe(0.5);
  });

  it('clamps every out-of-range or unreadable field, and says so', () => {
    const { state, notes } = parseState(spec, 'lr=99&seed=0&mode=zzz&pts=5,-7;abc;0.1;1,1,1;0.5,0.5;0.2,0.2;0.3,0.3');
    expect(state.lr).toBe(1.5);
    expect(state.seed).toBe(1);
    expect(state.mode).toBe('a');
    // Unreadable pairs dropped, coordinates clamped, at most 3 points.
    expect(state.pts).toEqual([
      { x: 1, y: -1 },
      { x: 0.5, y: 0.5 },
      { x: 0.2, y: 0.2 },
    ]);
    expect(notes.length).toBe(4);
    expect(notes.join(' ')).toMatch(/lr.*99.*1.5/);
  });

  it('never yields a seed of 0 (TF.js treats 0 as unseeded) nor a non-integer seed', () => {
    for (const raw of ['0', '-5', '0.4', 'NaN', 'Infinity', '']) {
      const s = parseState(spec, `seed=${raw}`).state.seed;
      expect(s).toBeGreaterThanOrEqual(1);
      expect(Number.isInteger(s)).toBe(true);
    }
    expect(parseState(spec, 'seed=12.6').state.seed).toBe(13);
  });

  it('round-trips through serializeState, leaving defaults out', () => {
    const state = { lr: 0.37, seed: 9, mode: 'b' as const, pts: [{ x: 0.125, y: -1 }] };
    const hash = serializeState(spec, state);
    expect(hash).toBe('lr=0.37&seed=9&mode=b&pts=0.125,-1');
    expect(parseState(spec, hash).state).toEqual(state);
    expect(serializeState(spec, { lr: 0.1, seed: 7, mode: 'a', pts: null })).toBe('');
  });

  it('draws the same numbers for the same seed, different ones for another', () => {
    const a = random(5);
    const b = random(5);
    const c = random(6);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect([c(), c(), c()]).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('seed fields', () => {
  it('reads what a reader typed as a seed in [1, maxSeed], never 0', () => {
    expect(seedFrom('42')).toBe(42);
    expect(seedFrom('41.6')).toBe(42);
    expect(seedFrom('0')).toBe(1);
    expect(seedFrom('-5')).toBe(1);
    expect(seedFrom('abc')).toBe(1);
    expect(seedFrom('1e9')).toBe(maxSeed);
  });
  it('draws anew with the next seed, wrapping to 1 after the largest', () => {
    expect(nextSeed(1)).toBe(2);
    expect(nextSeed(maxSeed)).toBe(1);
  });
});

describe('divergence guard', () => {
  it('passes finite states and names the first diverged number', () => {
    expect(findDivergence({ w: 1, b: -2, hist: [1, 2], optimum: null, label: 'x' })).toBeUndefined();
    expect(findDivergence({ w: 1, params: { b: NaN } })).toBe('params.b');
    expect(findDivergence({ hist: [1, Infinity] })).toBe('hist[1]');
    expect(findDivergence({ loss: 1e20 })).toBe('loss');
  });
});

describe('numbers in French', () => {
  it('writes decimals with a comma, large and tiny numbers as powers of ten, and never NaN', () => {
    expect(fr(0.125)).toBe('0,125');
    // Narrow no-break spaces around "×": "2,49 × 10⁻⁹" never wraps in the middle.
    expect(fr(1.01e7)).toBe('1,01\u202f×\u202f10⁷');
    expect(fr(1e6, 0)).toBe('1,00\u202f×\u202f10⁶');
    expect(fr(-2.5e-12)).toBe('−2,50\u202f×\u202f10⁻¹²');
    expect(fr(2.49e-9)).not.toMatch(/[ \t]/);
    expect(fr(1234567.5)).not.toMatch(/[ \t]/);
    expect(fr(-0)).toBe('0');
    // The minus sign, not a hyphen: "−0,272" as in print.
    expect(fr(-0.2724)).toBe('−0,272');
    expect(formatTick(-0.5)).toBe('−0,5');
    expect(fr(Number.NaN)).toBe('non fini');
    expect(fr(Number.POSITIVE_INFINITY)).toBe('non fini');
  });
  it('labels axis ticks in French, powers of ten as such', () => {
    expect(formatTick(0.5)).toBe('0,5');
    expect(formatTick(1e-3)).toBe('10⁻³');
    expect(formatTick(5e-4)).toBe('5 × 10⁻⁴');
    expect(formatTick(1e5)).toBe('10⁵');
    expect(formatTick(-1e-3)).toBe('−10⁻³');
  });
});

describe('island lookup', () => {
  const modules = {
    '../../islands/k-means/Demo.astro': { default: 'K' },
    '../../islands/regression-lineaire/Demo.astro': { default: 'R' },
  };
  it('finds the island by its folder', () => {
    expect(islandFor(modules, 'regression-lineaire', 'content/demos/regression-lineaire.mdx')).toBe('R');
  });
  it('fails naming the content file and the missing island', () => {
    expect(() => islandFor(modules, 'k-mean', 'content/demos/k-mean.mdx')).toThrow(
      'content/demos/k-mean.mdx: no island for demo "k-mean": create src/islands/k-mean/Demo.astro',
    );
  });
});
