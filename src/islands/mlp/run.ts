/**
 * Demo 7 in the browser: state, controls and drawing around model.ts, in the spirit of
 * TensorFlow Playground: the network drawn live (neurons as maps of their activation,
 * weights as lines), the decision surface with the training and test points, and both
 * losses. Loaded (with TF.js) only when the demo becomes visible.
 */
import type * as TF from '@tensorflow/tfjs-core';
import { context2d, fillNumbers, fitWidth } from '../shared/dom';
import { Plot, fr, palette } from '../shared/plot';
import { defineDemo } from '../shared/runtime';
import { nextSeed, seedFrom } from '../shared/state';
import {
  activationLabels,
  architectureSentence,
  disposeNet,
  evaluate,
  explodedWeight,
  fromNet,
  gridPoints,
  initLayers,
  type Layer,
  layerSizes,
  makeDataset,
  type Net,
  type Sample,
  splitDataset,
  toNet,
  toTensors,
  trainStep,
} from './model';
import { spec } from './lesson';

const res = 30;
/** While playing, the network diagram (every neuron's map, the weights) is redrawn at most this often; the surface and the losses at every frame. */
const diagramEveryMs = 250;
const datasetLabels = { xor: 'XOR', cercles: 'cercles', spirales: 'spirales', gaussiennes: 'gaussiennes' } as const;
/** A CSS colour as [r, g, b] (through a canvas, which normalises any CSS colour). */
function rgb(css: string): [number, number, number] {
  const c = document.createElement('canvas').getContext('2d')!;
  c.fillStyle = '#000';
  c.fillStyle = css;
  const v = c.fillStyle;
  if (v.startsWith('#'))
    return [1, 3, 5].map((i) => Number.parseInt(v.slice(i, i + 2), 16)) as [number, number, number];
  const m = v.match(/[\d.]+/g) ?? ['0', '0', '0'];
  return [Number(m[0]), Number(m[1]), Number(m[2])];
}

/** One neuron of the diagram: where it is, what it shows and its button. */
interface Neuron {
  layer: number;
  index: number;
  name: string;
  button: HTMLButtonElement;
  canvas: HTMLCanvasElement;
}

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
      l2: ctx.$<HTMLSelectElement>('l2'),
      width: ctx.$<HTMLInputElement>('width'),
      depth: ctx.$<HTMLInputElement>('depth'),
      noise: ctx.$<HTMLInputElement>('noise'),
      ratio: ctx.$<HTMLInputElement>('ratio'),
      seed: ctx.$<HTMLInputElement>('seed'),
    };
    const numbers = ctx.$('numbers');
    const arch = ctx.$('arch');
    const netBox = ctx.$('net');
    const lines = ctx.$<HTMLCanvasElement>('net-lines');
    const zoom = ctx.$<HTMLCanvasElement>('neuron');
    const zoomCaption = ctx.$('neuron-caption');
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
    const zoomPlot = new Plot(zoom, {
      x: { min: -1, max: 1 },
      y: { min: -1, max: 1 },
      xLabel: 'x₁',
      yLabel: 'x₂',
      aspect: 1,
    });

    let train: Sample[] = [];
    let test: Sample[] = [];
    let tensors: { X: TF.Tensor2D; Y: TF.Tensor1D } | undefined;
    let testTensors: { X: TF.Tensor2D; Y: TF.Tensor1D } | undefined;
    const gridXY = gridPoints(res);
    const grid = tf.tensor2d(gridXY);
    let net: Net | undefined;
    let layers: Layer[] = [];
    let history = { train: [] as number[], test: [] as number[] };
    let loss = 0;
    let testLoss = 0;
    let accuracy = 0;
    let testAccuracy = 0;
    let maxParam = 0;
    /** The largest |weight| of the step that was refused (0 while the run is sane): the drawing keeps the last sane weights. */
    let explodedTo = 0;
    let surface: ArrayLike<number> = new Float32Array(res * res);
    let maps: Float32Array[] = [];
    /** The surface, maps, accuracies and losses are those of the current weights (recomputed lazily, once per drawing). */
    let fresh = false;
    /** `layers` (the weights as numbers, for the diagram's lines) are those of the current network. */
    let layersFresh = false;
    /** When the diagram was last drawn (performance.now()), and whether it shows the current weights. */
    let diagramAt = Number.NEGATIVE_INFINITY;
    /** A diagram drawing posted as a task of its own while playing (see draw). */
    let diagramQueued = false;
    let gone = false;
    const diagramTask = new MessageChannel();
    diagramTask.port1.onmessage = () => {
      diagramQueued = false;
      if (!gone) drawDiagram();
    };
    let neurons: Neuron[] = [];
    /** The neuron shown large: [layer, index], layer 0 the inputs, the last the output. */
    let selected: [number, number] = [0, 0];

    const tidyData = () => {
      if (tensors) tf.dispose([tensors.X, tensors.Y]);
      if (testTensors) tf.dispose([testTensors.X, testTensors.Y]);
      tensors = testTensors = undefined;
    };

    const load = () => {
      const split = splitDataset(makeDataset(state.data, state.seed, 200, state.noise), state.ratio, state.seed);
      train = split.train;
      test = split.test;
      tidyData();
      tensors = toTensors(tf, train);
      testTensors = toTensors(tf, test);
      disposeNet(tf, net);
      const init = initLayers(state.seed, layerSizes(state.width, state.depth), state.act);
      net = toNet(tf, init);
      fresh = false;
      explodedTo = 0;
      buildNeurons();
      refresh();
      history = { train: [loss], test: [testLoss] };
      syncInputs();
    };

    const refresh = () => {
      if (fresh || !net || !tensors || !testTensors) return;
      const e = evaluate(tf, net, tensors.X, tensors.Y, state.act, grid, testTensors);
      surface = e.surface;
      maps = e.maps;
      accuracy = e.accuracy;
      loss = e.loss;
      testAccuracy = e.testAccuracy;
      testLoss = e.testLoss;
      maxParam = e.maxParam;
      layersFresh = false;
      fresh = true;
    };

    const sizes = () => layerSizes(state.width, state.depth);
    const neuronName = (layer: number, index: number) => {
      const last = sizes().length - 1;
      if (layer === 0) return `Entrée x${index === 0 ? '₁' : '₂'}`;
      if (layer === last) return 'Neurone de sortie';
      return `Couche cachée ${layer}, neurone ${index + 1}`;
    };

    /** One button per neuron, rebuilt when the architecture changes. */
    const buildNeurons = () => {
      for (const n of neurons) n.button.remove();
      neurons = [];
      neuronContexts.clear();
      linesSize = '';
      sizes().forEach((count, layer) => {
        for (let index = 0; index < count; index++) {
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'mlp-neuron';
          const name = neuronName(layer, index);
          button.setAttribute('aria-label', `${name} : afficher sa carte en grand`);
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = res;
          canvas.setAttribute('aria-hidden', 'true');
          button.append(canvas);
          netBox.append(button);
          const choose = () => {
            if (selected[0] === layer && selected[1] === index) return;
            selected = [layer, index];
            drawDiagram();
          };
          ctx.on(button, 'pointerenter', choose);
          ctx.on(button, 'focus', choose);
          ctx.on(button, 'click', choose);
          neurons.push({ layer, index, name, button, canvas });
        }
      });
      const last = sizes().length - 1;
      if (selected[0] > last || selected[1] >= sizes()[selected[0]]!) selected = [last, 0];
    };

    /** A neuron's values on the grid, scaled to [−1, 1] (positive: blue, negative: red). */
    const values = (layer: number, index: number): number[] => {
      const last = sizes().length - 1;
      const out: number[] = new Array(res * res);
      if (layer === 0) {
        for (let k = 0; k < res * res; k++) out[k] = gridXY[k]![index]!;
      } else if (layer === last) {
        for (let k = 0; k < res * res; k++) out[k] = 2 * surface[k]! - 1;
      } else {
        const m = maps[layer - 1];
        const w = state.width;
        for (let k = 0; k < res * res; k++) out[k] = m ? m[k * w + index]! : 0;
        // tanh is already in [−1, 1]; a sigmoid is centred on ½; ReLU is scaled by its largest value.
        if (state.act === 'sigmoid') for (let k = 0; k < out.length; k++) out[k] = 2 * out[k]! - 1;
        if (state.act === 'relu') {
          let top = 1e-9;
          for (let k = 0; k < out.length; k++) if (out[k]! > top) top = out[k]!;
          for (let k = 0; k < out.length; k++) out[k] = out[k]! / top;
        }
      }
      return out;
    };

    /** One res × res image, reused for every map (no allocation per neuron and frame). */
    const image = new ImageData(res, res);
    const paintMap = (target: CanvasRenderingContext2D, v: number[], colours: Colours) => {
      for (let k = 0; k < res * res; k++) {
        const x = Math.max(-1, Math.min(1, Number.isFinite(v[k]!) ? v[k]! : 0));
        const c = x >= 0 ? colours.pos : colours.neg;
        const a = Math.abs(x) * 0.85;
        for (let ch = 0; ch < 3; ch++) image.data[4 * k + ch] = Math.round(colours.bg[ch]! * (1 - a) + c[ch]! * a);
        image.data[4 * k + 3] = 255;
      }
      target.putImageData(image, 0, 0);
    };

    type Colours = { p: ReturnType<typeof palette>; bg: number[]; pos: number[]; neg: number[] };
    /** The theme's colours, parsed once per theme (a theme switch changes the key). */
    let colourCache: { key: string; colours: Colours } | undefined;
    const themeColours = (): Colours => {
      const p = palette(netBox);
      const key = [p.bg, ...p.series].join();
      if (colourCache?.key !== key)
        colourCache = { key, colours: { p, bg: rgb(p.bg), pos: rgb(p.series[0]!), neg: rgb(p.series[1]!) } };
      return colourCache.colours;
    };
    const offscreen = document.createElement('canvas');
    offscreen.width = offscreen.height = res;
    const offscreenCtx = context2d(offscreen);

    /** The neurons' own 2-D contexts, kept (getContext on every frame is not free). */
    const neuronContexts = new Map<HTMLCanvasElement, CanvasRenderingContext2D>();
    const contextOf = (canvas: HTMLCanvasElement) => {
      let c = neuronContexts.get(canvas);
      if (!c) {
        c = context2d(canvas);
        neuronContexts.set(canvas, c);
      }
      return c;
    };
    /** The lines canvas's size in CSS pixels and pixel ratio: resized (which clears and reallocates it) only when they change. */
    let linesSize = '';

    /**
     * The diagram: columns of neurons, weights as lines (colour and dash: sign; thickness:
     * size). `widthPx` is read by the caller before any write, so drawing forces no layout.
     */
    const drawNetwork = (widthPx: number, colours: Colours) => {
      const { p } = colours;
      if (!layersFresh && net) {
        layers = fromNet(net);
        layersFresh = true;
      }
      const counts = sizes();
      const rowGap = 54;
      const heightPx = Math.max(...counts) * rowGap + 16;
      const ratio = Math.min(window.devicePixelRatio || 1, 3);
      const c = context2d(lines);
      const size = `${widthPx}×${heightPx}×${ratio}`;
      if (size !== linesSize) {
        linesSize = size;
        lines.width = widthPx * ratio;
        lines.height = heightPx * ratio;
        lines.style.height = `${heightPx}px`;
        c.setTransform(ratio, 0, 0, ratio, 0, 0);
        // The neurons move only when the size or the architecture changes (buildNeurons clears linesSize).
        for (const n of neurons) {
          n.button.style.left = `${colX(n.layer, widthPx, counts) - 22}px`;
          n.button.style.top = `${rowY(n.layer, n.index, heightPx, counts) - 22}px`;
        }
      }
      c.clearRect(0, 0, widthPx, heightPx);
      // Lines first, under the neurons.
      layers.forEach((layer, l) => {
        layer.W.forEach((row, i) =>
          row.forEach((w, j) => {
            if (!Number.isFinite(w)) return;
            c.strokeStyle = w >= 0 ? p.series[0]! : p.series[1]!;
            c.lineWidth = Math.min(6, 0.4 + 1.6 * Math.abs(w));
            c.globalAlpha = Math.min(1, 0.25 + 0.5 * Math.abs(w));
            c.setLineDash(w >= 0 ? [] : [5, 3]);
            c.beginPath();
            c.moveTo(colX(l, widthPx, counts), rowY(l, j, heightPx, counts));
            c.lineTo(colX(l + 1, widthPx, counts), rowY(l + 1, i, heightPx, counts));
            c.stroke();
          }),
        );
      });
      c.globalAlpha = 1;
      c.setLineDash([]);
      for (const n of neurons) {
        const isSelected = String(n.layer === selected[0] && n.index === selected[1]);
        if (n.button.getAttribute('aria-pressed') !== isSelected) n.button.setAttribute('aria-pressed', isSelected);
        paintMap(contextOf(n.canvas), values(n.layer, n.index), colours);
      }
      diagramAt = performance.now();
    };
    const colX = (l: number, widthPx: number, counts: number[]) => 30 + (l * (widthPx - 60)) / (counts.length - 1);
    const rowY = (l: number, i: number, heightPx: number, counts: number[]) =>
      heightPx / 2 + (i - (counts[l]! - 1) / 2) * 54;

    /** The selected neuron, large, on the plane's axes, and its caption. */
    const drawZoom = (colours: Colours) => {
      zoomPlot.clear();
      paintMap(offscreenCtx, values(selected[0], selected[1]), colours);
      const [x0, y0] = zoomPlot.px(-1, 1);
      const [x1, y1] = zoomPlot.px(1, -1);
      zoomPlot.ctx.save();
      zoomPlot.ctx.imageSmoothingEnabled = false;
      zoomPlot.ctx.drawImage(offscreen, x0, y0, x1 - x0, y1 - y0);
      zoomPlot.ctx.restore();
      zoomPlot.axes();
      const name = neuronName(selected[0], selected[1]);
      const what =
        selected[0] === 0
          ? 'la valeur de l’entrée'
          : selected[0] === sizes().length - 1
            ? 'la probabilité de la classe 1 (bleu : proche de 1, rouge : proche de 0)'
            : `son activation ${activationLabels[state.act]} (bleu : positive, rouge : négative)`;
      const caption = `${name} : ${what}, en chaque point du plan.`;
      if (zoomCaption.textContent !== caption) {
        zoomCaption.textContent = caption;
        zoom.setAttribute('aria-label', `Carte d’activation agrandie : ${name}`);
      }
    };

    /** The network and the neuron shown large, drawn now (after a hover, a focus or a click on a neuron). */
    const drawDiagram = () => {
      refresh();
      const widthPx = Math.max(240, Math.round(netBox.getBoundingClientRect().width || 480));
      fitWidth(zoomPlot);
      const colours = themeColours();
      drawNetwork(widthPx, colours);
      drawZoom(colours);
    };

    const syncInputs = () => {
      inputs.data.value = state.data;
      inputs.act.value = state.act;
      for (const [select, value] of [
        [inputs.lr, state.lr],
        [inputs.l2, state.l2],
      ] as const) {
        // A link may carry a value the selector does not list: add it, so that the selector shows the truth.
        if (![...select.options].some((o) => Number(o.value) === value))
          select.add(new Option(fr(value, 4), String(value)));
        select.value = [...select.options].find((o) => Number(o.value) === value)!.value;
      }
      for (const key of ['width', 'depth', 'noise', 'ratio'] as const) {
        inputs[key].value = String(state[key]);
        ctx.$(`${key}-value`).textContent = fr(state[key], 2);
      }
      inputs.seed.value = String(state.seed);
      arch.textContent = architectureSentence(state.width, state.depth, state.act, train.length, test.length);
    };

    /** The decision surface, painted into a res × res image and scaled up (one drawImage, not res² rectangles). */
    const surfaceImage = new ImageData(res, res);
    const surfaceCanvas = document.createElement('canvas');
    surfaceCanvas.width = surfaceCanvas.height = res;
    const surfaceCtx = context2d(surfaceCanvas);

    const draw = () => {
      refresh();
      // Every layout read first (no write yet, so no forced layout), then the drawing.
      const widthPx = Math.max(240, Math.round(netBox.getBoundingClientRect().width || 480));
      fitWidth(surfacePlot);
      fitWidth(lossPlot);
      const colours = themeColours();
      const { p } = colours;
      // While playing, the diagram (the costliest part: every neuron's map and every weight)
      // a few times a second, in a task of its own after this one: drawn together, the plots and
      // the diagram took up to 28 ms of CPU (bench:demos). The drawing after the last step, always, now.
      if (!ctx.animating) {
        fitWidth(zoomPlot);
        drawNetwork(widthPx, colours);
        drawZoom(colours);
      } else if (performance.now() - diagramAt >= diagramEveryMs && !diagramQueued) {
        diagramQueued = true;
        diagramTask.port2.postMessage(null);
      }
      const c = surfacePlot.ctx;
      surfacePlot.clear();
      // Decision surface: blue where the network says class 1, red where it says 0, paler near 0.5
      // (the colour over the card's background at opacity |2p − 1| × 0.45).
      const data = surfaceImage.data;
      for (let k = 0; k < res * res; k++) {
        const prob = surface[k]!;
        const a = Number.isFinite(prob) ? Math.min(1, Math.abs(prob - 0.5) * 2) * 0.45 : 0;
        const col = prob >= 0.5 ? colours.pos : colours.neg;
        for (let ch = 0; ch < 3; ch++) data[4 * k + ch] = Math.round(colours.bg[ch]! * (1 - a) + col[ch]! * a);
        data[4 * k + 3] = 255;
      }
      surfaceCtx.putImageData(surfaceImage, 0, 0);
      const [x0, y0] = surfacePlot.px(-1, 1);
      const [x1, y1] = surfacePlot.px(1, -1);
      c.save();
      c.imageSmoothingEnabled = false;
      c.drawImage(surfaceCanvas, x0, y0, x1 - x0, y1 - y0);
      c.restore();
      surfacePlot.axes();
      const shape = (q: Sample) => (q.label === 1 ? 'circle' : 'square');
      const colour = (q: Sample) => (q.label === 1 ? p.series[0]! : p.series[1]!);
      for (const q of train) {
        surfacePlot.marker(q.x, q.y, 'circle', p.bg, 5.5);
        surfacePlot.marker(q.x, q.y, shape(q), colour(q), 3.8);
      }
      // Test points: the same shapes, hollow.
      for (const q of test) {
        surfacePlot.marker(q.x, q.y, shape(q), colour(q), 4.2);
        surfacePlot.marker(q.x, q.y, shape(q), p.bg, 2);
      }

      const finite = [...history.train, ...history.test].filter((v) => Number.isFinite(v) && v > 0);
      const steps = history.train.length;
      lossPlot.options.x.max = Math.max(100, Math.ceil(steps / 100) * 100);
      lossPlot.options.y = {
        min: Math.max(1e-4, Math.min(...finite, 1) / 2),
        max: Math.max(1, ...finite) * 1.5,
      };
      lossPlot.clear();
      lossPlot.axes();
      lossPlot.polyline(
        history.train.map((v, i) => [i, v]),
        p.series[0]!,
        2,
      );
      lossPlot.polyline(
        history.test.map((v, i) => [i, v]),
        p.series[1]!,
        2,
        [6, 4],
      );

      fillNumbers(numbers, [
        ['pas', String(ctx.stepCount)],
        ['perte entraînement', fr(loss, 4)],
        ['perte test', fr(testLoss, 4)],
        ['exactitude entraînement', `${fr(accuracy * 100, 1)}\u00a0%`],
        ['exactitude test', `${fr(testAccuracy * 100, 1)}\u00a0%`],
        ['|poids| max', fr(maxParam, 3)],
      ]);
    };

    const restartWith = (patch: Partial<typeof state>) => ctx.update(patch, { restart: true });
    ctx.on(inputs.data, 'change', () => restartWith({ data: inputs.data.value as typeof state.data }));
    ctx.on(inputs.act, 'change', () => restartWith({ act: inputs.act.value as typeof state.act }));
    // A new rate or λ keeps the weights: the run goes on from here, as in TensorFlow Playground.
    ctx.on(inputs.lr, 'change', () => ctx.update({ lr: Number(inputs.lr.value) }));
    ctx.on(inputs.l2, 'change', () => ctx.update({ l2: Number(inputs.l2.value) }));
    ctx.on(inputs.width, 'input', () => restartWith({ width: Number(inputs.width.value) }));
    ctx.on(inputs.depth, 'input', () => restartWith({ depth: Number(inputs.depth.value) }));
    ctx.on(inputs.noise, 'input', () => restartWith({ noise: Number(inputs.noise.value) }));
    ctx.on(inputs.ratio, 'input', () => restartWith({ ratio: Number(inputs.ratio.value) }));
    ctx.on(inputs.seed, 'change', () => restartWith({ seed: seedFrom(inputs.seed.value) }));
    ctx.on(ctx.$('redraw'), 'click', () => restartWith({ seed: nextSeed(state.seed) }));

    load();

    return {
      step() {
        const r = trainStep(tf, net!, tensors!.X, tensors!.Y, state.act, state.lr, state.l2, testTensors);
        if (!Number.isFinite(r.loss) || !(r.maxParam < explodedWeight)) {
          // Keep the last sane weights for the drawing; the message names the size they jumped to.
          disposeNet(tf, r.net);
          explodedTo = r.maxParam;
          return false;
        }
        disposeNet(tf, net);
        net = r.net;
        history.train.push(r.loss);
        history.test.push(r.testLoss);
        loss = r.loss;
        testLoss = r.testLoss;
        fresh = false;
        return true;
      },
      reset: load,
      draw,
      snapshot: () => ({
        // The losses of the current weights once drawn; between drawings, those before the last step.
        loss,
        testLoss,
        accuracy,
        testAccuracy,
        maxParam,
        explodedTo,
        points: train.length,
        testPoints: test.length,
        layers: sizes(),
      }),
      summary: () =>
        `Pas ${ctx.stepCount} : réseau ${sizes().join(' → ')}, activation ${activationLabels[state.act]}, α = ${fr(state.lr, 4)}, λ = ${fr(state.l2, 4)}, ` +
        `données ${datasetLabels[state.data]} (bruit ${fr(state.noise, 2)}). Perte d’entraînement ${fr(loss, 4)}, exactitude ${fr(accuracy * 100, 1)} % des ${train.length} points d’entraînement ; ` +
        `perte de test ${fr(testLoss, 4)}, exactitude ${fr(testAccuracy * 100, 1)} % des ${test.length} points de test.`,
      divergence: () =>
        `Au pas ${ctx.stepCount}, les poids du réseau ont explosé (plus grand |poids| ≈ ${fr(explodedTo, 3)}, au-delà du seuil de ${fr(explodedWeight, 0)}) : le taux d’apprentissage α = ${fr(state.lr, 4)} est bien trop grand. ` +
        'Chaque pas de gradient surcorrige : la perte bondit, puis les neurones ReLU s’éteignent ou saturent et le réseau n’apprend plus rien. Réduisez α, puis réinitialisez.',
      done: () => fresh && accuracy === 1 && loss < 0.01,
      dispose() {
        gone = true;
        diagramTask.port1.close();
        disposeNet(tf, net);
        net = undefined;
        tidyData();
        grid.dispose();
        for (const n of neurons) n.button.remove();
      },
    };
  },
});
