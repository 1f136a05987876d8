/**
 * Demo 8 in the browser: SGD, momentum and Adam racing from the same start on a
 * bowl or on Rosenbrock, with α and β sliders; trajectories over contour lines
 * and the three losses against the steps.
 */
import { fillNumbers } from '../shared/dom';
import { Plot, fr, palette } from '../shared/plot';
import { defineDemo } from '../shared/runtime';
import { defaultLr, spec } from './lesson';
import { contour, loss, raceStep, startRace, surfaces, type Race, type Surface, type Vec2 } from './model';

const surfaceLabels: Record<Surface, string> = { bol: 'le bol quadratique', rosenbrock: 'la fonction de Rosenbrock' };
const names = ['SGD', 'momentum', 'Adam'] as const;
const keys = ['sgd', 'momentum', 'adam'] as const;

export const { mount } = defineDemo({
  spec,
  backend: 'cpu',
  maxSteps: 3000,
  stepsPerFrame: 6,
  create(ctx) {
    const { tf, state } = ctx;
    const surfaceInput = ctx.$<HTMLSelectElement>('surface');
    const lrInput = ctx.$<HTMLInputElement>('lr');
    const lrValue = ctx.$('lr-value');
    const betaInput = ctx.$<HTMLInputElement>('beta');
    const betaValue = ctx.$('beta-value');
    const numbers = ctx.$('numbers');
    const plane = new Plot(ctx.$<HTMLCanvasElement>('plane'), {
      x: { min: -5, max: 5 },
      y: { min: -3, max: 3 },
      xLabel: 'θ₁',
      yLabel: 'θ₂',
      aspect: 0.6,
    });
    const curve = new Plot(ctx.$<HTMLCanvasElement>('loss'), {
      x: { min: 0, max: 100 },
      y: { min: 1e-8, max: 100 },
      xLabel: 'pas',
      yLabel: 'perte L',
      aspect: 0.6,
      logY: true,
    });

    let race: Race = startRace(state.surface);
    let trails: Record<(typeof keys)[number], Vec2[]> = { sgd: [], momentum: [], adam: [] };
    let losses: Record<(typeof keys)[number], number[]> = { sgd: [], momentum: [], adam: [] };
    let failed: string[] = [];

    const load = () => {
      race = startRace(state.surface);
      trails = { sgd: [race.sgd], momentum: [race.momentum], adam: [race.adam] };
      const l0 = loss(state.surface, race.sgd);
      losses = { sgd: [l0], momentum: [l0], adam: [l0] };
      failed = [];
      const s = surfaces[state.surface];
      plane.options.x = { min: s.x[0], max: s.x[1] };
      plane.options.y = { min: s.y[0], max: s.y[1] };
      plane.options.aspect = (s.y[1] - s.y[0]) / (s.x[1] - s.x[0]);
      plane.resize();
      surfaceInput.value = state.surface;
      lrInput.value = String(Math.log10(state.lr));
      lrValue.textContent = fr(state.lr, 4);
      betaInput.value = String(state.beta);
      betaValue.textContent = fr(state.beta, 2);
    };

    /** Only the parts of a polyline inside the view: the plot would clamp the rest onto its frame. */
    const inView = (pts: Vec2[]): Vec2[][] => {
      const { x, y } = plane.options;
      const runs: Vec2[][] = [];
      let run: Vec2[] = [];
      for (const p of pts) {
        if (p[0] >= x.min && p[0] <= x.max && p[1] >= y.min && p[1] <= y.max) run.push(p);
        else if (run.length) {
          runs.push(run);
          run = [];
        }
      }
      if (run.length) runs.push(run);
      return runs;
    };

    const styles = (p: ReturnType<typeof palette>) =>
      [
        { colour: p.series[0]!, dash: [] as number[], shape: 'circle' as const },
        { colour: p.series[1]!, dash: [7, 4] as number[], shape: 'square' as const },
        { colour: p.series[2]!, dash: [2, 3] as number[], shape: 'triangle' as const },
      ] as const;

    const draw = () => {
      const p = palette(plane.canvas);
      for (const plot of [plane, curve])
        if (Math.round(plot.canvas.getBoundingClientRect().width) !== plot.width) plot.resize();
      plane.clear();
      plane.axes();
      for (const c of surfaces[state.surface].levels)
        for (const run of inView(contour(state.surface, c))) plane.polyline(run, p.grid, 1.5);
      const min = surfaces[state.surface].minimum;
      plane.marker(min[0], min[1], 'cross', p.text, 6);
      const st = styles(p);
      keys.forEach((k, i) => {
        for (const run of inView(trails[k])) plane.polyline(run, st[i]!.colour, 2, st[i]!.dash);
        plane.marker(race[k][0], race[k][1], st[i]!.shape, st[i]!.colour, 6);
      });

      const n = Math.max(1, losses.sgd.length - 1);
      const all = keys.flatMap((k) => losses[k]).filter((v) => Number.isFinite(v) && v > 0);
      curve.options.x = { min: 0, max: Math.max(10, n) };
      curve.options.y = { min: Math.max(1e-12, Math.min(...all, 1) / 2), max: Math.max(...all, 1) * 2 };
      curve.clear();
      curve.axes();
      // Every point of a long run would be wasted: about 400 per curve are enough.
      const stride = Math.max(1, Math.ceil(losses.sgd.length / 400));
      keys.forEach((k, i) => {
        const pts = losses[k].flatMap((v, j): [number, number][] =>
          j % stride === 0 || j === losses[k].length - 1 ? [[j, v]] : [],
        );
        curve.polyline(pts, st[i]!.colour, 2, st[i]!.dash);
      });

      fillNumbers(numbers, [
        ['pas', String(ctx.stepCount)],
        // Positions are in the summary below: here only the losses, short enough for a phone.
        ...keys.map((k, i): [string, string] => [`perte ${names[i]}`, fr(loss(state.surface, race[k]), 3)]),
      ]);
    };

    ctx.on(surfaceInput, 'change', () => {
      const surface = surfaceInput.value === 'rosenbrock' ? 'rosenbrock' : 'bol';
      ctx.update({ surface, lr: defaultLr[surface] }, { restart: true });
    });
    ctx.on(lrInput, 'input', () =>
      ctx.update({ lr: Number((10 ** Number(lrInput.value)).toPrecision(2)) }, { restart: true }),
    );
    ctx.on(betaInput, 'input', () => ctx.update({ beta: Number(betaInput.value) }, { restart: true }));

    load();
    const gap = (k: (typeof keys)[number]) =>
      Math.hypot(race[k][0] - surfaces[state.surface].minimum[0], race[k][1] - surfaces[state.surface].minimum[1]);
    return {
      step() {
        const next = raceStep(tf, state.surface, race, state.lr, state.beta);
        const bad = keys.filter((k) => ![...next[k]].every((v) => Number.isFinite(v) && Math.abs(v) < 1e6));
        if (bad.length) {
          failed = bad.map((k) => names[keys.indexOf(k)]!);
          return false;
        }
        race = next;
        for (const k of keys) {
          trails[k].push(race[k]);
          losses[k].push(loss(state.surface, race[k]));
        }
        return true;
      },
      reset: load,
      draw,
      snapshot: () => ({
        sgd: race.sgd,
        momentum: race.momentum,
        adam: race.adam,
        losses: keys.map((k) => loss(state.surface, race[k])),
        gaps: keys.map(gap),
      }),
      summary: () =>
        `Pas ${ctx.stepCount} sur ${surfaceLabels[state.surface]}, α = ${fr(state.lr, 4)}, β = ${fr(state.beta, 2)}. ` +
        keys
          .map(
            (k, i) =>
              `${names[i]} : θ = (${fr(race[k][0])} ; ${fr(race[k][1])}), perte ${fr(loss(state.surface, race[k]), 4)}`,
          )
          .join(' ; ') +
        `. Minimum en (${fr(surfaces[state.surface].minimum[0])} ; ${fr(surfaces[state.surface].minimum[1])}).`,
      divergence: () =>
        `Au pas ${ctx.stepCount}, ${failed.join(' et ')} a divergé : avec α = ${fr(state.lr, 4)}, chaque pas dépasse le fond de la vallée et les paramètres s’éloignent de plus en plus, jusqu’à l’infini. ` +
        (state.surface === 'bol'
          ? 'Sur ce bol, SGD diverge dès que α dépasse 2/10 = 0,2 (10 est la plus forte courbure). '
          : 'Sur Rosenbrock, la vallée est très étroite : α doit rester petit. ') +
        'Réduisez α, puis réinitialisez.',
      done: () => keys.every((k) => gap(k) < 1e-4),
      dispose() {
        // Every tensor lives inside tf.tidy in model.ts: nothing is kept between steps.
      },
    };
  },
});
