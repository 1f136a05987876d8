/**
 * 2-D convolution (formula "convolution-2d"): the output size
 * ⌊(H + 2p − k)/s⌋ + 1, the output by the seed's sum
 * Output[i, j] = Σₘ Σₙ Input[i·s + m, j·s + n] · Kernel[m, n] on the zero-padded input,
 * the same by TF.js's conv2d (which, like the formula, does not flip the kernel), and
 * which rows and columns of the padded input no kernel position ever reaches (the
 * discarded border). Pure: no DOM.
 */
import type * as TF from '@tensorflow/tfjs-core';
import { random } from '../shared/state';

export interface ConvParams {
  /** Input size H (square input H × H). */
  H: number;
  /** Kernel size k. */
  k: number;
  /** Padding p: zeros added on each side. */
  p: number;
  /** Stride s. */
  s: number;
}

export const limits = { H: [3, 12], k: [1, 7], p: [0, 3], s: [1, 4] } as const;

/** ⌊(H + 2p − k)/s⌋ + 1, or 0 when the kernel is larger than the padded input. */
export function outputSize({ H, k, p, s }: ConvParams): number {
  if (k > H + 2 * p) return 0;
  return Math.floor((H + 2 * p - k) / s) + 1;
}

/** The kernel may not exceed the padded input: k is lowered to H + 2p when needed (and said so by the caller). */
export function clampParams(c: ConvParams): ConvParams {
  const clamp = (v: number, [lo, hi]: readonly [number, number]) =>
    Math.min(hi, Math.max(lo, Math.round(Number.isFinite(v) ? v : lo)));
  const H = clamp(c.H, limits.H);
  const p = clamp(c.p, limits.p);
  const s = clamp(c.s, limits.s);
  const k = Math.min(clamp(c.k, limits.k), H + 2 * p);
  return { H, k, p, s };
}

/** An H × H input of small integers (0 to 9), always the same for a seed, so that sums can be checked by hand. */
export function makeInput(seed: number, H: number): number[][] {
  const u = random(seed);
  return Array.from({ length: H }, () => Array.from({ length: H }, () => Math.floor(u() * 10)));
}

/** A k × k kernel of −1, 0 and 1, always the same for a seed and a size. */
export function makeKernel(seed: number, k: number): number[][] {
  const u = random(seed * 31 + k);
  return Array.from({ length: k }, () => Array.from({ length: k }, () => Math.floor(u() * 3) - 1));
}

/** The input with p rows and columns of zeros on every side. */
export function pad(input: number[][], p: number): number[][] {
  const H = input.length;
  const zeros = () => Array.from({ length: H + 2 * p }, () => 0);
  return [
    ...Array.from({ length: p }, zeros),
    ...input.map((row) => [...Array(p).fill(0), ...row, ...Array(p).fill(0)]),
    ...Array.from({ length: p }, zeros),
  ];
}

/** The seed's sum, written out: Output[i, j] = Σₘ Σₙ Input[i·s + m, j·s + n] · Kernel[m, n] on the padded input. */
export function convolve(input: number[][], kernel: number[][], p: number, s: number): number[][] {
  const padded = pad(input, p);
  const k = kernel.length;
  const n = outputSize({ H: input.length, k, p, s });
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      let sum = 0;
      for (let m = 0; m < k; m++) for (let q = 0; q < k; q++) sum += padded[i * s + m]![j * s + q]! * kernel[m]![q]!;
      return sum;
    }),
  );
}

/** The same output by tf.conv2d (explicit zero padding p, stride s): its shape and values. */
export function convolveTF(
  tf: typeof TF,
  input: number[][],
  kernel: number[][],
  p: number,
  s: number,
): { shape: number[]; values: number[][] } {
  const H = input.length;
  const k = kernel.length;
  return tf.tidy(() => {
    const x = tf.tensor4d(input.flat(), [1, H, H, 1]);
    const w = tf.tensor4d(kernel.flat(), [k, k, 1, 1]);
    const y = tf.conv2d(
      x,
      w,
      [s, s],
      [
        [0, 0],
        [p, p],
        [p, p],
        [0, 0],
      ],
    );
    const [, oh, ow] = y.shape;
    const flat = y.dataSync();
    return {
      shape: [oh, ow],
      values: Array.from({ length: oh }, (_, i) => Array.from(flat.slice(i * ow, (i + 1) * ow))),
    };
  });
}

/**
 * How far the kernel reaches in the padded input: positions (out − 1)·s + k; the
 * (H + 2p) − that rows (and columns) at the bottom (and right) are never read.
 */
export function coverage(c: ConvParams): { padded: number; used: number; discarded: number } {
  const padded = c.H + 2 * c.p;
  const n = outputSize(c);
  const used = n === 0 ? 0 : (n - 1) * c.s + c.k;
  return { padded, used, discarded: padded - used };
}

/** Whether row (or column) r of the padded input is under at least one kernel position (with s > k, some rows in between are skipped too). */
export function covered(c: ConvParams, r: number): boolean {
  const n = outputSize(c);
  for (let i = 0; i < n; i++) if (r >= i * c.s && r < i * c.s + c.k) return true;
  return false;
}

/**
 * The sentence above the figures: the output size by the formula, the shape of the tensor
 * tf.conv2d computed (`tfShape`, [height, width]; before TF.js has run, a placeholder of about
 * the same length, so that the page built with the default state does not move when the demo
 * starts), and the border the kernel never reads. `corrected` is put first when the kernel size
 * had to be reduced.
 */
export function sizeSentence(c: ConvParams, tfShape?: readonly number[], corrected = ''): string {
  const n = outputSize(c);
  const { discarded } = coverage(c);
  const shape = tfShape
    ? // No-break spaces: a shape never wraps in the middle ("[1, 4," then "4, 1]").
      `[1,\u00a0${tfShape.join(',\u00a0')},\u00a01] ${tfShape[0] === n && tfShape[1] === n ? '(la même)' : '(différente\u00a0!)'}`
    : 'en cours de calcul';
  return (
    `${corrected}Taille de sortie : ⌊(H + 2p − k)/s⌋ + 1 = ⌊(${c.H} + ${2 * c.p} − ${c.k})/${c.s}⌋ + 1 = ${n}. ` +
    `Forme du tenseur calculé par tf.conv2d : ${shape}. ` +
    (discarded > 0
      ? `(H + 2p − k) = ${c.H + 2 * c.p - c.k} n’est pas un multiple de s = ${c.s} : la partie entière écarte les ${discarded} dernière${discarded > 1 ? 's' : ''} ligne${discarded > 1 ? 's' : ''} et colonne${discarded > 1 ? 's' : ''}, que le noyau ne lit jamais (hachurées).`
      : 'Le noyau atteint le bord : aucune ligne n’est écartée.')
  );
}

/** A cell value as the page writes it, with a real minus sign. */
export const signed = (v: number) => (v < 0 ? `−${Math.abs(v)}` : String(v));

/** The sum line before the first step: also written into the page at build time. */
export const firstSum =
  'Appuyez sur « Un pas » : le noyau se pose en haut à gauche et calcule la première case de la sortie.';
