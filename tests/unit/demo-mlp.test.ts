import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  backpropJS,
  bceFromLogit,
  disposeNet,
  evaluate,
  explodedWeight,
  forwardJS,
  fromNet,
  gridPoints,
  initLayers,
  l2JS,
  layerSizes,
  logits,
  lossJS,
  makeDataset,
  splitDataset,
  tfGradients,
  toNet,
  toTensors,
  trainStep,
  type Activation,
} from '../../src/islands/mlp/model';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('MLP model', () => {
  it('draws reproducible, balanced data sets in [−1, 1]²', () => {
    for (const name of ['xor', 'cercles', 'spirales', 'gaussiennes'] as const) {
      const d = makeDataset(name, 5);
      expect(d).toEqual(makeDataset(name, 5));
      expect(d).not.toEqual(makeDataset(name, 6));
      expect(d.filter((p) => p.label === 1).length).toBe(100);
      expect(d.every((p) => Math.abs(p.x) <= 1 && Math.abs(p.y) <= 1)).toBe(true);
    }
    // XOR: class 1 where x and y have the same sign (noise aside, nearly always).
    const xor = makeDataset('xor', 5, 200, 0);
    expect(xor.every((p) => (p.x * p.y > 0 ? 1 : 0) === p.label)).toBe(true);
    // Gaussians: two clouds on either side of the line x + y = 0, nearly all on their side.
    const blobs = makeDataset('gaussiennes', 5, 200, 0);
    expect(blobs.filter((p) => (p.x + p.y > 0 ? 1 : 0) === p.label).length).toBeGreaterThan(195);
    // Noise moves the points: more noise, farther from the noiseless ones.
    const spread = (noise: number) =>
      makeDataset('cercles', 5, 200, noise).reduce(
        (s, p, i) =>
          s + Math.hypot(p.x - makeDataset('cercles', 5, 200, 0)[i]!.x, p.y - makeDataset('cercles', 5, 200, 0)[i]!.y),
        0,
      );
    expect(spread(0.3)).toBeGreaterThan(2 * spread(0.1));
  });

  it('splits the points into training and test sets by the ratio, reproducibly, without overlap', () => {
    const data = makeDataset('xor', 2);
    for (const pct of [10, 50, 70, 90]) {
      const { train, test } = splitDataset(data, pct, 2);
      expect(train.length).toBe((200 * pct) / 100);
      expect(train.length + test.length).toBe(200);
      expect(new Set([...train, ...test]).size).toBe(200);
      expect(splitDataset(data, pct, 2)).toEqual({ train, test });
    }
    expect(splitDataset(data, 50, 2).train).not.toEqual(splitDataset(data, 50, 3).train);
    // Both classes in both sets.
    const { train, test } = splitDataset(data, 50, 2);
    for (const set of [train, test]) expect(set.filter((p) => p.label === 1).length).toBeGreaterThan(30);
  });

  it('L2 regularisation: backpropagation adds 2λW to the weights’ gradients, as TF.js autodiff of λ Σ w² does', () => {
    const data = makeDataset('cercles', 2, 40);
    const layers = initLayers(4, layerSizes(3, 2), 'tanh');
    const lambda = 0.05;
    const plain = backpropJS(layers, data, 'tanh');
    const byHand = backpropJS(layers, data, 'tanh', lambda);
    expect(byHand[1]!.W[2]![1]).toBeCloseTo(plain[1]!.W[2]![1]! + 2 * lambda * layers[1]!.W[2]![1]!, 12);
    expect(byHand[1]!.b).toEqual(plain[1]!.b);
    const net = toNet(tf, layers);
    const { X, Y } = toTensors(tf, data);
    const byTf = tfGradients(tf, net, X, Y, 'tanh', lambda);
    byHand.forEach((g, l) => g.W.flat().forEach((v, i) => expect(byTf[l]!.W.flat()[i]).toBeCloseTo(v, 5)));
    const h = 1e-6;
    const bumped = structuredClone(layers);
    bumped[0]!.W[1]![0]! += h;
    expect((lossJS(bumped, data, 'tanh', lambda) - lossJS(layers, data, 'tanh', lambda)) / h).toBeCloseTo(
      byHand[0]!.W[1]![0]!,
      4,
    );
    disposeNet(tf, net);
    tf.dispose([X, Y]);
  });

  it('reports the training loss without the penalty and the test loss; λ keeps the weights smaller', () => {
    const { train, test } = splitDataset(makeDataset('cercles', 3, 200, 0.2), 50, 3);
    const tr = toTensors(tf, train);
    const te = toTensors(tf, test);
    const layers = initLayers(3, layerSizes(6, 2), 'tanh');
    const net = toNet(tf, layers);
    const r = trainStep(tf, net, tr.X, tr.Y, 'tanh', 0.3, 0.01, te);
    expect(r.loss).toBeCloseTo(lossJS(layers, train, 'tanh'), 5);
    expect(r.testLoss).toBeCloseTo(lossJS(layers, test, 'tanh'), 5);
    disposeNet(tf, r.net);
    disposeNet(tf, net);
    const trained = (lambda: number) => {
      let n = toNet(tf, layers);
      for (let i = 0; i < 300; i++) {
        const s = trainStep(tf, n, tr.X, tr.Y, 'tanh', 0.3, lambda, te);
        disposeNet(tf, n);
        n = s.net;
      }
      const out = fromNet(n);
      disposeNet(tf, n);
      return out;
    };
    expect(l2JS(trained(0.01))).toBeLessThan(l2JS(trained(0)) / 2);
    tf.dispose([tr.X, tr.Y, te.X, te.Y]);
  });

  it('evaluates each hidden neuron on the grid, and both sets, in one pass; no tensor stays behind', () => {
    const { train, test } = splitDataset(makeDataset('xor', 4), 60, 4);
    const tr = toTensors(tf, train);
    const te = toTensors(tf, test);
    const grid = tf.tensor2d(gridPoints(8));
    const layers = initLayers(4, layerSizes(3, 2), 'tanh');
    const net = toNet(tf, layers);
    const before = tf.memory().numTensors;
    const e = evaluate(tf, net, tr.X, tr.Y, 'tanh', grid, te);
    expect(tf.memory().numTensors).toBe(before);
    expect(e.maps).toHaveLength(2);
    expect(e.maps[0]!.length).toBe(64 * 3);
    const point = gridPoints(8)[10] as [number, number];
    const { as } = forwardJS(layers, point, 'tanh');
    expect(e.maps[0]![10 * 3 + 2]).toBeCloseTo(as[1]![2]!, 5);
    expect(e.maps[1]![10 * 3 + 1]).toBeCloseTo(as[2]![1]!, 5);
    expect(e.loss).toBeCloseTo(lossJS(layers, train, 'tanh'), 5);
    expect(e.testLoss).toBeCloseTo(lossJS(layers, test, 'tanh'), 5);
    // Many steps with λ and a test set, each followed by an evaluation: the tensor count stays flat.
    let n = net;
    for (let i = 0; i < 200; i++) {
      const s = trainStep(tf, n, tr.X, tr.Y, 'tanh', 0.3, 0.001, te);
      disposeNet(tf, n);
      n = s.net;
      evaluate(tf, n, tr.X, tr.Y, 'tanh', grid, te);
    }
    expect(tf.memory().numTensors).toBe(before);
    disposeNet(tf, n);
    tf.dispose([tr.X, tr.Y, te.X, te.Y, grid]);
  });

  it('computes the forward pass z = W a + b, a = σ(z) as TF.js does', () => {
    const layers = initLayers(3, layerSizes(3, 2), 'tanh');
    // By hand for the first layer of one input.
    const { zs, as } = forwardJS(layers, [0.5, -0.25], 'tanh');
    const W = layers[0]!.W;
    expect(zs[0]![1]).toBeCloseTo(W[1]![0]! * 0.5 + W[1]![1]! * -0.25 + layers[0]!.b[1]!, 12);
    expect(as[1]![1]).toBeCloseTo(Math.tanh(zs[0]![1]!), 12);
    const net = toNet(tf, layers);
    const z = tf.tidy(() => logits(tf, net.Ws, net.bs, tf.tensor2d([[0.5, -0.25]]), 'tanh').dataSync()[0]!);
    expect(z).toBeCloseTo(zs.at(-1)![0]!, 5);
    disposeNet(tf, net);
  });

  it('keeps the cross-entropy finite for huge logits', () => {
    expect(bceFromLogit(1000, 1)).toBeCloseTo(0, 12);
    expect(bceFromLogit(-1000, 1)).toBeCloseTo(1000, 9);
    expect(bceFromLogit(0, 0)).toBeCloseTo(Math.log(2), 12);
  });

  it.each(['relu', 'tanh', 'sigmoid'] as Activation[])(
    'backpropagation by the formulas equals TF.js autodiff (%s)',
    (act) => {
      const data = makeDataset('cercles', 2, 40);
      const layers = initLayers(4, layerSizes(3, 2), act);
      const byHand = backpropJS(layers, data, act);
      const net = toNet(tf, layers);
      const { X, Y } = toTensors(tf, data);
      const byTf = tfGradients(tf, net, X, Y, act);
      byHand.forEach((g, l) => {
        g.W.flat().forEach((v, i) => expect(byTf[l]!.W.flat()[i]).toBeCloseTo(v, 5));
        g.b.forEach((v, i) => expect(byTf[l]!.b[i]).toBeCloseTo(v, 5));
      });
      // …and both equal a finite difference of the loss.
      const h = 1e-6;
      const bumped = structuredClone(layers);
      bumped[0]!.W[1]![0]! += h;
      expect((lossJS(bumped, data, act) - lossJS(layers, data, act)) / h).toBeCloseTo(byHand[0]!.W[1]![0]!, 4);
      disposeNet(tf, net);
      tf.dispose([X, Y]);
    },
  );

  it('learns XOR (not linearly separable) with one hidden tanh layer, and leaks no tensor', () => {
    const data = makeDataset('xor', 1);
    const { X, Y } = toTensors(tf, data);
    const grid = tf.tensor2d(gridPoints(10));
    let net = toNet(tf, initLayers(1, layerSizes(4, 1), 'tanh'));
    const before = tf.memory().numTensors;
    let first = 0;
    let last = 0;
    for (let i = 0; i < 400; i++) {
      const r = trainStep(tf, net, X, Y, 'tanh', 0.3);
      disposeNet(tf, net);
      net = r.net;
      if (i === 0) first = r.loss;
      last = r.loss;
    }
    expect(tf.memory().numTensors).toBe(before);
    expect(last).toBeLessThan(first / 2);
    const e = evaluate(tf, net, X, Y, 'tanh', grid);
    expect(e.accuracy).toBeGreaterThan(0.9);
    expect(e.surface.length).toBe(100);
    expect(e.surface.every((p) => p >= 0 && p <= 1)).toBe(true);
    // The surface is the network on the grid, the loss the one on the data (same pass, split).
    const layers = fromNet(net);
    const corner = gridPoints(10)[0] as [number, number];
    expect(e.surface[0]).toBeCloseTo(1 / (1 + Math.exp(-forwardJS(layers, corner, 'tanh').zs.at(-1)![0]!)), 5);
    expect(e.loss).toBeCloseTo(lossJS(layers, data, 'tanh'), 5);
    expect(e.maxParam).toBeCloseTo(Math.max(...layers.flatMap((l) => [...l.W.flat(), ...l.b].map(Math.abs))), 6);
    expect(tf.memory().numTensors).toBe(before);
    disposeNet(tf, net);
    tf.dispose([X, Y, grid]);
  });

  it('takes the step θ − α ∂L/∂θ with the backpropagated gradient', () => {
    const data = makeDataset('spirales', 3, 30);
    const layers = initLayers(2, layerSizes(2, 1), 'relu');
    const g = backpropJS(layers, data, 'relu');
    const net = toNet(tf, layers);
    const { X, Y } = toTensors(tf, data);
    const r = trainStep(tf, net, X, Y, 'relu', 0.5);
    const W0 = r.net.Ws[0]!.arraySync();
    expect(W0[1]![1]).toBeCloseTo(layers[0]!.W[1]![1]! - 0.5 * g[0]!.W[1]![1]!, 5);
    expect(r.loss).toBeCloseTo(lossJS(layers, data, 'relu'), 5);
    expect(r.maxParam).toBeCloseTo(
      Math.max(...fromNet(r.net).flatMap((l) => [...l.W.flat(), ...l.b].map(Math.abs))),
      6,
    );
    disposeNet(tf, net);
    disposeNet(tf, r.net);
    tf.dispose([X, Y]);
  });

  // The case the browser test drives: α = 30 on a deep ReLU network wrecks it within a few
  // steps, while the default α = 0.3 stays far below the threshold.
  it('crosses the explosion threshold within 10 steps at α = 30 (ReLU, 4 × 8, XOR, seed 1), never at α = 0.3', () => {
    const { X, Y } = toTensors(tf, makeDataset('xor', 1));
    const run = (lr: number, steps: number) => {
      let net = toNet(tf, initLayers(1, layerSizes(8, 4), 'relu'));
      let largest = 0;
      let at = -1;
      for (let i = 0; i < steps && at < 0; i++) {
        const r = trainStep(tf, net, X, Y, 'relu', lr);
        disposeNet(tf, net);
        net = r.net;
        largest = Math.max(largest, r.maxParam);
        if (!(r.maxParam < explodedWeight)) at = i + 1;
      }
      disposeNet(tf, net);
      return { at, largest };
    };
    const wild = run(30, 10);
    expect(wild.at).toBeGreaterThan(0);
    expect(wild.at).toBeLessThanOrEqual(10);
    const tame = run(0.3, 200);
    expect(tame.at).toBe(-1);
    expect(tame.largest).toBeLessThan(100);
    tf.dispose([X, Y]);
  });
});
