/**
 * Demo 7 in the browser: state, controls and drawing around model.ts. Loaded
 * (with TF.js) only when the demo becomes visible.
 */
import type * as TF from '@tensorflow/tfjs-core';
import { fillNumbers, fitWidth } from '../shared/dom';
import { Plot, fr, palette } from '../shared/plot';
import { defineDemo } from '../shared/runtime';
import { choice, num, seed, nextSeed, seedFrom } from '../shared/state';
import {
  activations,
  datasetNames,
  disposeNet,
  evaluate,
  gridPoints,
  initLayers,
  layerSizes,
  makeDataset,
  toNet,
  explodedWeight,
  toTensors,
  trainStep,
  type Net,
  type Sample,
} from './model';

const spec = {
  data: choice(datasetNames, 'xor'),
  act: choice(activations, 'tanh'),
  /** Learning rate α (the selector offers round values; a link may give any value in range). */
  lr: num(0.001, 30, 0.3, { digits: 4 }),
  width: num(1, 8, 4, { integer: true }),
  depth: num(1, 4, 2, { integer: true }),
  seed: seed(1),
};
const res = 30;
const datasetLabels = { xor: 'XOR', cercles: 'cercles', spirales: 'spirales', gaussiennes: 'gaussiennes' } as const;
const activationLabels = { relu: 'ReLU', tanh: 'tanh', sigmoid: 'sigmoïde' } as const;

export const { mount } = defineDemo({
  spec,
  backend: 'cpu',
  maxSteps: 3000,
  stepsPerFrame: 5,
  create(ctx) {
    const { tf, state } = ctx;
    const inputs = {
      data: ctx.$<HTMLSelectElement>('data'),
      act: ctx.$<HTMLSelectElement>('act'),
      lr: ctx.$<HTMLSelectElement>('lr'),
      width: ctx.$<HTMLInputElement>('width'),
      depth: ctx.$<HTMLInputElement>('depth'),
      seed: ctx.$<HTMLInputElement>('seed'),
    };
    const numbers = ctx.$('numbers');
    const arch = ctx.$('arch');
    const surfacePlot = new Plot(ctx.$<HTMLCanvasElement>('surface'), {
      x: { min: -1, max: 1 },
      y: { min: -1, max: 1 },
      xLabel: 'x₁',
      yLabel: 'x₂',
      aspect: 1,
    });
    const lossPlot = new Plot(ctx.$<HTMLCanvasElement>('loss'), {
      x: { min: 0, max: 100 },
      y: { min: 1e-3, max: 1 },
      xLabel: 'pas',
      yLabel: 'perte',
      aspect: 0.8,
      logY: true,
    });

    let data: Sample[] = [];
    let tensors: { X: TF.Tensor2D; Y: TF.Tensor1D } | undefined;
    const grid = tf.tensor2d(gridPoints(res));
    let net: Net | undefined;
    let history: number[] = [];
    let loss = 0;
    let accuracy = 0;
    let maxParam = 0;
    /** The largest |weight| of the step that was refused (0 while the run is sane): the drawing keeps the last sane weights. */
    let explodedTo = 0;
    let surface: ArrayLike<number> = new Float32Array(res * res);
    /** The surface, accuracy and loss are those of the current weights (recomputed lazily, once per drawing). */
    let fresh = false;

    const load = () => {
      data = makeDataset(state.data, state.seed);
      if (tensors) tf.dispose([tensors.X, tensors.Y]);
      tensors = toTensors(tf, data);
      disposeNet(tf, net);
      const layers = initLayers(state.seed, layerSizes(state.width, state.depth), state.act);
      net = toNet(tf, layers);
      maxParam = Math.max(...layers.flatMap((l) => [...l.W.flat(), ...l.b].map(Math.abs)));
      fresh = false;
      explodedTo = 0;
      refresh();
      history = [loss];
      syncInputs();
    };

    const refresh = () => {
      if (fresh || !net || !tensors) return;
      const e = evaluate(tf, net, tensors.X, tensors.Y, state.act, grid);
      surface = e.surface;
      accuracy = e.accuracy;
      loss = e.loss;
      maxParam = e.maxParam;
      fresh = true;
    };

    const syncInputs = () => {
      inputs.data.value = state.data;
      inputs.act.value = state.act;
      // A link may carry a rate the selector does not list: add it, so that the selector shows the truth.
      if (![...inputs.lr.options].some((o) => Number(o.value) === state.lr))
        inputs.lr.add(new Option(fr(state.lr, 4), String(state.lr)));
      inputs.lr.value = [...inputs.lr.options].find((o) => Number(o.value) === state.lr)!.value;
      inputs.width.value = String(state.width);
      ctx.$('width-value').textContent = String(state.width);
      inputs.depth.value = String(state.depth);
      ctx.$('depth-value').textContent = String(state.depth);
      inputs.seed.value = String(state.seed);
      const sizes = layerSizes(state.width, state.depth);
      const params = sizes.slice(1).reduce((s, n, i) => s + n * (sizes[i]! + 1), 0);
      arch.textContent = `Réseau ${sizes.join(' → ')} (${params} paramètres) : ${state.depth} couche${state.depth > 1 ? 's' : ''} cachée${state.depth > 1 ? 's' : ''} ${activationLabels[state.act]}, une sortie sigmoïde (probabilité de la classe 1).`;
    };

    const draw = () => {
      refresh();
      fitWidth(surfacePlot);
      fitWidth(lossPlot);
      const p = palette(surfacePlot.canvas);
      const c = surfacePlot.ctx;
      surfacePlot.clear();
      // Decision surface: blue where the network says class 1, red where it says 0, paler near 0.5.
      const [x0, y0] = surfacePlot.px(-1, 1);
      const [x1, y1] = surfacePlot.px(1, -1);
      const cw = (x1 - x0) / res;
      const ch = (y1 - y0) / res;
      c.save();
      for (let r = 0; r < res; r++) {
        for (let col = 0; col < res; col++) {
          const prob = surface[r * res + col]!;
          if (!Number.isFinite(prob)) continue;
          c.globalAlpha = Math.min(1, Math.abs(prob - 0.5) * 2) * 0.45;
          c.fillStyle = prob >= 0.5 ? p.series[0]! : p.series[1]!;
          // Whole-pixel edges shared by neighbours: no seams between cells.
          const left = Math.floor(x0 + col * cw);
          const top = Math.floor(y0 + r * ch);
          c.fillRect(left, top, Math.floor(x0 + (col + 1) * cw) - left, Math.floor(y0 + (r + 1) * ch) - top);
        }
      }
      c.restore();
      surfacePlot.axes();
      for (const q of data) {
        surfacePlot.marker(q.x, q.y, 'circle', p.bg, 5.5);
        surfacePlot.marker(
          q.x,
          q.y,
          q.label === 1 ? 'circle' : 'square',
          q.label === 1 ? p.series[0]! : p.series[1]!,
          3.8,
        );
      }

      const finite = history.filter((v) => Number.isFinite(v) && v > 0);
      lossPlot.options.x.max = Math.max(100, Math.ceil(history.length / 100) * 100);
      lossPlot.options.y = {
        min: Math.max(1e-4, Math.min(...finite, 1) / 2),
        max: Math.max(1, ...finite.slice(0, 400)) * 1.5,
      };
      lossPlot.clear();
      lossPlot.axes();
      lossPlot.polyline(
        finite.map((v, i) => [i, v]),
        p.series[1]!,
        2,
      );

      fillNumbers(numbers, [
        ['pas', String(ctx.stepCount)],
        ['perte', fr(loss, 4)],
        ['exactitude', `${fr(accuracy * 100, 1)}\u00a0%`],
        ['|poids| max', fr(maxParam, 3)],
      ]);
    };

    const restartWith = (patch: Partial<typeof state>) => ctx.update(patch, { restart: true });
    ctx.on(inputs.data, 'change', () => restartWith({ data: inputs.data.value as typeof state.data }));
    ctx.on(inputs.act, 'change', () => restartWith({ act: inputs.act.value as typeof state.act }));
    // A new rate keeps the weights: the run goes on from here, as in TensorFlow Playground.
    ctx.on(inputs.lr, 'change', () => ctx.update({ lr: Number(inputs.lr.value) }));
    ctx.on(inputs.width, 'input', () => restartWith({ width: Number(inputs.width.value) }));
    ctx.on(inputs.depth, 'input', () => restartWith({ depth: Number(inputs.depth.value) }));
    ctx.on(inputs.seed, 'change', () => {
      restartWith({ seed: seedFrom(inputs.seed.value) });
    });
    ctx.on(ctx.$('redraw'), 'click', () => restartWith({ seed: nextSeed(state.seed) }));

    load();

    return {
      step() {
        const r = trainStep(tf, net!, tensors!.X, tensors!.Y, state.act, state.lr);
        if (!Number.isFinite(r.loss) || !(r.maxParam < explodedWeight)) {
          // Keep the last sane weights for the drawing; the message names the size they jumped to.
          disposeNet(tf, r.net);
          explodedTo = r.maxParam;
          return false;
        }
        disposeNet(tf, net);
        net = r.net;
        history.push(r.loss);
        loss = r.loss;
        fresh = false;
        return true;
      },
      reset: load,
      draw,
      snapshot: () => ({
        // The loss of the current weights once drawn; between drawings, the loss before the last step.
        loss,
        accuracy,
        maxParam,
        explodedTo,
        points: data.length,
        layers: layerSizes(state.width, state.depth),
      }),
      summary: () =>
        `Pas ${ctx.stepCount} : réseau ${layerSizes(state.width, state.depth).join(' → ')}, activation ${activationLabels[state.act]}, α = ${fr(state.lr, 4)}, ` +
        `données ${datasetLabels[state.data]}. Perte ${fr(loss, 4)}, exactitude ${fr(accuracy * 100, 1)} % des ${data.length} points.`,
      divergence: () =>
        `Au pas ${ctx.stepCount}, les poids du réseau ont explosé (plus grand |poids| ≈ ${fr(explodedTo, 3)}, au-delà du seuil de ${fr(explodedWeight, 0)}) : le taux d’apprentissage α = ${fr(state.lr, 4)} est bien trop grand. ` +
        'Chaque pas de gradient surcorrige : la perte bondit, puis les neurones ReLU s’éteignent ou saturent et le réseau n’apprend plus rien. Réduisez α, puis réinitialisez.',
      done: () => fresh && accuracy === 1 && loss < 0.01,
      dispose() {
        disposeNet(tf, net);
        net = undefined;
        if (tensors) tf.dispose([tensors.X, tensors.Y]);
        tensors = undefined;
        grid.dispose();
      },
    };
  },
});
