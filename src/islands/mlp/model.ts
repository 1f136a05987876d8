/**
 * A small multilayer perceptron on 2-D points (formulas "forward-pass" and
 * "backpropagation"), in the spirit of TensorFlow Playground: the data sets, the
 * initial weights, the forward pass z = W a + b, a = σ(z), full-batch gradient
 * descent with TF.js's autodiff, and the same gradients computed by hand with the
 * backpropagation formulas (δ = ∂L/∂z, ∂L/∂W = δ aᵀ, ∂L/∂b = δ), so that tests can
 * check one against the other. Pure: no DOM.
 */
import type * as TF from '@tensorflow/tfjs-core';
import { gaussian, random } from '../shared/state';

export type DatasetName = 'xor' | 'cercles' | 'spirales' | 'gaussiennes';
export type Activation = 'relu' | 'tanh' | 'sigmoid';
export const datasetNames: readonly DatasetName[] = ['xor', 'cercles', 'spirales', 'gaussiennes'];
export const activations: readonly Activation[] = ['relu', 'tanh', 'sigmoid'];

export interface Sample {
  x: number;
  y: number;
  /** Class: 1 or 0. */
  label: number;
}

/** One dense layer: W is out × in (as in z = W a + b), b has `out` entries. */
export interface Layer {
  W: number[][];
  b: number[];
}

const clamp1 = (v: number) => Math.min(1, Math.max(-1, v));
const r3 = (v: number) => Math.round(v * 1000) / 1000;

/**
 * `n` labelled points in [−1, 1]², half of each class, always the same for a seed.
 * XOR: the class is the sign of x·y; circles: a disc inside a ring; spirals: two
 * interleaved arms (the hardest, needs depth or width); Gaussians: two round clouds,
 * separable by a straight line (the easiest). `noise` is the standard deviation of the
 * Gaussian noise added to both coordinates (the Gaussians' own spread grows with it).
 */
export function makeDataset(name: DatasetName, seed: number, n = 200, noise = 0.05): Sample[] {
  const u = random(seed);
  const g = gaussian(u);
  const out: Sample[] = [];
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    let x: number;
    let y: number;
    if (name === 'xor') {
      // Keep a small margin around the axes, where the class flips.
      const sx = u() < 0.5 ? -1 : 1;
      const sy = label === 1 ? sx : -sx;
      x = sx * (0.08 + 0.87 * u());
      y = sy * (0.08 + 0.87 * u());
    } else if (name === 'cercles') {
      const angle = 2 * Math.PI * u();
      const radius = label === 1 ? 0.4 * u() : 0.65 + 0.3 * u();
      x = radius * Math.cos(angle);
      y = radius * Math.sin(angle);
    } else if (name === 'gaussiennes') {
      const centre = label === 1 ? 0.45 : -0.45;
      x = centre + 0.18 * g();
      y = centre + 0.18 * g();
    } else {
      const t = (Math.floor(i / 2) / (n / 2)) * 1.75 * 2 * Math.PI;
      const radius = 0.9 * (t / (3.5 * Math.PI) + 0.05);
      const angle = t + (label === 1 ? 0 : Math.PI);
      x = radius * Math.sin(angle);
      y = radius * Math.cos(angle);
    }
    out.push({ x: r3(clamp1(x + noise * g())), y: r3(clamp1(y + noise * g())), label });
  }
  return out;
}

/**
 * Splits the points into a training and a test set: a shuffle fixed by the seed, then the
 * first `trainPercent` % for training. Both sets keep the classes' mix of the shuffle.
 */
export function splitDataset(data: Sample[], trainPercent: number, seed: number): { train: Sample[]; test: Sample[] } {
  const u = random(seed * 31 + 7);
  const order = data.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const cut = Math.min(data.length - 1, Math.max(1, Math.round((data.length * trainPercent) / 100)));
  return { train: order.slice(0, cut).map((i) => data[i]!), test: order.slice(cut).map((i) => data[i]!) };
}

/** Layer sizes: 2 inputs, `depth` hidden layers of `width` neurons, 1 output. */
export const layerSizes = (width: number, depth: number): number[] => [
  2,
  ...Array.from({ length: depth }, () => width),
  1,
];

/**
 * Initial weights, reproducible from the seed (plain JS, so every backend starts
 * from the same numbers): Gaussian with variance 2/in for ReLU (He) and 1/in
 * otherwise (Xavier/LeCun), biases at 0.
 */
export function initLayers(seed: number, sizes: number[], activation: Activation): Layer[] {
  const g = gaussian(random(seed * 7919 + 13));
  const layers: Layer[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const fanIn = sizes[l - 1]!;
    const scale = Math.sqrt((activation === 'relu' ? 2 : 1) / fanIn);
    layers.push({
      W: Array.from({ length: sizes[l]! }, () => Array.from({ length: fanIn }, () => g() * scale)),
      b: Array.from({ length: sizes[l]! }, () => (activation === 'relu' ? 0.01 : 0)),
    });
  }
  return layers;
}

// ---- Plain-JS reference: forward pass and backpropagation by the formulas ----

const sigma = (z: number, act: Activation | 'linear'): number =>
  act === 'relu' ? Math.max(0, z) : act === 'tanh' ? Math.tanh(z) : act === 'sigmoid' ? 1 / (1 + Math.exp(-z)) : z;
/** σ'(z) */
const sigmaPrime = (z: number, act: Activation): number => {
  if (act === 'relu') return z > 0 ? 1 : 0;
  if (act === 'tanh') return 1 - Math.tanh(z) ** 2;
  const s = 1 / (1 + Math.exp(-z));
  return s * (1 - s);
};

/**
 * The forward pass for one input: z⁽ˡ⁾ = W⁽ˡ⁾ a⁽ˡ⁻¹⁾ + b⁽ˡ⁾ and a⁽ˡ⁾ = σ(z⁽ˡ⁾), the
 * last layer linear (its z is the logit; the probability is sigmoid(z)).
 */
export function forwardJS(
  layers: Layer[],
  input: [number, number],
  act: Activation,
): { zs: number[][]; as: number[][] } {
  const as: number[][] = [input];
  const zs: number[][] = [];
  layers.forEach((layer, l) => {
    const prev = as[as.length - 1]!;
    const z = layer.W.map((row, i) => row.reduce((s, w, j) => s + w * prev[j]!, layer.b[i]!));
    zs.push(z);
    as.push(z.map((v) => sigma(v, l === layers.length - 1 ? 'linear' : act)));
  });
  return { zs, as };
}

/** Binary cross-entropy from the logit z, written so that it never overflows: max(z, 0) − z·y + log(1 + e^−|z|). */
export const bceFromLogit = (z: number, y: number): number =>
  Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));

/** Σ w² over every weight (not the biases): the L2 penalty, λ times this, added to the loss. */
export const l2JS = (layers: Layer[]): number =>
  layers.reduce((s, l) => s + l.W.flat().reduce((t, w) => t + w * w, 0), 0);

/** Mean binary cross-entropy over the samples, plus λ Σ w² when λ > 0 (L2 regularisation). */
export function lossJS(layers: Layer[], data: Sample[], act: Activation, lambda = 0): number {
  let s = 0;
  for (const p of data) s += bceFromLogit(forwardJS(layers, [p.x, p.y], act).zs.at(-1)![0]!, p.label);
  return s / data.length + lambda * l2JS(layers);
}

/**
 * Gradients of the mean loss by backpropagation: for the output, δ⁽ᴸ⁾ = (sigmoid(z) − y)/m;
 * then δ⁽ˡ⁾ = (W⁽ˡ⁺¹⁾)ᵀ δ⁽ˡ⁺¹⁾ ⊙ σ'(z⁽ˡ⁾); ∂L/∂W⁽ˡ⁾ = Σ δ⁽ˡ⁾ (a⁽ˡ⁻¹⁾)ᵀ and ∂L/∂b⁽ˡ⁾ = Σ δ⁽ˡ⁾ over the samples;
 * the L2 penalty λ Σ w² adds 2λW to each weight's gradient.
 */
export function backpropJS(layers: Layer[], data: Sample[], act: Activation, lambda = 0): Layer[] {
  const grads: Layer[] = layers.map((L) => ({
    W: L.W.map((row) => row.map((w) => 2 * lambda * w)),
    b: L.b.map(() => 0),
  }));
  const m = data.length;
  for (const p of data) {
    const { zs, as } = forwardJS(layers, [p.x, p.y], act);
    const zL = zs.at(-1)![0]!;
    let delta = [(1 / (1 + Math.exp(-zL)) - p.label) / m];
    for (let l = layers.length - 1; l >= 0; l--) {
      const aPrev = as[l]!;
      grads[l]!.W.forEach((row, i) => row.forEach((_, j) => (row[j]! += delta[i]! * aPrev[j]!)));
      delta.forEach((d, i) => (grads[l]!.b[i]! += d));
      if (l > 0) {
        const W = layers[l]!.W;
        delta = zs[l - 1]!.map((z, j) => W.reduce((s, row, i) => s + row[j]! * delta[i]!, 0) * sigmaPrime(z, act));
      }
    }
  }
  return grads;
}

// ---- TF.js: what the demo runs ----

/** The network's parameters as tensors, kept between steps (the caller disposes them). */
export interface Net {
  Ws: TF.Tensor2D[];
  bs: TF.Tensor1D[];
}

export const toNet = (tf: typeof TF, layers: Layer[]): Net => ({
  Ws: layers.map((l) => tf.tensor2d(l.W)),
  bs: layers.map((l) => tf.tensor1d(l.b)),
});
export const fromNet = (net: Net): Layer[] =>
  net.Ws.map((W, l) => ({ W: W.arraySync() as number[][], b: Array.from(net.bs[l]!.dataSync()) }));
export const disposeNet = (tf: typeof TF, net: Net | undefined) => {
  if (net) tf.dispose([...net.Ws, ...net.bs]);
};

const activate = (tf: typeof TF, z: TF.Tensor, act: Activation) =>
  act === 'relu' ? tf.relu(z) : act === 'tanh' ? tf.tanh(z) : tf.sigmoid(z);

/** Every layer's output for a batch X (m × 2): the hidden activations a⁽ˡ⁾ (m × width), then the logits (m × 1). Rows are samples, so z = a Wᵀ + b. */
export function forwardLayers(
  tf: typeof TF,
  Ws: TF.Tensor2D[],
  bs: TF.Tensor1D[],
  X: TF.Tensor2D,
  act: Activation,
): TF.Tensor2D[] {
  const out: TF.Tensor2D[] = [];
  let a: TF.Tensor2D = X;
  Ws.forEach((W, l) => {
    const z = tf.add(tf.matMul(a, W, false, true), bs[l]!) as TF.Tensor2D;
    a = l === Ws.length - 1 ? z : (activate(tf, z, act) as TF.Tensor2D);
    out.push(a);
  });
  return out;
}

/** Logits for a batch X (m × 2). */
export function logits(
  tf: typeof TF,
  Ws: TF.Tensor2D[],
  bs: TF.Tensor1D[],
  X: TF.Tensor2D,
  act: Activation,
): TF.Tensor1D {
  return tf.reshape(forwardLayers(tf, Ws, bs, X, act).at(-1)!, [-1]) as TF.Tensor1D;
}

/** λ Σ w² over the weight matrices (not the biases). */
const l2Penalty = (tf: typeof TF, Ws: TF.Tensor[], lambda: number): TF.Scalar =>
  tf.mul(tf.addN(Ws.map((W) => tf.sum(tf.square(W)))), lambda) as TF.Scalar;

/** The loss J = cross-entropy + λ Σ w², as a function of the parameters [W…, b…] (no penalty at all when λ = 0: fewer kernels per step). */
const objective =
  (tf: typeof TF, n: number, X: TF.Tensor2D, Y: TF.Tensor1D, act: Activation, lambda: number) =>
  (...params: TF.Tensor[]): TF.Scalar => {
    const bce = bceLoss(
      tf,
      logits(tf, params.slice(0, n) as TF.Tensor2D[], params.slice(n) as TF.Tensor1D[], X, act),
      Y,
    );
    return lambda > 0 ? (tf.add(bce, l2Penalty(tf, params.slice(0, n), lambda)) as TF.Scalar) : bce;
  };

/** max |p| over every parameter, in three kernels whatever the network's size. */
const maxAbs = (tf: typeof TF, params: TF.Tensor[]): TF.Scalar =>
  tf.max(tf.abs(tf.concat(params.map((p) => tf.reshape(p, [-1]))))) as TF.Scalar;

/** Mean binary cross-entropy from the logits, in the overflow-free form. */
export function bceLoss(tf: typeof TF, z: TF.Tensor1D, y: TF.Tensor1D): TF.Scalar {
  return tf.mean(tf.add(tf.sub(tf.relu(z), tf.mul(z, y)), tf.log1p(tf.exp(tf.neg(tf.abs(z)))))) as TF.Scalar;
}

export const toTensors = (tf: typeof TF, data: Sample[]) => ({
  X: tf.tensor2d(
    data.map((p) => [p.x, p.y]),
    [data.length, 2],
  ),
  Y: tf.tensor1d(data.map((p) => p.label)),
});

/**
 * The |weight| beyond which a run counts as diverged. With the cross-entropy loss the
 * gradient of each logit stays within [−1, 1], so a far too large α rarely drives the loss
 * to NaN: the weights jump by orders of magnitude in a few steps (the loss reaching
 * 10⁴–10⁵), then the ReLU units die and the loss freezes at a finite value. Beyond 10⁶
 * the network has been wrecked, not trained: stop there, rather than wait for an
 * Infinity that may never come.
 */
export const explodedWeight = 1e6;

/**
 * One full-batch gradient-descent step θ ← θ − α ∂J/∂θ on J = cross-entropy + λ Σ w²
 * (L2 regularisation of the weights), gradients by TF.js's autodiff (backpropagation).
 * Returns the new network, the cross-entropy before the step on the training set (without
 * the penalty: the curve the reader compares with the test set's) and, when given, on the
 * test set, and the largest |parameter| after it (one read-back for all). The old network
 * is left to the caller (which keeps it if the step diverged); no other tensor stays behind.
 */
export function trainStep(
  tf: typeof TF,
  net: Net,
  X: TF.Tensor2D,
  Y: TF.Tensor1D,
  act: Activation,
  lr: number,
  lambda = 0,
  test?: { X: TF.Tensor2D; Y: TF.Tensor1D },
): { net: Net; loss: number; testLoss: number; maxParam: number } {
  const n = net.Ws.length;
  const out = tf.tidy(() => {
    const { value, grads } = tf.valueAndGrads(objective(tf, n, X, Y, act, lambda))([...net.Ws, ...net.bs]);
    const next = [...net.Ws, ...net.bs].map((p, i) => tf.sub(p, tf.mul(grads[i]!, lr)));
    const dataLoss = lambda > 0 ? tf.sub(value, l2Penalty(tf, net.Ws, lambda)) : value;
    const testLoss = test ? bceLoss(tf, logits(tf, net.Ws, net.bs, test.X, act), test.Y) : tf.scalar(0);
    return [tf.stack([dataLoss, maxAbs(tf, next), testLoss]), ...next];
  });
  const [loss, maxParam, testLoss] = out[0]!.dataSync();
  out[0]!.dispose();
  return {
    net: { Ws: out.slice(1, n + 1) as TF.Tensor2D[], bs: out.slice(n + 1) as TF.Tensor1D[] },
    loss: loss!,
    testLoss: testLoss!,
    maxParam: maxParam!,
  };
}

/** Gradients by TF.js's autodiff, as plain arrays (for the tests). */
export function tfGradients(
  tf: typeof TF,
  net: Net,
  X: TF.Tensor2D,
  Y: TF.Tensor1D,
  act: Activation,
  lambda = 0,
): Layer[] {
  const n = net.Ws.length;
  const grads = tf.tidy(() => tf.grads(objective(tf, n, X, Y, act, lambda))([...net.Ws, ...net.bs]));
  const layers = grads
    .slice(0, n)
    .map((gW, l) => ({ W: gW.arraySync() as number[][], b: Array.from(grads[n + l]!.dataSync()) }));
  tf.dispose(grads);
  return layers;
}

/** Loss and accuracy on one set, from its logits. */
function scores(tf: typeof TF, z: TF.Tensor1D, Y: TF.Tensor1D): TF.Tensor[] {
  const predicted = tf.cast(tf.greater(z, 0), 'float32');
  return [tf.mean(tf.cast(tf.equal(predicted, Y), 'float32')), bceLoss(tf, z, Y)];
}

/**
 * What the drawing needs, from one forward pass over the grid, the training set and the
 * test set together: the probability of class 1 on a res × res grid over [−1, 1]² (rows
 * from the top), each hidden neuron's activation on that grid (`maps[l]`: res² × width,
 * row-major), the accuracy and loss on the training set and, when given, on the test set,
 * and the largest |parameter|.
 */
export function evaluate(
  tf: typeof TF,
  net: Net,
  X: TF.Tensor2D,
  Y: TF.Tensor1D,
  act: Activation,
  grid: TF.Tensor2D,
  test?: { X: TF.Tensor2D; Y: TF.Tensor1D },
): {
  surface: Float32Array;
  maps: Float32Array[];
  accuracy: number;
  loss: number;
  testAccuracy: number;
  testLoss: number;
  maxParam: number;
} {
  const g = grid.shape[0];
  const m = X.shape[0];
  const widths = net.Ws.slice(0, -1).map((W) => W.shape[0]);
  // Everything in one tensor, read back once: [train accuracy, loss, test accuracy, loss,
  // max |parameter|, the surface (g values), each hidden layer's maps (g × width values)].
  const all = tf.tidy(() => {
    const inputs = test ? [grid, X, test.X] : [grid, X];
    const layers = forwardLayers(tf, net.Ws, net.bs, tf.concat(inputs) as TF.Tensor2D, act);
    const z = tf.reshape(layers.at(-1)!, [-1]) as TF.Tensor1D;
    const surface = tf.sigmoid(tf.slice(z, [0], [g]));
    const maps = layers.slice(0, -1).map((a) => tf.reshape(tf.slice(a, [0, 0], [g, -1]), [-1]));
    const train = scores(tf, tf.slice(z, [g], [m]) as TF.Tensor1D, Y);
    const testScores = test
      ? scores(tf, tf.slice(z, [g + m], [test.X.shape[0]]) as TF.Tensor1D, test.Y)
      : [tf.scalar(0), tf.scalar(0)];
    const numbers = [...train, ...testScores, maxAbs(tf, [...net.Ws, ...net.bs])].map((t) => tf.reshape(t, [1]));
    return tf.concat([...numbers, surface, ...maps]);
  });
  const v = all.dataSync() as Float32Array;
  all.dispose();
  let at = 5 + g;
  const maps = widths.map((w) => {
    const map = v.subarray(at, at + g * w);
    at += g * w;
    return map;
  });
  return {
    surface: v.subarray(5, 5 + g),
    maps,
    accuracy: v[0]!,
    loss: v[1]!,
    testAccuracy: v[2]!,
    testLoss: v[3]!,
    maxParam: v[4]!,
  };
}

/** The centres of a res × res grid over [−1, 1]², row by row from the top (y = 1) down. */
export function gridPoints(res: number): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < res; r++) for (let c = 0; c < res; c++) out.push([-1 + (2 * c + 1) / res, 1 - (2 * r + 1) / res]);
  return out;
}

/** The largest |weight| or |bias|: it grows without bound when the learning rate is far too large. */
export const maxAbsParam = (layers: Layer[]): number =>
  Math.max(0, ...layers.flatMap((l) => [...l.W.flat(), ...l.b].map(Math.abs)));

/** The activations as the page names them. */
export const activationLabels = { relu: 'ReLU', tanh: 'tanh', sigmoid: 'sigmoïde' } as const;

/**
 * The sentence above the network: its layers, parameter count, activation and the size of both
 * sets. Also written into the page at build time for the default state, so that nothing moves
 * when the demo starts.
 */
export function architectureSentence(
  width: number,
  depth: number,
  act: Activation,
  train: number,
  test: number,
): string {
  const s = layerSizes(width, depth);
  const params = s.slice(1).reduce((sum, n, i) => sum + n * (s[i]! + 1), 0);
  const plural = depth > 1 ? 's' : '';
  return `Réseau ${s.join(' → ')} (${params} paramètres) : ${depth} couche${plural} cachée${plural} ${activationLabels[act]}, une sortie sigmoïde (probabilité de la classe 1). ${train} points d’entraînement, ${test} de test.`;
}
