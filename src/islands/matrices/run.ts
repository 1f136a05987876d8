/**
 * Demo 1 in the browser: the entries of a 2×2 matrix A, edited with number inputs or by
 * dragging the images Ae₁ = (a, c) and Ae₂ = (b, d) of the basis vectors; the unit circle
 * and its image ellipse, the real eigenvectors, the singular directions and U, Σ, Vᵀ.
 * The steps run power iteration, v ← Av / ‖Av‖, with TF.js.
 */
import { dragOnPlot, fillNumbers } from '../shared/dom';
import { Plot, fr, palette } from '../shared/plot';
import { defineDemo } from '../shared/runtime';
import { limit, spec } from './lesson';
import { apply, det, eigen, ellipse, powerStep, svd, type Mat2, type Vec2 } from './model';

const roles = ['a', 'b', 'c', 'd'] as const;
/** Power iteration starts on the diagonal: not an eigenvector of the default matrix. */
const start: Vec2 = [Math.SQRT1_2, Math.SQRT1_2];
const round = (v: number) => Math.round(Math.min(limit, Math.max(-limit, v)) * 20) / 20;
const matrix = (m: Mat2) => `(${fr(m[0])} ${fr(m[1])} ; ${fr(m[2])} ${fr(m[3])})`;

export const { mount } = defineDemo({
  spec,
  backend: 'cpu',
  maxSteps: 1000,
  stepsPerFrame: 1,
  frameMs: 250,
  create(ctx) {
    const { tf, state } = ctx;
    const inputs = Object.fromEntries(roles.map((r) => [r, ctx.$<HTMLInputElement>(r)])) as Record<
      (typeof roles)[number],
      HTMLInputElement
    >;
    const numbers = ctx.$('numbers');
    const plot = new Plot(ctx.$<HTMLCanvasElement>('plane'), {
      x: { min: -4.5, max: 4.5 },
      y: { min: -4.5, max: 4.5 },
      xLabel: 'x₁',
      yLabel: 'x₂',
      aspect: 1,
    });
    const A = (): Mat2 => [state.a, state.b, state.c, state.d];

    let v: Vec2 = start;
    let growth: number | null = null;
    /** The column of A being dragged (set up with the pointer handlers below). */
    let drag: { readonly index: number | null } = { index: null };

    const load = () => {
      v = start;
      growth = null;
      for (const r of roles) if (document.activeElement !== inputs[r]) inputs[r].value = String(state[r]);
    };

    const draw = () => {
      const p = palette(plot.canvas);
      if (Math.round(plot.canvas.getBoundingClientRect().width) !== plot.width) plot.resize();
      const m = A();
      const f = svd(m);
      const pairs = eigen(m);
      const r = Math.max(2, f.sigma[0] * 1.15, ...(pairs ?? []).map((e) => Math.abs(e.value) * 1.15));
      plot.options.x = { min: -r, max: r };
      plot.options.y = { min: -r, max: r };
      plot.clear();
      plot.axes();
      plot.polyline(ellipse([1, 0, 0, 1]), p.muted, 1.5, [4, 4]);
      plot.polyline(ellipse(m), p.series[0]!, 2.5);
      // Singular directions: vᵢ on the circle, σᵢuᵢ = Avᵢ on the ellipse (its semi-axes).
      for (const i of [0, 1] as const) {
        const vi: Vec2 = [f.V[i], f.V[2 + i]];
        const ui: Vec2 = [f.U[i] * f.sigma[i], f.U[2 + i] * f.sigma[i]];
        plot.polyline([[0, 0], vi], p.series[2]!, 2, [2, 3]);
        plot.polyline([[0, 0], ui], p.series[2]!, 2.5);
        plot.marker(ui[0], ui[1], 'triangle', p.series[2]!, 6);
      }
      // Eigenvectors: the whole line through the origin, which A maps onto itself.
      for (const e of pairs ?? []) {
        const [x, y] = e.vector;
        plot.polyline(
          [
            [-x * 2 * r, -y * 2 * r],
            [x * 2 * r, y * 2 * r],
          ],
          p.series[1]!,
          1.5,
          [8, 5],
        );
        plot.marker(e.value * x, e.value * y, 'square', p.series[1]!, 6);
      }
      plot.polyline(
        [
          [0, 0],
          [v[0], v[1]],
        ],
        p.series[3]!,
        2,
      );
      plot.marker(v[0], v[1], 'diamond', p.series[3]!, 6);
      const cols: Vec2[] = [apply(m, [1, 0]), apply(m, [0, 1])];
      cols.forEach(([x, y], i) => {
        plot.polyline(
          [
            [0, 0],
            [x, y],
          ],
          p.text,
          1.5,
        );
        plot.marker(x, y, 'circle', p.text, 8, drag.index === i);
      });

      fillNumbers(numbers, [
        ['A', matrix(m)],
        ['det A', fr(det(m))],
        ['valeurs propres', pairs ? `${fr(pairs[0].value)} et ${fr(pairs[1].value)}` : 'complexes'],
        ['U', matrix(f.U)],
        ['Σ', matrix([f.sigma[0], 0, 0, f.sigma[1]])],
        ['Vᵀ', matrix([f.V[0], f.V[2], f.V[1], f.V[3]])],
        ['itération v', `(${fr(v[0])} ; ${fr(v[1])})`],
      ]);
    };

    for (const r of roles) {
      ctx.on(inputs[r], 'change', () => {
        const x = Number(inputs[r].value);
        ctx.update(
          { [r]: Number.isFinite(x) ? Math.min(limit, Math.max(-limit, x)) : spec[r].default },
          { restart: true },
        );
        inputs[r].value = String(state[r]);
      });
    }
    drag = dragOnPlot(ctx.on, plot, {
      grab(e) {
        const m = A();
        // The two columns of A, the images of e₁ and e₂.
        return plot.nearest(
          [
            { x: m[0], y: m[2] },
            { x: m[1], y: m[3] },
          ],
          e,
          22,
        );
      },
      grabbed: () => draw(),
      move: (i, x, y) =>
        ctx.update(i === 0 ? { a: round(x), c: round(y) } : { b: round(x), d: round(y) }, { restart: true }),
      drop: () => draw(),
    });

    load();
    return {
      step() {
        const next = powerStep(tf, A(), v);
        // Av = 0: A sends v to the origin, the direction is lost (0/0).
        if (!next.v.every(Number.isFinite) || !(next.growth > 0)) return false;
        ({ v, growth } = next);
        return true;
      },
      reset: load,
      draw,
      snapshot: () => {
        const f = svd(A());
        const pairs = eigen(A());
        return {
          det: det(A()),
          sigma: f.sigma,
          U: f.U,
          V: f.V,
          eigenvalues: pairs ? pairs.map((e) => e.value) : null,
          eigenvectors: pairs ? pairs.map((e) => e.vector) : null,
          v,
          growth,
        };
      },
      summary: () => {
        const m = A();
        const f = svd(m);
        const pairs = eigen(m);
        return (
          `A = ${matrix(m)}, déterminant ${fr(det(m))}. Le cercle unité devient une ellipse de demi-axes σ₁ = ${fr(f.sigma[0])} et σ₂ = ${fr(f.sigma[1])}. ` +
          (pairs
            ? `Valeurs propres ${fr(pairs[0].value)} et ${fr(pairs[1].value)}, vecteurs propres (${fr(pairs[0].vector[0])} ; ${fr(pairs[0].vector[1])}) et (${fr(pairs[1].vector[0])} ; ${fr(pairs[1].vector[1])}). `
            : 'Valeurs propres complexes : A fait tourner toutes les directions, aucun vecteur propre réel. ') +
          `U = ${matrix(f.U)}, Σ = diag(${fr(f.sigma[0])} ; ${fr(f.sigma[1])}), Vᵀ = ${matrix([f.V[0], f.V[2], f.V[1], f.V[3]])}. ` +
          `Itération de la puissance, pas ${ctx.stepCount} : v = (${fr(v[0])} ; ${fr(v[1])})` +
          (growth === null ? '.' : `, ‖Av‖ = ${fr(growth)}.`)
        );
      },
      divergence: () =>
        `Au pas ${ctx.stepCount}, Av = 0 : la matrice (de déterminant ${fr(det(A()))}) envoie v sur l’origine, sa direction est perdue (0/0). Changez A, puis réinitialisez.`,
      // Play stops once v sits on the top eigenvector (when there is a single one to reach).
      done: () => {
        const pairs = eigen(A());
        if (!pairs || Math.abs(Math.abs(pairs[0].value) - Math.abs(pairs[1].value)) < 1e-9) return false;
        const [x, y] = Math.abs(pairs[0].value) >= Math.abs(pairs[1].value) ? pairs[0].vector : pairs[1].vector;
        return Math.abs(Math.abs(v[0] * x + v[1] * y) - 1) < 1e-9;
      },
      dispose() {
        // powerStep keeps every tensor inside tf.tidy: nothing survives a step.
      },
    };
  },
});
