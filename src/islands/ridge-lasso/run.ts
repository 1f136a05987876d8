/**
 * Demo 4 in the browser: the λ slider, the iterates of ridge and lasso in the
 * (w₁, w₂) plane with the L2 and L1 constraint balls, and the coefficient paths.
 */
import { Plot, fr, palette } from '../shared/plot';
import { defineDemo } from '../shared/runtime';
import { seedFrom } from '../shared/state';
import { lambdaMax, spec } from './lesson';
import {
  gram,
  lassoSolve,
  randomData,
  ridgeClosedForm,
  step,
  stepSizes,
  toTensors,
  type Data,
  type Vec2,
} from './model';
import { fillNumbers } from '../shared/dom';

export const { mount } = defineDemo({
  spec,
  backend: 'cpu',
  maxSteps: 1500,
  stepsPerFrame: 2,
  create(ctx) {
    const { tf, state } = ctx;
    const lambdaInput = ctx.$<HTMLInputElement>('lambda');
    const lambdaValue = ctx.$('lambda-value');
    const seedInput = ctx.$<HTMLInputElement>('seed');
    const numbers = ctx.$('numbers');
    const plane = new Plot(ctx.$<HTMLCanvasElement>('plane'), {
      x: { min: -2, max: 2 },
      y: { min: -2, max: 2 },
      xLabel: 'w₁',
      yLabel: 'w₂',
      aspect: 1,
    });
    const paths = new Plot(ctx.$<HTMLCanvasElement>('paths'), {
      x: { min: 0, max: lambdaMax },
      y: { min: -2, max: 2 },
      xLabel: 'λ',
      yLabel: 'coefficient',
      aspect: 0.8,
    });

    let data: Data;
    let tensors: ReturnType<typeof toTensors> | undefined;
    let ridge: Vec2 = [0, 0];
    let lasso: Vec2 = [0, 0];
    let trail: { ridge: Vec2[]; lasso: Vec2[] } = { ridge: [], lasso: [] };
    let ridgeStar: Vec2 = [0, 0];
    let lassoStar: Vec2 = [0, 0];
    let ols: Vec2 = [0, 0];
    let pathRows: { lambda: number; ridge: Vec2; lasso: Vec2 }[] = [];
    let seedUsed = 0;

    const load = () => {
      if (seedUsed !== state.seed) {
        data = randomData(state.seed);
        if (tensors) tf.dispose([tensors.X, tensors.y]);
        tensors = toTensors(tf, data);
        ols = ridgeClosedForm(data, 0);
        pathRows = Array.from({ length: 81 }, (_, i) => {
          const lambda = (i / 80) * lambdaMax;
          return { lambda, ridge: ridgeClosedForm(data, lambda), lasso: lassoSolve(data, lambda) };
        });
        seedUsed = state.seed;
      }
      ridgeStar = ridgeClosedForm(data, state.lambda);
      lassoStar = lassoSolve(data, state.lambda);
      ridge = [0, 0];
      lasso = [0, 0];
      trail = { ridge: [ridge], lasso: [lasso] };
      lambdaInput.value = String(state.lambda);
      lambdaValue.textContent = fr(state.lambda, 1);
      seedInput.value = String(state.seed);
    };

    /** Level sets of ‖Xw − y‖² are ellipses around the least-squares solution: w = ŵ + √c·A^(−1/2)u. */
    const ellipse = (level: number): [number, number][] => {
      const [a, b, d] = gram(data).xtx;
      const tr = (a + d) / 2;
      const disc = Math.sqrt(((a - d) / 2) ** 2 + b * b);
      const [l1, l2] = [tr + disc, tr - disc];
      const v1: Vec2 = Math.abs(b) > 1e-12 ? normalise([l1 - d, b]) : a >= d ? [1, 0] : [0, 1];
      const v2: Vec2 = [-v1[1], v1[0]];
      return Array.from({ length: 73 }, (_, i) => {
        const t = (i / 72) * 2 * Math.PI;
        const [c1, c2] = [Math.sqrt(level / l1) * Math.cos(t), Math.sqrt(level / l2) * Math.sin(t)];
        return [ols[0] + c1 * v1[0] + c2 * v2[0], ols[1] + c1 * v1[1] + c2 * v2[1]];
      });
    };
    /** ‖Xw − y‖² − ‖Xŵ − y‖² = (w − ŵ)ᵀXᵀX(w − ŵ). */
    const excess = (w: Vec2) => {
      const [a, b, d] = gram(data).xtx;
      const [e1, e2] = [w[0] - ols[0], w[1] - ols[1]];
      return a * e1 * e1 + 2 * b * e1 * e2 + d * e2 * e2;
    };

    const draw = () => {
      const p = palette(plane.canvas);
      for (const plot of [plane, paths])
        if (Math.round(plot.canvas.getBoundingClientRect().width) !== plot.width) plot.resize();
      const r = Math.max(1, Math.abs(ols[0]), Math.abs(ols[1])) * 1.25;
      plane.options.x = { min: -r, max: r };
      plane.options.y = { min: -r, max: r };
      plane.clear();
      plane.axes();
      for (const w of [ridgeStar, lassoStar]) if (excess(w) > 1e-9) plane.polyline(ellipse(excess(w)), p.grid, 1.5);
      const rr = Math.hypot(...ridgeStar);
      plane.polyline(
        Array.from({ length: 73 }, (_, i) => [
          rr * Math.cos((i / 72) * 2 * Math.PI),
          rr * Math.sin((i / 72) * 2 * Math.PI),
        ]),
        p.series[1]!,
        2,
      );
      const t = Math.abs(lassoStar[0]) + Math.abs(lassoStar[1]);
      plane.polyline(
        [
          [t, 0],
          [0, t],
          [-t, 0],
          [0, -t],
          [t, 0],
        ],
        p.series[3]!,
        2,
        [7, 5],
      );
      plane.polyline(trail.ridge, p.series[1]!, 1.5);
      plane.polyline(trail.lasso, p.series[3]!, 1.5, [4, 4]);
      plane.marker(ols[0], ols[1], 'cross', p.text, 6);
      plane.marker(ridge[0], ridge[1], 'square', p.series[1]!, 6);
      plane.marker(lasso[0], lasso[1], 'triangle', p.series[3]!, 7);

      const top = Math.max(1, ...pathRows.flatMap((row) => [...row.ridge, ...row.lasso].map(Math.abs))) * 1.15;
      paths.options.y = { min: -top, max: top };
      paths.clear();
      paths.axes();
      paths.polyline(
        [
          [state.lambda, -top],
          [state.lambda, top],
        ],
        p.muted,
        1,
        [2, 3],
      );
      for (const j of [0, 1] as const) {
        paths.polyline(
          pathRows.map((row) => [row.lambda, row.ridge[j]]),
          p.series[1]!,
          2,
        );
        paths.polyline(
          pathRows.map((row) => [row.lambda, row.lasso[j]]),
          p.series[3]!,
          2,
          [7, 5],
        );
        paths.marker(state.lambda, ridgeStar[j], j === 0 ? 'circle' : 'square', p.series[1]!, 5);
        paths.marker(state.lambda, lassoStar[j], j === 0 ? 'circle' : 'square', p.series[3]!, 5);
      }

      const rows: [string, string][] = [
        ['pas', String(ctx.stepCount)],
        ['ridge w₁', fr(ridge[0])],
        ['ridge w₂', fr(ridge[1])],
        ['lasso w₁', fr(lasso[0])],
        ['lasso w₂', fr(lasso[1])],
        ['moindres carrés w₁', fr(ols[0])],
        ['moindres carrés w₂', fr(ols[1])],
      ];
      fillNumbers(numbers, rows);
    };

    ctx.on(lambdaInput, 'input', () => ctx.update({ lambda: Number(lambdaInput.value) }, { restart: true }));
    ctx.on(seedInput, 'change', () => {
      ctx.update({ seed: seedFrom(seedInput.value) }, { restart: true });
    });

    load();
    const dist = (a: Vec2, b: Vec2) => Math.hypot(a[0] - b[0], a[1] - b[1]);
    return {
      step() {
        const { lrRidge, lrLasso } = stepSizes(data, state.lambda);
        const next = step(tf, tensors!.X, tensors!.y, ridge, lasso, state.lambda, lrRidge, lrLasso);
        if (![...next.ridge, ...next.lasso].every(Number.isFinite)) return false;
        ({ ridge, lasso } = next);
        trail.ridge.push(ridge);
        trail.lasso.push(lasso);
        return true;
      },
      reset: load,
      draw,
      snapshot: () => ({
        ridge,
        lasso,
        ridgeStar,
        lassoStar,
        ols,
        ridgeGap: dist(ridge, ridgeStar),
        lassoGap: dist(lasso, lassoStar),
      }),
      summary: () =>
        `Pas ${ctx.stepCount}, λ = ${fr(state.lambda, 1)}. Ridge : w = (${fr(ridge[0])} ; ${fr(ridge[1])}), solution (XᵀX + λI)⁻¹Xᵀy = (${fr(ridgeStar[0])} ; ${fr(ridgeStar[1])}). ` +
        `Lasso : w = (${fr(lasso[0])} ; ${fr(lasso[1])}), solution (${fr(lassoStar[0])} ; ${fr(lassoStar[1])})` +
        (lassoStar.filter((v) => v === 0).length
          ? `, dont ${lassoStar.filter((v) => v === 0).length} coefficient(s) exactement nul(s).`
          : '.') +
        ` Moindres carrés (λ = 0) : (${fr(ols[0])} ; ${fr(ols[1])}).`,
      done: () => dist(ridge, ridgeStar) < 1e-6 && dist(lasso, lassoStar) < 1e-6,
      dispose() {
        if (tensors) tf.dispose([tensors.X, tensors.y]);
        tensors = undefined;
      },
    };
  },
});

const normalise = ([x, y]: Vec2): Vec2 => {
  const n = Math.hypot(x, y) || 1;
  return [x / n, y / n];
};
