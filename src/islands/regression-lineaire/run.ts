/**
 * Demo 3 in the browser: state, drawing and pointer/keyboard editing around
 * model.ts. Loaded (with TF.js) only when the demo becomes visible.
 */
import { Plot, palette, fr } from '../shared/plot';
import { defineDemo } from '../shared/runtime';
import { type Point, nextSeed, seedFrom } from '../shared/state';
import { maxPoints, spec } from './lesson';
import {
  divergenceThreshold,
  gdStep,
  mse,
  normalEquation,
  randomPoints,
  thresholdSentence,
  toTensors,
  type Params,
} from './model';
import { dragOnPlot, fillNumbers } from '../shared/dom';

export const { mount } = defineDemo({
  spec,
  backend: 'cpu',
  maxSteps: 2000,
  stepsPerFrame: 1,
  create(ctx) {
    const { tf, state } = ctx;
    const lrInput = ctx.$<HTMLInputElement>('lr');
    const lrValue = ctx.$('lr-value');
    const seedInput = ctx.$<HTMLInputElement>('seed');
    const pointSelect = ctx.$<HTMLSelectElement>('point');
    const px = ctx.$<HTMLInputElement>('px');
    const py = ctx.$<HTMLInputElement>('py');
    const numbers = ctx.$('numbers');
    const threshold = ctx.$('threshold');
    const scatter = new Plot(ctx.$<HTMLCanvasElement>('scatter'), {
      x: { min: -1, max: 1 },
      y: { min: -1, max: 1 },
      xLabel: 'x',
      yLabel: 'y',
      aspect: 0.8,
    });
    const lossPlot = new Plot(ctx.$<HTMLCanvasElement>('loss'), {
      x: { min: 0, max: 50 },
      y: { min: 1e-3, max: 1 },
      xLabel: 'pas',
      yLabel: 'MSE',
      aspect: 0.8,
      logY: true,
    });

    let pts: Point[] = [];
    let tensors: ReturnType<typeof toTensors> | undefined;
    let params: Params = { w: 0, b: 0 };
    let history: number[] = [];
    let optimum: Params | null = null;
    let selected = 0;
    /** The point being dragged (set up with the pointer handlers below). */
    let drag: { readonly index: number | null } = { index: null };

    const load = () => {
      // Fewer than two points make no line: a link with too few falls back to the seed's points.
      pts = state.pts && state.pts.length >= 2 ? state.pts : randomPoints(state.seed);
      if (tensors) tf.dispose([tensors.xs, tensors.ys]);
      tensors = toTensors(tf, pts);
      optimum = normalEquation(pts);
      params = { w: 0, b: 0 };
      history = [mse(pts, params)];
      selected = Math.min(selected, Math.max(0, pts.length - 1));
      syncInputs();
    };

    const syncInputs = () => {
      lrInput.value = String(state.lr);
      lrValue.textContent = fr(state.lr, 2);
      seedInput.value = String(state.seed);
      pointSelect.replaceChildren(
        ...pts.map((p, i) => new Option(`n° ${i + 1} (${fr(p.x, 2)} ; ${fr(p.y, 2)})`, String(i))),
      );
      pointSelect.value = String(selected);
      const p = pts[selected];
      px.value = p ? String(p.x) : '';
      py.value = p ? String(p.y) : '';
      threshold.textContent = thresholdSentence(pts);
    };

    /** Points edited by the reader become part of the URL state. */
    const setPoints = (next: Point[]) => {
      ctx.update({ pts: next.map((p) => ({ x: clamp(p.x), y: clamp(p.y) })) }, { restart: true });
    };

    const draw = () => {
      const p = palette(scatter.canvas);
      for (const plot of [scatter, lossPlot]) {
        if (Math.round(plot.canvas.getBoundingClientRect().width) !== plot.width) plot.resize();
      }
      scatter.clear();
      scatter.axes();
      const line = (q: Params) =>
        [
          [-1, q.w * -1 + q.b],
          [1, q.w + q.b],
        ] as [number, number][];
      if (optimum) scatter.polyline(line(optimum), p.series[2]!, 2, [7, 5]);
      scatter.polyline(line(params), p.series[1]!, 3);
      pts.forEach((q, i) => scatter.marker(q.x, q.y, 'circle', p.series[0]!, 6, i === selected && drag.index !== null));

      const finite = history.filter(Number.isFinite);
      const best = optimum ? mse(pts, optimum) : 0;
      const top = Math.max(1e-2, ...finite.slice(0, 200));
      lossPlot.options.x.max = Math.max(50, Math.ceil(history.length / 50) * 50);
      lossPlot.options.y = { min: Math.max(1e-6, Math.min(best, ...finite) / 2), max: top * 2 };
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
        finite.map((v, i) => [i, v]),
        p.series[1]!,
        2,
      );

      const rows: [string, string][] = [
        ['pas', String(ctx.stepCount)],
        ['w', fr(params.w)],
        ['b', fr(params.b)],
        ['MSE', fr(mse(pts, params), 4)],
        ['w*', optimum ? fr(optimum.w) : '—'],
        ['b*', optimum ? fr(optimum.b) : '—'],
        ['MSE*', optimum ? fr(best, 4) : '—'],
        ['écart', optimum ? fr(distance()) : '—'],
      ];
      fillNumbers(numbers, rows);
    };

    const distance = () => (optimum ? Math.hypot(params.w - optimum.w, params.b - optimum.b) : NaN);

    // Controls of this demo.
    ctx.on(lrInput, 'input', () => {
      lrValue.textContent = fr(Number(lrInput.value), 2);
      ctx.update({ lr: Number(lrInput.value) });
    });
    ctx.on(seedInput, 'change', () => {
      ctx.update({ seed: seedFrom(seedInput.value), pts: null }, { restart: true });
    });
    ctx.on(ctx.$('redraw'), 'click', () => ctx.update({ seed: nextSeed(state.seed), pts: null }, { restart: true }));
    ctx.on(pointSelect, 'change', () => {
      selected = Number(pointSelect.value);
      syncInputs();
    });
    const moveSelected = () => {
      const next = pts.slice();
      if (!next[selected]) return;
      next[selected] = { x: Number(px.value) || 0, y: Number(py.value) || 0 };
      setPoints(next);
    };
    ctx.on(px, 'change', moveSelected);
    ctx.on(py, 'change', moveSelected);
    ctx.on(ctx.$('add'), 'click', () => {
      if (pts.length >= maxPoints) return;
      selected = pts.length;
      setPoints([...pts, { x: 0, y: 0 }]);
    });
    ctx.on(ctx.$('remove'), 'click', () => {
      if (pts.length <= 2) return;
      setPoints(pts.filter((_, i) => i !== selected));
    });

    // Pointer: drag a point, or add one where the canvas is empty.
    drag = dragOnPlot(ctx.on, scatter, {
      grab: (e) => scatter.nearest(pts, e),
      grabbed(i) {
        selected = i;
        draw();
      },
      move(i, x, y) {
        pts = pts.slice();
        pts[i] = { x: round(clamp(x)), y: round(clamp(y)) };
        optimum = normalEquation(pts);
        draw();
      },
      drop: () => setPoints(pts),
      miss(x, y) {
        if (pts.length >= maxPoints) return;
        selected = pts.length;
        setPoints([...pts, { x, y }]);
      },
    });

    load();

    return {
      step() {
        const next = gdStep(tf, tensors!.xs, tensors!.ys, params, state.lr);
        const loss = mse(pts, next);
        if (!Number.isFinite(next.w) || !Number.isFinite(next.b) || !Number.isFinite(loss)) return false;
        params = { w: next.w, b: next.b };
        history.push(loss);
        return true;
      },
      reset: load,
      draw,
      snapshot: () => ({
        w: params.w,
        b: params.b,
        mse: mse(pts, params),
        optimum,
        distance: optimum ? distance() : null,
        threshold: Number.isFinite(divergenceThreshold(pts)) ? divergenceThreshold(pts) : null,
        points: pts.length,
      }),
      summary: () =>
        `Pas ${ctx.stepCount}, α = ${fr(state.lr, 2)} : droite ŷ = ${fr(params.w)}·x ${params.b < 0 ? '−' : '+'} ${fr(Math.abs(params.b))}, MSE = ${fr(mse(pts, params), 4)}. ` +
        (optimum
          ? `Équation normale : w* = ${fr(optimum.w)}, b* = ${fr(optimum.b)}, MSE minimale ${fr(mse(pts, optimum), 4)} ; écart ${fr(distance())}.`
          : 'Équation normale : XᵀX n’est pas inversible (il faut au moins deux x différents).'),
      divergence: () =>
        `Au pas ${ctx.stepCount}, la MSE a explosé : α = ${fr(state.lr, 2)} dépasse le seuil 2/λmax ≈ ${fr(divergenceThreshold(pts), 3)} pour ces points. ` +
        'Chaque pas franchit le minimum et atterrit plus loin de l’autre côté ; les valeurs deviennent infinies (NaN). Réduisez α, puis réinitialisez.',
      done: () => (optimum ? distance() < 1e-5 : false),
      dispose() {
        if (tensors) tf.dispose([tensors.xs, tensors.ys]);
        tensors = undefined;
      },
    };
  },
});

const clamp = (v: number) => Math.min(1, Math.max(-1, v));
const round = (v: number) => Math.round(v * 1000) / 1000;
