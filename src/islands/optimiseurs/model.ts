/**
 * Optimisers (formula "optimiseurs") racing on two surfaces of two parameters θ = (x, y):
 * SGD      θ ← θ − α∇L
 * momentum v = βv + (1 − β)∇L, θ ← θ − αv
 * Adam     momentum on the gradient and on its square (RMSprop), with bias correction.
 * Pure: no DOM. The gradients come from TF.js (`tf.grad`), the updates are plain
 * numbers so that one step can be checked against the formulas exactly.
 */
import type * as TF from '@tensorflow/tfjs-core';

export type Vec2 = [number, number];
export type Surface = 'bol' | 'rosenbrock';

/** Where each surface starts the race, its minimum and the view drawn around it. */
export const surfaces: Record<
  Surface,
  { start: Vec2; minimum: Vec2; x: [number, number]; y: [number, number]; levels: number[] }
> = {
  // An elongated bowl (curvatures 1 and 10): SGD zigzags across the narrow direction.
  bol: { start: [-4, 1.5], minimum: [0, 0], x: [-5, 5], y: [-3, 3], levels: [0.05, 0.25, 1, 2.5, 5, 10, 20] },
  // The banana-shaped valley of Rosenbrock: easy to enter, slow to follow to (1, 1).
  rosenbrock: { start: [-1.5, 2], minimum: [1, 1], x: [-2, 2], y: [-1, 3], levels: [0.1, 0.5, 2, 8, 32, 128, 512] },
};

/** L(x, y) in plain numbers: bowl ½x² + 5y², Rosenbrock (1 − x)² + 100(y − x²)². */
export function loss(surface: Surface, [x, y]: Vec2): number {
  return surface === 'bol' ? 0.5 * x * x + 5 * y * y : (1 - x) ** 2 + 100 * (y - x * x) ** 2;
}

/** ∇L in closed form (for the tests and the contour-free checks). */
export function gradientClosedForm(surface: Surface, [x, y]: Vec2): Vec2 {
  return surface === 'bol' ? [x, 10 * y] : [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)];
}

/** L for a batch of points [n, 2] as a TF.js tensor [n]. */
function lossTensor(tf: typeof TF, surface: Surface, theta: TF.Tensor2D): TF.Tensor1D {
  const x = theta.slice([0, 0], [-1, 1]).reshape([-1]);
  const y = theta.slice([0, 1], [-1, 1]).reshape([-1]);
  if (surface === 'bol') return x.square().mul(0.5).add(y.square().mul(5)) as TF.Tensor1D;
  return tf.scalar(1).sub(x).square().add(y.sub(x.square()).square().mul(100)) as TF.Tensor1D;
}

/** ∇L at several points at once, by TF.js automatic differentiation; no tensor survives. */
export function gradients(tf: typeof TF, surface: Surface, points: Vec2[]): Vec2[] {
  return tf.tidy(() => {
    const g = tf.grad((t: TF.Tensor) => lossTensor(tf, surface, t as TF.Tensor2D).sum())(
      tf.tensor2d(points, [points.length, 2]),
    );
    const d = g.dataSync();
    return points.map((_, i): Vec2 => [d[2 * i]!, d[2 * i + 1]!]);
  });
}

/** SGD: θ ← θ − α∇L. */
export function sgdStep(theta: Vec2, grad: Vec2, alpha: number): Vec2 {
  return [theta[0] - alpha * grad[0], theta[1] - alpha * grad[1]];
}

/** Momentum: v = βv + (1 − β)∇L, θ ← θ − αv. */
export function momentumStep(theta: Vec2, v: Vec2, grad: Vec2, alpha: number, beta: number): { theta: Vec2; v: Vec2 } {
  const nv: Vec2 = [beta * v[0] + (1 - beta) * grad[0], beta * v[1] + (1 - beta) * grad[1]];
  return { theta: [theta[0] - alpha * nv[0], theta[1] - alpha * nv[1]], v: nv };
}

/** The demo's fixed choices for Adam's second moment (only β, shared with momentum, has a slider). */
export const adamBeta2 = 0.999;
export const adamEpsilon = 1e-8;

export interface AdamState {
  m: Vec2;
  s: Vec2;
  /** Steps done, for the bias correction 1 − βᵗ. */
  t: number;
}
/** Adam: momentum m on ∇L and s on ∇L² (RMSprop), both corrected for their start at zero; θ ← θ − α·m̂ / (√ŝ + ε). */
export function adamStep(
  theta: Vec2,
  st: AdamState,
  grad: Vec2,
  alpha: number,
  beta: number,
): { theta: Vec2; state: AdamState } {
  const t = st.t + 1;
  const m: Vec2 = [beta * st.m[0] + (1 - beta) * grad[0], beta * st.m[1] + (1 - beta) * grad[1]];
  const s: Vec2 = [
    adamBeta2 * st.s[0] + (1 - adamBeta2) * grad[0] ** 2,
    adamBeta2 * st.s[1] + (1 - adamBeta2) * grad[1] ** 2,
  ];
  const c1 = 1 - beta ** t;
  const c2 = 1 - adamBeta2 ** t;
  const move = (j: 0 | 1) => (alpha * (m[j] / c1)) / (Math.sqrt(s[j] / c2) + adamEpsilon);
  return { theta: [theta[0] - move(0), theta[1] - move(1)], state: { m, s, t } };
}

export interface Race {
  sgd: Vec2;
  momentum: Vec2;
  adam: Vec2;
  v: Vec2;
  adamState: AdamState;
}
export const startRace = (surface: Surface): Race => {
  const p = surfaces[surface].start;
  return { sgd: [...p], momentum: [...p], adam: [...p], v: [0, 0], adamState: { m: [0, 0], s: [0, 0], t: 0 } };
};

/** One step of all three optimisers, with one TF.js gradient call for the three points. */
export function raceStep(tf: typeof TF, surface: Surface, race: Race, alpha: number, beta: number): Race {
  const [gs, gm, ga] = gradients(tf, surface, [race.sgd, race.momentum, race.adam]) as [Vec2, Vec2, Vec2];
  const mom = momentumStep(race.momentum, race.v, gm, alpha, beta);
  const adam = adamStep(race.adam, race.adamState, ga, alpha, beta);
  return { sgd: sgdStep(race.sgd, gs, alpha), momentum: mom.theta, v: mom.v, adam: adam.theta, adamState: adam.state };
}

/**
 * Level sets L = c in closed form, as closed polylines:
 * bowl: the ellipse x = √(2c)·cos t, y = √(c/5)·sin t;
 * Rosenbrock: y = x² ± √((c − (1 − x)²)/100) for |1 − x| ≤ √c.
 */
export function contour(surface: Surface, c: number, n = 96): Vec2[] {
  if (surface === 'bol') {
    return Array.from({ length: n + 1 }, (_, i): Vec2 => {
      const t = (i / n) * 2 * Math.PI;
      return [Math.sqrt(2 * c) * Math.cos(t), Math.sqrt(c / 5) * Math.sin(t)];
    });
  }
  const r = Math.sqrt(c);
  // Points crowd near the ends, where the branches turn vertically.
  const xs = Array.from({ length: n + 1 }, (_, i) => 1 - r * Math.cos((i / n) * Math.PI));
  const half = (x: number) => Math.sqrt(Math.max(0, c - (1 - x) ** 2) / 100);
  const upper = xs.map((x): Vec2 => [x, x * x + half(x)]);
  const lower = [...xs].reverse().map((x): Vec2 => [x, x * x - half(x)]);
  return [...upper, ...lower];
}
