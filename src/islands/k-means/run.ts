/**
 * Demo 6 in the browser: Lloyd's algorithm one half-step at a time around
 * model.ts. A runtime step is a half-step (assign, then update, alternately), so
 * the step count in the URL replays exactly. Loaded (with TF.js) only when visible.
 */
import { fillNumbers } from '../shared/dom';
import { Plot, palette, fr, type Shape } from '../shared/plot';
import { defineDemo } from '../shared/runtime';
import { type Point, nextSeed, seedFrom } from '../shared/state';
import { maxPoints, spec } from './lesson';

const shapes: Shape[] = ['circle', 'square', 'triangle', 'diamond', 'cross'];
import { assign, clusterSizes, firstPhase, inertia, initCentroids, randomPoints, toTensor, update } from './model';

export const { mount } = defineDemo({
  spec,
  backend: 'cpu',
  maxSteps: 2000,
  stepsPerFrame: 1,
  // Lloyd converges in a few half-steps: at one per frame they would flash by.
  playIntervalMs: 450,
  create(ctx) {
    const { tf, state } = ctx;
    const kInput = ctx.$<HTMLInputElement>('k');
    const kValue = ctx.$('k-value');
    const seedInput = ctx.$<HTMLInputElement>('seed');
    const assignButton = ctx.$<HTMLButtonElement>('assign');
    const recomputeButton = ctx.$<HTMLButtonElement>('recompute');
    const phaseText = ctx.$('phase');
    const numbers = ctx.$('numbers');
    const px = ctx.$<HTMLInputElement>('px');
    const py = ctx.$<HTMLInputElement>('py');
    const scatter = new Plot(ctx.$<HTMLCanvasElement>('scatter'), {
      x: { min: -1, max: 1 },
      y: { min: -1, max: 1 },
      xLabel: 'x₁',
      yLabel: 'x₂',
      aspect: 0.85,
    });
    const curve = new Plot(ctx.$<HTMLCanvasElement>('inertia'), {
      x: { min: 0, max: 10 },
      y: { min: 0, max: 1 },
      xLabel: 'demi-pas',
      yLabel: 'inertie',
      aspect: 0.85,
    });

    let pts: Point[] = [];
    let xs: ReturnType<typeof toTensor> | undefined;
    let centroids: Point[] = [];
    let labels: number[] | null = null;
    let next: 'assign' | 'update' = 'assign';
    let history: number[] = [];
    let changed = 0;
    let converged = false;

    const k = () => centroids.length;
    const current = () => (labels ? inertia(pts, centroids, labels) : null);

    const load = () => {
      // Fewer than two points make no clustering: a link with too few falls back to the seed's cloud.
      pts = state.pts && state.pts.length >= 2 ? state.pts : randomPoints(state.ds);
      xs?.dispose();
      xs = toTensor(tf, pts);
      centroids = initCentroids(pts, state.clusters, state.seed);
      labels = null;
      next = 'assign';
      history = [];
      changed = 0;
      converged = false;
      kInput.value = String(state.clusters);
      kValue.textContent = String(state.clusters);
      seedInput.value = String(state.seed);
    };

    const setPoints = (list: Point[]) =>
      ctx.update({ pts: list.map((p) => ({ x: round(clamp(p.x)), y: round(clamp(p.y)) })) }, { restart: true });

    const draw = () => {
      const p = palette(scatter.canvas);
      for (const plot of [scatter, curve])
        if (Math.round(plot.canvas.getBoundingClientRect().width) !== plot.width) plot.resize();
      scatter.clear();
      scatter.axes();
      pts.forEach((q, i) => {
        const l = labels?.[i];
        if (l === undefined) scatter.marker(q.x, q.y, 'circle', p.muted, 3.5);
        else scatter.marker(q.x, q.y, shapes[l % shapes.length]!, p.series[l % 4]!, 4.5);
      });
      const g = scatter.ctx;
      centroids.forEach((c, j) => {
        scatter.marker(c.x, c.y, shapes[j % shapes.length]!, p.series[j % 4]!, 9, true);
        const [cx, cy] = scatter.px(c.x, c.y);
        g.save();
        g.font = 'bold 13px system-ui, sans-serif';
        g.fillStyle = p.text;
        g.textAlign = 'left';
        g.textBaseline = 'bottom';
        g.fillText(String(j + 1), cx + 14, cy - 8);
        g.restore();
      });

      curve.options.x.max = Math.max(10, Math.ceil(history.length / 10) * 10);
      curve.options.y = { min: 0, max: Math.max(1e-3, ...history) * 1.1 };
      curve.clear();
      curve.axes();
      curve.polyline(
        history.map((v, i) => [i + 1, v]),
        p.series[1]!,
        2,
      );
      history.forEach((v, i) => curve.marker(i + 1, v, i % 2 === 0 ? 'circle' : 'square', p.series[1]!, 3.5));

      assignButton.disabled = next !== 'assign' || state.clusters < 1;
      recomputeButton.disabled = next !== 'update';
      phaseText.textContent = phaseSentence();
      const sizes = labels ? clusterSizes(labels, k()) : [];
      const value = current();
      fillNumbers(numbers, [
        ['demi-pas', String(ctx.stepCount)],
        ['à faire', next === 'assign' ? 'assigner' : 'recalculer'],
        ['k', String(k())],
        ['points', String(pts.length)],
        ['inertie', value === null ? '—' : fr(value, 4)],
        ['tailles', sizes.length ? sizes.join(', ') : '—'],
      ]);
    };

    const phaseSentence = () => {
      if (converged)
        return 'Convergé : la dernière affectation n’a changé aucun point, les centres ne bougeront plus (minimum local, qui dépend de la graine).';
      if (!labels) return firstPhase;
      return next === 'assign'
        ? 'Les centres sont aux moyennes de leurs groupes. « Assigner » rattache de nouveau chaque point au centre le plus proche.'
        : `${changed} point(s) ont changé de groupe. « Recalculer » place chaque centre à la moyenne de ses points.`;
    };

    ctx.on(kInput, 'input', () => {
      kValue.textContent = kInput.value;
      ctx.update({ clusters: Number(kInput.value) }, { restart: true });
    });
    ctx.on(seedInput, 'change', () => {
      ctx.update({ seed: seedFrom(seedInput.value) }, { restart: true });
    });
    ctx.on(assignButton, 'click', () => ctx.step());
    ctx.on(recomputeButton, 'click', () => ctx.step());
    ctx.on(ctx.$('add'), 'click', () => {
      if (pts.length < maxPoints) setPoints([...pts, { x: Number(px.value) || 0, y: Number(py.value) || 0 }]);
    });
    ctx.on(ctx.$('remove'), 'click', () => {
      if (pts.length > 2) setPoints(pts.slice(0, -1));
    });
    ctx.on(ctx.$('redraw'), 'click', () => ctx.update({ ds: nextSeed(state.ds), pts: null }, { restart: true }));
    ctx.on(scatter.canvas, 'pointerdown', (e) => {
      const [x, y] = scatter.data(...scatter.pointer(e as PointerEvent));
      if (Math.abs(x) <= 1 && Math.abs(y) <= 1 && pts.length < maxPoints) setPoints([...pts, { x, y }]);
    });

    load();

    return {
      step() {
        if (!xs || centroids.length === 0) return true;
        if (next === 'assign') {
          const fresh = assign(tf, xs, centroids);
          changed = labels ? fresh.filter((l, i) => l !== labels![i]).length : fresh.length;
          converged = labels !== null && changed === 0;
          labels = fresh;
          next = 'update';
        } else {
          centroids = update(tf, xs, labels!, centroids);
          next = 'assign';
        }
        history.push(current()!);
        return true;
      },
      reset: load,
      draw,
      snapshot: () => ({
        k: k(),
        points: pts.length,
        next,
        inertia: current(),
        history: history.slice(0, 200),
        centroids: centroids.map((c) => [c.x, c.y]),
        sizes: labels ? clusterSizes(labels, k()) : null,
        changed,
        converged,
      }),
      summary: () => {
        const value = current();
        const head = `Demi-pas ${ctx.stepCount}, k = ${k()}${k() < state.clusters ? ` (ramené au nombre de points)` : ''}, ${pts.length} points. `;
        if (value === null) return `${head}Aucun point n’est encore affecté. Prochaine étape : assigner.`;
        const sizes = clusterSizes(labels!, k());
        return (
          `${head}Inertie ${fr(value, 4)}. Tailles des groupes : ${sizes.join(', ')}. ` +
          (converged
            ? 'Convergé : les affectations ne changent plus.'
            : `Prochaine étape : ${next === 'assign' ? 'assigner les points' : 'recalculer les centres'}.`)
        );
      },
      divergence: () =>
        'Les centres sont devenus non finis : cela ne devrait pas arriver avec des points bornés. Réinitialisez la démo.',
      done: () => converged,
      dispose() {
        xs?.dispose();
        xs = undefined;
      },
    };
  },
});

const clamp = (v: number) => Math.min(1, Math.max(-1, v));
const round = (v: number) => Math.round(v * 1000) / 1000;
