/**
 * Demo 5 in the browser: state, drawing, point editing, the metrics at the
 * threshold and the softmax panel around model.ts. Loaded (with TF.js) only when
 * the demo becomes visible.
 */
import { context2d, dragOnPlot, fillNumbers } from '../shared/dom';
import { Plot, palette, fr } from '../shared/plot';
import { defineDemo } from '../shared/runtime';
import { type Point, nextSeed, seedFrom } from '../shared/state';
import { maxPerClass, spec } from './lesson';
import {
  confusion,
  gdStep,
  labelled,
  logit,
  loss,
  metrics,
  naiveSoftmax,
  newton,
  probabilities,
  randomClasses,
  score,
  sigmoid,
  softmax,
  toTensors,
  type Labelled,
  type Params,
} from './model';

const grid = 40;
const zKeys = ['z1', 'z2', 'z3', 'z4'] as const;
const pct = (v: number | null) => (v === null ? 'non définie' : `${fr(100 * v, 1)}\u00a0%`);
const sig3 = (v: number) => Number(v.toPrecision(3));

export const { mount } = defineDemo({
  spec,
  backend: 'cpu',
  maxSteps: 2000,
  stepsPerFrame: 1,
  create(ctx) {
    const { tf, state } = ctx;
    const $i = (role: string) => ctx.$<HTMLInputElement>(role);
    const lrInput = $i('lr');
    const thrInput = $i('thr');
    const seedInput = $i('seed');
    const tempInput = $i('temp');
    const zInputs = zKeys.map((k) => $i(k));
    const pointSelect = ctx.$<HTMLSelectElement>('point');
    const addClass = ctx.$<HTMLSelectElement>('add-class');
    const px = $i('px');
    const py = $i('py');
    const cells = { tp: ctx.$('tp'), fp: ctx.$('fp'), fn: ctx.$('fn'), tn: ctx.$('tn') };
    const scatter = new Plot(ctx.$<HTMLCanvasElement>('scatter'), {
      x: { min: -1, max: 1 },
      y: { min: -1, max: 1 },
      xLabel: 'x₁',
      yLabel: 'x₂',
      aspect: 0.85,
    });
    const lossPlot = new Plot(ctx.$<HTMLCanvasElement>('loss'), {
      x: { min: 0, max: 50 },
      y: { min: 0, max: 0.8 },
      xLabel: 'pas',
      yLabel: 'perte (log-loss)',
      aspect: 0.85,
    });
    // Centres of the probability map's cells, one tensor for the whole life of the demo.
    const centres: number[][] = [];
    for (let j = 0; j < grid; j++)
      for (let i = 0; i < grid; i++) centres.push([-1 + ((i + 0.5) * 2) / grid, 1 - ((j + 0.5) * 2) / grid]);
    let gridXs: ReturnType<typeof tf.tensor2d> | undefined = tf.tensor2d(centres);
    const mapCanvas = document.createElement('canvas');
    mapCanvas.width = mapCanvas.height = grid;
    const mapCtx = context2d(mapCanvas);

    let pts: Labelled[] = [];
    let tensors: ReturnType<typeof toTensors> | undefined;
    let params: Params = { w1: 0, w2: 0, b: 0 };
    let optimum: Params | null = null;
    let history: number[] = [];
    let selected = 0;
    /** The point being dragged (set up with the pointer handlers below). */
    let drag: { readonly index: number | null } = { index: null };
    let soft: number[] = [];

    const classes = () => ({
      c0: pts.filter((p) => !p.label).map(({ x, y }) => ({ x, y })),
      c1: pts.filter((p) => p.label).map(({ x, y }) => ({ x, y })),
    });

    const load = () => {
      const own = state.c0 && state.c1 && state.c0.length > 0 && state.c1.length > 0;
      const { c0, c1 } = own ? { c0: state.c0!, c1: state.c1! } : randomClasses(state.seed);
      pts = labelled(c0, c1);
      if (tensors) tf.dispose([tensors.xs, tensors.ys]);
      tensors = toTensors(tf, pts);
      optimum = newton(pts);
      params = { w1: 0, w2: 0, b: 0 };
      history = [loss(pts, params)];
      selected = Math.min(selected, pts.length - 1);
      syncInputs();
    };

    const syncInputs = () => {
      lrInput.value = String(Math.log10(state.lr));
      ctx.$('lr-value').textContent = fr(state.lr, 3);
      thrInput.value = String(state.thr);
      ctx.$('thr-value').textContent = fr(state.thr, 2);
      seedInput.value = String(state.seed);
      tempInput.value = String(Math.log10(state.temp));
      ctx.$('temp-value').textContent = fr(state.temp, 3);
      zKeys.forEach((k, i) => (zInputs[i]!.value = String(state[k])));
      const counters = [0, 0];
      pointSelect.replaceChildren(
        ...pts.map(
          (p, i) =>
            new Option(
              `${p.label ? '▲ classe 1' : '● classe 0'} n° ${++counters[p.label]!} (${fr(p.x, 2)} ; ${fr(p.y, 2)})`,
              String(i),
            ),
        ),
      );
      pointSelect.value = String(selected);
      const p = pts[selected];
      px.value = p ? String(p.x) : '';
      py.value = p ? String(p.y) : '';
      computeSoftmax();
    };

    let softKey = '';
    /** Recomputed (TF.js) only when a score or the temperature changed. */
    const computeSoftmax = () => {
      const z = zKeys.map((k) => state[k]);
      const key = `${z.join()}|${state.temp}`;
      if (key === softKey) return;
      softKey = key;
      soft = softmax(tf, [z], state.temp)[0]!;
      const rows = soft.map((p, i) => {
        const tr = document.createElement('tr');
        const cellsText = [`${i + 1}`, fr(z[i]! / state.temp, 3), fr(p, 4)];
        for (const text of cellsText) {
          const td = document.createElement('td');
          td.textContent = text;
          tr.append(td);
        }
        const td = document.createElement('td');
        const bar = document.createElement('span');
        bar.className = 'lr-bar';
        bar.style.width = `${Math.max(0.5, 100 * p)}%`;
        td.append(bar);
        tr.append(td);
        return tr;
      });
      ctx.$('softmax').replaceChildren(...rows);
      const naiveBroken = naiveSoftmax(z, state.temp).some((v) => !Number.isFinite(v));
      const float32Broken = Math.max(...z.map((v) => v / state.temp)) > 88.7;
      ctx.$('softmax-note').textContent =
        `Somme des probabilités : ${fr(
          soft.reduce((a, b) => a + b, 0),
          6,
        )}. ` +
        (naiveBroken || float32Broken
          ? 'Ici, le calcul naïf e^(z/T) / Σ e^(z/T) déborderait (e^x est infini en float32 dès x > 88,7) et donnerait NaN : on soustrait d’abord le plus grand z/T, ce qui ne change pas le résultat et garde des nombres finis.'
          : 'Baissez T : la plus grande probabilité tend vers 1 ; montez-la : les probabilités s’égalisent.');
    };

    const setPoints = (list: Labelled[]) => {
      const fix = (p: Point) => ({ x: round(clamp(p.x)), y: round(clamp(p.y)) });
      ctx.update(
        { c0: list.filter((p) => !p.label).map(fix), c1: list.filter((p) => p.label).map(fix) },
        { restart: true },
      );
    };

    /** The line w₁x₁ + w₂x₂ + b = z as points inside the square (sampled, so that no clamping bends it). */
    const boundary = (q: Params, z: number): [number, number][] => {
      const out: [number, number][] = [];
      const n = 240;
      if (Math.abs(q.w2) >= Math.abs(q.w1) && Math.abs(q.w2) > 1e-9) {
        for (let i = 0; i <= n; i++) {
          const x = -1 + (2 * i) / n;
          const y = (z - q.b - q.w1 * x) / q.w2;
          if (Math.abs(y) <= 1.05) out.push([x, y]);
        }
      } else if (Math.abs(q.w1) > 1e-9) {
        for (let i = 0; i <= n; i++) {
          const y = -1 + (2 * i) / n;
          const x = (z - q.b - q.w2 * y) / q.w1;
          if (Math.abs(x) <= 1.05) out.push([x, y]);
        }
      }
      return out;
    };

    const draw = () => {
      computeSoftmax();
      const p = palette(scatter.canvas);
      for (const plot of [scatter, lossPlot])
        if (Math.round(plot.canvas.getBoundingClientRect().width) !== plot.width) plot.resize();
      scatter.clear();
      // The map as a grid×grid image stretched over the plotting area: smooth, no seams between cells.
      const probs = probabilities(tf, gridXs!, params);
      const image = mapCtx.createImageData(grid, grid);
      const [c0, c1] = [rgb(p.series[0]!), rgb(p.series[1]!)];
      for (let c = 0; c < probs.length; c++) {
        const v = probs[c]!;
        const col = v >= 0.5 ? c1 : c0;
        image.data.set([col[0], col[1], col[2], Math.round(255 * Math.abs(v - 0.5) * 0.55)], 4 * c);
      }
      mapCtx.putImageData(image, 0, 0);
      const [left, top] = scatter.px(-1, 1);
      const [right, bottom] = scatter.px(1, -1);
      scatter.ctx.save();
      scatter.ctx.imageSmoothingEnabled = true;
      scatter.ctx.drawImage(mapCanvas, left, top, right - left, bottom - top);
      scatter.ctx.restore();
      scatter.axes();
      if (state.thr !== 0.5) scatter.polyline(boundary(params, 0), p.muted, 2, [7, 5]);
      scatter.polyline(boundary(params, logit(state.thr)), p.text, 3);
      pts.forEach((q, i) => {
        const wrong = sigmoid(score(params, q)) >= state.thr ? !q.label : q.label === 1;
        scatter.marker(
          q.x,
          q.y,
          q.label ? 'triangle' : 'circle',
          q.label ? p.series[1]! : p.series[0]!,
          5.5,
          wrong || (i === selected && drag.index !== null),
        );
      });

      const best = optimum ? loss(pts, optimum) : 0;
      lossPlot.options.x.max = Math.max(50, Math.ceil(history.length / 50) * 50);
      lossPlot.options.y = { min: 0, max: Math.max(0.1, ...history.slice(0, 400)) * 1.1 };
      lossPlot.clear();
      lossPlot.axes();
      if (optimum)
        lossPlot.polyline(
          [
            [0, best],
            [lossPlot.options.x.max, best],
          ],
          p.series[2]!,
          2,
          [7, 5],
        );
      lossPlot.polyline(
        history.map((v, i) => [i, v]),
        p.series[1]!,
        2,
      );

      const c = confusion(pts, params, state.thr);
      const m = metrics(c);
      ctx.$('confusion-caption').textContent = `Matrice de confusion au seuil ${fr(state.thr, 2)}`;
      cells.tp.textContent = `VP ${c.tp}`;
      cells.fn.textContent = `FN ${c.fn}`;
      cells.fp.textContent = `FP ${c.fp}`;
      cells.tn.textContent = `VN ${c.tn}`;
      fillNumbers(ctx.$('metrics'), [
        ['exactitude', pct(m.accuracy)],
        ['précision', pct(m.precision)],
        ['rappel', pct(m.recall)],
        ['F1', pct(m.f1)],
      ]);
      fillNumbers(ctx.$('numbers'), [
        ['pas', String(ctx.stepCount)],
        ['w₁', fr(params.w1)],
        ['w₂', fr(params.w2)],
        ['b', fr(params.b)],
        ['perte', fr(loss(pts, params), 4)],
        ['perte minimale', optimum ? fr(best, 4) : '—'],
        ['écart', optimum ? fr(distance()) : '—'],
      ]);
    };

    const distance = () =>
      optimum ? Math.hypot(params.w1 - optimum.w1, params.w2 - optimum.w2, params.b - optimum.b) : NaN;

    ctx.on(lrInput, 'input', () => {
      const lr = sig3(10 ** Number(lrInput.value));
      ctx.$('lr-value').textContent = fr(lr, 3);
      ctx.update({ lr });
    });
    ctx.on(thrInput, 'input', () => {
      ctx.$('thr-value').textContent = fr(Number(thrInput.value), 2);
      ctx.update({ thr: Number(thrInput.value) });
    });
    ctx.on(tempInput, 'input', () => {
      const temp = sig3(10 ** Number(tempInput.value));
      ctx.$('temp-value').textContent = fr(temp, 3);
      ctx.update({ temp });
    });
    zKeys.forEach((k, i) =>
      ctx.on(zInputs[i]!, 'change', () => {
        const v = Number(zInputs[i]!.value);
        const z = Number.isFinite(v) ? Math.min(1000, Math.max(-1000, v)) : spec[k].default;
        zInputs[i]!.value = String(z);
        ctx.update({ [k]: z } as Partial<typeof state>);
      }),
    );
    ctx.on(seedInput, 'change', () => {
      ctx.update({ seed: seedFrom(seedInput.value), c0: null, c1: null }, { restart: true });
    });
    ctx.on(ctx.$('redraw'), 'click', () =>
      ctx.update({ seed: nextSeed(state.seed), c0: null, c1: null }, { restart: true }),
    );
    ctx.on(pointSelect, 'change', () => {
      selected = Number(pointSelect.value);
      syncInputs();
    });
    const moveSelected = () => {
      const next = pts.slice();
      if (!next[selected]) return;
      next[selected] = { ...next[selected]!, x: Number(px.value) || 0, y: Number(py.value) || 0 };
      setPoints(next);
    };
    ctx.on(px, 'change', moveSelected);
    ctx.on(py, 'change', moveSelected);
    const add = (x: number, y: number) => {
      const label = addClass.value === '1' ? 1 : 0;
      if (pts.filter((p) => p.label === label).length >= maxPerClass) return;
      const next = [...pts, { x, y, label } as Labelled];
      // Class 0 points come first in the list: the new point's index after sorting by class.
      selected = label ? next.length - 1 : pts.filter((p) => !p.label).length;
      setPoints(next);
    };
    ctx.on(ctx.$('add'), 'click', () => add(0, 0));
    ctx.on(ctx.$('remove'), 'click', () => {
      const p = pts[selected];
      // Each class keeps at least one point.
      if (!p || pts.filter((q) => q.label === p.label).length <= 1) return;
      setPoints(pts.filter((_, i) => i !== selected));
    });

    drag = dragOnPlot(ctx.on, scatter, {
      grab: (e) => scatter.nearest(pts, e),
      grabbed(i) {
        selected = i;
        draw();
      },
      move(i, x, y) {
        pts = pts.slice();
        pts[i] = { ...pts[i]!, x: round(clamp(x)), y: round(clamp(y)) };
        draw();
      },
      drop: () => setPoints(pts),
      miss(x, y) {
        if (Math.abs(x) <= 1 && Math.abs(y) <= 1) add(x, y);
      },
    });

    load();

    return {
      step() {
        const next = gdStep(tf, tensors!.xs, tensors!.ys, params, state.lr);
        if (![next.w1, next.w2, next.b, next.loss].every(Number.isFinite)) return false;
        const l = loss(pts, next);
        if (!Number.isFinite(l)) return false;
        params = { w1: next.w1, w2: next.w2, b: next.b };
        history.push(l);
        return true;
      },
      reset: load,
      draw,
      snapshot: () => {
        const c = confusion(pts, params, state.thr);
        return {
          w1: params.w1,
          w2: params.w2,
          b: params.b,
          loss: loss(pts, params),
          optimum,
          distance: optimum ? distance() : null,
          points: [classes().c0.length, classes().c1.length],
          ...c,
          ...metrics(c),
          softmax: soft,
          softmaxSum: soft.reduce((a, b) => a + b, 0),
        };
      },
      summary: () => {
        const c = confusion(pts, params, state.thr);
        const m = metrics(c);
        return (
          `Pas ${ctx.stepCount}, α = ${fr(state.lr, 3)} : w = (${fr(params.w1)} ; ${fr(params.w2)}), b = ${fr(params.b)}, loss ${fr(loss(pts, params), 4)}` +
          (optimum
            ? ` (minimum ${fr(loss(pts, optimum), 4)}, écart à l’optimum ${fr(distance())}). `
            : ' (classes séparables : pas d’optimum fini). ') +
          `Au seuil ${fr(state.thr, 2)} : ${c.tp} VP, ${c.fp} FP, ${c.fn} FN, ${c.tn} VN ; exactitude ${pct(m.accuracy)}, précision ${pct(m.precision)}, rappel ${pct(m.recall)}, F1 ${pct(m.f1)}. ` +
          `Softmax à T = ${fr(state.temp, 3)} : ${soft.map((v) => fr(v, 3)).join(' ; ')}.`
        );
      },
      divergence: () =>
        `Au pas ${ctx.stepCount}, la perte (loss) est devenue infinie (NaN). ` +
        (optimum
          ? `α = ${fr(state.lr, 3)} est trop grand : les poids sautent d’un côté à l’autre de l’optimum de plus en plus fort, `
          : 'Les deux classes sont séparables par une droite : la perte baisse toujours quand les poids grandissent, il n’y a pas d’optimum fini, ') +
        'jusqu’à ce que la sigmoïde vaille exactement 0 ou 1 en float32 ; log(0) = −∞ rend alors la perte infinie. Réduisez α, puis réinitialisez.',
      done: () => (optimum ? distance() < 1e-6 : false),
      dispose() {
        if (tensors) tf.dispose([tensors.xs, tensors.ys]);
        tensors = undefined;
        gridXs?.dispose();
        gridXs = undefined;
      },
    };
  },
});

const clamp = (v: number) => Math.min(1, Math.max(-1, v));
/** "#rrggbb" or "rgb(r, g, b)" → [r, g, b] (the palette's series colours). */
function rgb(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  const nums = color.match(/\d+(\.\d+)?/g)?.map(Number) ?? [];
  return [nums[0] ?? 0, nums[1] ?? 0, nums[2] ?? 0];
}
const round = (v: number) => Math.round(v * 1000) / 1000;
