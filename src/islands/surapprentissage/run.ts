/**
 * Demo 11 in the browser: the degree and λ controls, the fit on training and
 * validation points, the errors of the descent step by step with the early-stopping
 * marker, and the validation curve over the degree. Loaded (with TF.js) when visible.
 */
import { fillNumbers, fitWidth } from '../shared/dom';
import { Plot, fr, palette } from '../shared/plot';
import { defineDemo } from '../shared/runtime';
import { nextSeed, seedFrom } from '../shared/state';
import { spec } from './lesson';
import {
  argmin,
  createTrainer,
  type CurveRow,
  type Data,
  disposeTrainer,
  initialErrors,
  makeData,
  maxDegree,
  maxSteps,
  predict,
  ridgeFit,
  stepSize,
  type Trainer,
  trainStep,
  truth,
  validationCurve,
  weights,
} from './model';

/** Where the curves are drawn: 161 abscissas over [−1, 1]. */
const xs = Array.from({ length: 161 }, (_, i) => -1 + i / 80);
const lambdaText = (v: number) => (v === 0 ? '0' : fr(v, 4));
/** About 300 step indices from 1 to n, evenly spread on a log axis: what the loss curves draw. */
const logIndices = (n: number): number[] => {
  const out = new Set<number>();
  for (let i = 0; i <= 300; i++) out.add(Math.round(n ** (i / 300)));
  return [...out].filter((k) => k >= 1 && k <= n);
};

export const { mount } = defineDemo({
  spec,
  backend: 'cpu',
  maxSteps,
  create(ctx) {
    const { tf, state } = ctx;
    const inputs = {
      degree: ctx.$<HTMLInputElement>('degree'),
      lambda: ctx.$<HTMLSelectElement>('lambda'),
      seed: ctx.$<HTMLInputElement>('seed'),
    };
    const numbers = ctx.$('numbers');
    const fitPlot = new Plot(ctx.$<HTMLCanvasElement>('fit'), {
      x: { min: -1, max: 1 },
      y: { min: -2, max: 2 },
      xLabel: 'x',
      yLabel: 'y',
      aspect: 0.75,
    });
    // Steps on a log axis: the fall takes a few dozen steps, the rise the hundreds after.
    const lossPlot = new Plot(ctx.$<HTMLCanvasElement>('loss'), {
      x: { min: 1, max: maxSteps },
      logX: true,
      y: { min: 1e-2, max: 1 },
      xLabel: 'pas de la descente',
      yLabel: 'erreur (MSE)',
      aspect: 0.75,
      logY: true,
    });
    const curvePlot = new Plot(ctx.$<HTMLCanvasElement>('curve'), {
      x: { min: 0, max: maxDegree },
      y: { min: 1e-2, max: 1 },
      xLabel: 'degré du polynôme',
      yLabel: 'erreur (MSE)',
      aspect: 0.75,
      logY: true,
    });

    let data: Data;
    let curve: CurveRow[] = [];
    let exact: number[] = [];
    let trainer: Trainer | undefined;
    let alpha = 0;
    let history = { train: [] as number[], val: [] as number[] };
    /** The data and the curve depend on the seed and λ only: kept while the degree moves. */
    let made = { seed: 0, lambda: -1 };

    const load = () => {
      if (made.seed !== state.seed) {
        data = makeData(state.seed);
        made = { seed: state.seed, lambda: -1 };
      }
      if (made.lambda !== state.lambda) {
        curve = validationCurve(data, state.lambda);
        made.lambda = state.lambda;
      }
      exact = ridgeFit(data.train, state.degree, state.lambda);
      disposeTrainer(tf, trainer);
      trainer = createTrainer(tf, data, state.degree);
      alpha = stepSize(data.train, state.degree, state.lambda);
      const start = initialErrors(data);
      history = { train: [start.train], val: [start.val] };
      syncInputs();
    };

    const syncInputs = () => {
      inputs.degree.value = String(state.degree);
      ctx.$('degree-value').textContent = String(state.degree);
      // A link may carry a λ the selector does not list: add it, so that the selector shows the truth.
      if (![...inputs.lambda.options].some((o) => Number(o.value) === state.lambda))
        inputs.lambda.add(new Option(lambdaText(state.lambda), String(state.lambda)));
      inputs.lambda.value = [...inputs.lambda.options].find((o) => Number(o.value) === state.lambda)!.value;
      inputs.seed.value = String(state.seed);
    };

    const stopStep = () => argmin(history.val);
    const bestDegree = () => argmin(curve.map((r) => r.val));
    const last = (a: number[]) => a[a.length - 1]!;
    /** A log axis that holds the values, rounded out to whole decades' neighbours. */
    const logRange = (values: number[]) => {
      const finite = values.filter((v) => Number.isFinite(v) && v > 0);
      const lo = Math.min(...finite, 1);
      const hi = Math.max(...finite, lo * 10);
      return { min: Math.max(1e-4, lo / 1.6), max: Math.min(1e6, hi * 1.6) };
    };

    const draw = () => {
      for (const p of [fitPlot, lossPlot, curvePlot]) fitWidth(p);
      const p = palette(fitPlot.canvas);
      const gd = weights(trainer!);

      // The fit: the points, the function they come from, the descent's polynomial and the formula's.
      fitPlot.clear();
      fitPlot.axes();
      fitPlot.polyline(
        xs.map((x) => [x, truth(x)]),
        p.muted,
        1.5,
        [2, 4],
      );
      for (const q of data.val) fitPlot.marker(q.x, q.y, 'triangle', p.series[2]!, 3);
      for (const q of data.train) {
        fitPlot.marker(q.x, q.y, 'circle', p.bg, 6);
        fitPlot.marker(q.x, q.y, 'circle', p.series[0]!, 4.5);
      }
      fitPlot.polyline(
        xs.map((x) => [x, predict(exact, x)]),
        p.series[3]!,
        2,
        [7, 4],
      );
      fitPlot.polyline(
        xs.map((x) => [x, predict(gd, x)]),
        p.series[1]!,
        2.5,
      );

      // The errors of the descent, and where the validation error was lowest.
      const steps = history.val.length - 1;
      const stop = stopStep();
      lossPlot.options.y = logRange([...history.train.slice(1), ...history.val.slice(1)]);
      lossPlot.clear();
      lossPlot.axes();
      // Step 0 (w = 0) has no place on a log axis: the curves start after the first step.
      const shown = logIndices(steps);
      const after = (values: number[]) => shown.map((i) => [i, values[i]!] as [number, number]);
      if (stop > 0) {
        lossPlot.polyline(
          [
            [stop, lossPlot.options.y.min],
            [stop, lossPlot.options.y.max],
          ],
          p.series[3]!,
          1.5,
          [3, 3],
        );
      }
      lossPlot.polyline(after(history.train), p.series[0]!, 2);
      lossPlot.polyline(after(history.val), p.series[1]!, 2, [7, 4]);
      if (stop > 0) lossPlot.marker(stop, history.val[stop]!, 'diamond', p.series[3]!, 6);

      // The validation curve of the formula's solution over the degree.
      const best = bestDegree();
      curvePlot.options.y = logRange(curve.flatMap((r) => [r.train, r.val]));
      curvePlot.clear();
      curvePlot.axes();
      curvePlot.polyline(
        curve.map((r) => [r.degree, r.train]),
        p.series[0]!,
        2,
      );
      curvePlot.polyline(
        curve.map((r) => [r.degree, r.val]),
        p.series[1]!,
        2,
        [7, 4],
      );
      for (const r of curve) {
        curvePlot.marker(r.degree, r.train, 'circle', p.series[0]!, 3.5, r.degree === state.degree);
        curvePlot.marker(r.degree, r.val, 'square', p.series[1]!, 3.5, r.degree === state.degree);
      }
      curvePlot.marker(best, curve[best]!.val, 'diamond', p.series[3]!, 6);

      fillNumbers(numbers, [
        ['pas', String(ctx.stepCount)],
        ['entraînement', fr(last(history.train), 4)],
        ['validation', fr(last(history.val), 4)],
        ['arrêt précoce', steps > 0 ? `pas ${stop}` : '—'],
        ['validation min.', fr(history.val[stop]!, 4)],
        ['meilleur degré', String(best)],
      ]);
    };

    const restartWith = (patch: Partial<typeof state>) => ctx.update(patch, { restart: true });
    ctx.on(inputs.degree, 'input', () => restartWith({ degree: Number(inputs.degree.value) }));
    ctx.on(inputs.lambda, 'change', () => restartWith({ lambda: Number(inputs.lambda.value) }));
    ctx.on(inputs.seed, 'change', () => restartWith({ seed: seedFrom(inputs.seed.value) }));
    ctx.on(ctx.$('redraw'), 'click', () => restartWith({ seed: nextSeed(state.seed) }));

    load();

    return {
      step() {
        const e = trainStep(tf, trainer!, state.lambda, alpha);
        history.train.push(e.train);
        history.val.push(e.val);
        return Number.isFinite(e.train) && Number.isFinite(e.val);
      },
      reset: load,
      draw,
      // Play moves evenly along the log axis: a few steps per frame at first, more later (≈ 5 s in all).
      stepsPerFrame: () => Math.max(1, Math.round(ctx.stepCount * 0.03)),
      snapshot: () => {
        const stop = stopStep();
        const best = bestDegree();
        return {
          trainError: last(history.train),
          valError: last(history.val),
          stopStep: stop,
          stopError: history.val[stop],
          bestDegree: best,
          curveTrain: curve[state.degree]!.train,
          curveVal: curve[state.degree]!.val,
          bestVal: curve[best]!.val,
        };
      },
      summary: () => {
        const steps = history.val.length - 1;
        const stop = stopStep();
        const best = bestDegree();
        const row = curve[state.degree]!;
        return (
          `Pas ${ctx.stepCount} : polynôme de degré ${state.degree}, λ = ${lambdaText(state.lambda)}. ` +
          `Erreur d’entraînement ${fr(last(history.train), 4)}, erreur de validation ${fr(last(history.val), 4)}` +
          (steps > 0 ? ` ; la plus basse, ${fr(history.val[stop]!, 4)}, au pas ${stop} (arrêt précoce). ` : '. ') +
          `Solution de la formule ridge à ce degré : ${fr(row.train, 4)} en entraînement, ${fr(row.val, 4)} en validation ; ` +
          `meilleur degré pour la validation : ${best}.`
        );
      },
      divergence: () =>
        'Le calcul a divergé : les erreurs sont devenues infinies. Réinitialisez, ou choisissez un degré plus petit.',
      dispose() {
        disposeTrainer(tf, trainer);
        trainer = undefined;
      },
    };
  },
});
