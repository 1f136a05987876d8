/**
 * Demo 2 in the browser: the normal law drawn with its ±kσ bands and a histogram
 * that fills step by step (TF.js draws the samples), and the Bayes calculator
 * with its frequency tree (SVG, redrawn on every change). Loaded only when visible.
 */
import { fillNumbers } from '../shared/dom';
import { Plot, palette, fr } from '../shared/plot';
import { defineDemo } from '../shared/runtime';
import { seedFrom } from '../shared/state';
import { type populations, spec } from './lesson';
import { bayes, histogram, pdf, sampleBatch, withinSigmas, type BayesResult } from './model';

const batch = 250;
const svgNs = 'http://www.w3.org/2000/svg';
const pct = (v: number, digits = 2) => `${fr(100 * v, digits)}\u00a0%`;

export const { mount } = defineDemo({
  spec,
  backend: 'cpu',
  maxSteps: 1000,
  stepsPerFrame: 1,
  create(ctx) {
    const { tf, state } = ctx;
    const input = <T extends HTMLElement = HTMLInputElement>(role: string) => ctx.$<T>(role);
    const [muInput, sigmaInput, seedInput, prevInput, sensInput, specInput] = [
      'mu',
      'sigma',
      'seed',
      'prev',
      'sens',
      'spec',
    ].map((r) => input(r));
    const popSelect = input<HTMLSelectElement>('pop');
    const muValue = ctx.$('mu-value');
    const sigmaValue = ctx.$('sigma-value');
    const numbers = ctx.$('numbers');
    const bands = ctx.$('bands');
    const posteriorText = ctx.$('posterior');
    const tree = ctx.$('tree') as unknown as SVGSVGElement;
    const plot = new Plot(ctx.$<HTMLCanvasElement>('density'), {
      x: { min: -9, max: 9 },
      y: { min: 0, max: 0.5 },
      xLabel: 'x',
      yLabel: 'densité',
      aspect: 0.5,
    });

    let counts: number[] = [];
    let within = [0, 0, 0];
    let n = 0;
    let sum = 0;
    let sumSq = 0;

    const reset = () => {
      counts = new Array<number>(histogram.bins).fill(0);
      within = [0, 0, 0];
      n = sum = sumSq = 0;
      syncInputs();
    };
    const syncInputs = () => {
      muInput!.value = String(state.mu);
      sigmaInput!.value = String(state.sigma);
      muValue.textContent = fr(state.mu, 2);
      sigmaValue.textContent = fr(state.sigma, 2);
      seedInput!.value = String(state.seed);
      prevInput!.value = String(state.prev);
      sensInput!.value = String(state.sens);
      specInput!.value = String(state.spec);
      popSelect.value = state.pop;
    };
    const test = (): BayesResult =>
      bayes(
        { prevalence: state.prev / 100, sensitivity: state.sens / 100, specificity: state.spec / 100 },
        Number(state.pop),
      );
    const mean = () => (n ? sum / n : null);
    const sd = () => (n > 1 ? Math.sqrt(Math.max(0, (sumSq - (sum * sum) / n) / (n - 1))) : null);

    const drawDensity = () => {
      const p = palette(plot.canvas);
      // Taller on phones, where the ±9 axis leaves the bell narrow.
      const cssWidth = Math.round(plot.canvas.getBoundingClientRect().width);
      const aspect = cssWidth < 520 ? 0.8 : 0.5;
      if (cssWidth !== plot.width || aspect !== plot.options.aspect) {
        plot.options.aspect = aspect;
        plot.resize();
      }
      const { mu, sigma } = state;
      const width = sigma * ((2 * histogram.halfWidth) / histogram.bins);
      const heights = counts.map((c) => (n ? c / (n * width) : 0));
      plot.options.y.max = Math.max(0.5, pdf(mu, mu, sigma) * 1.15, ...heights.map((h) => h * 1.1));
      plot.clear();
      plot.axes();
      const g = plot.ctx;
      const [, y0] = plot.px(0, 0);
      // Nested bands: the ±1σ area is covered three times, hence the darkest.
      g.save();
      g.fillStyle = p.series[2]!;
      g.globalAlpha = 0.2;
      for (const k of [3, 2, 1]) {
        g.beginPath();
        g.moveTo(...plot.px(mu - k * sigma, 0));
        for (let i = 0; i <= 80; i++) {
          const x = mu - k * sigma + (2 * k * sigma * i) / 80;
          g.lineTo(...plot.px(x, pdf(x, mu, sigma)));
        }
        g.lineTo(...plot.px(mu + k * sigma, 0));
        g.closePath();
        g.fill();
      }
      g.restore();
      if (n) {
        g.save();
        g.strokeStyle = p.series[0]!;
        g.lineWidth = 1.5;
        heights.forEach((h, i) => {
          const a = mu - histogram.halfWidth * sigma + i * width;
          const [x1, y1] = plot.px(a, h);
          const [x2] = plot.px(a + width, 0);
          // Outlines only: the shaded areas stay visible through the bars.
          if (h > 0) g.strokeRect(x1, y1, x2 - x1, y0 - y1);
        });
        g.restore();
      }
      const top = plot.options.y.max;
      g.save();
      g.font = '11px system-ui, sans-serif';
      g.fillStyle = p.text;
      g.textAlign = 'center';
      g.textBaseline = 'top';
      // Labels only where the lines are far enough apart to read them (alternating rows).
      const gap = plot.px(mu + sigma, 0)[0] - plot.px(mu, 0)[0];
      for (const k of [1, 2, 3]) {
        for (const s of [-1, 1])
          plot.polyline(
            [
              [mu + s * k * sigma, 0],
              [mu + s * k * sigma, top * 0.84],
            ],
            p.muted,
            1,
            [4, 4],
          );
        if (gap < 13) continue;
        const [lx, ly] = plot.px(mu + k * sigma, top * (k === 2 ? 0.885 : 0.95));
        g.fillText(`+${k}σ`, lx, ly);
      }
      g.restore();
      const curve: [number, number][] = [];
      for (let i = 0; i <= 400; i++) {
        const x = -9 + (18 * i) / 400;
        curve.push([x, pdf(x, mu, sigma)]);
      }
      plot.polyline(curve, p.series[1]!, 2.5);
    };

    const drawTree = (r: BayesResult) => {
      const count = (v: number) => fr(v, v < 100 ? 1 : 0);
      const pop = Number(state.pop);
      const nodes: { x: number; y: number; w: number; lines: string[]; positive?: boolean }[] = [
        { x: 160, y: 4, w: 160, lines: [`${count(pop)} personnes`] },
        { x: 80, y: 80, w: 148, lines: [`${count(r.sick)} malades`, 'M'] },
        { x: 240, y: 80, w: 148, lines: [`${count(r.healthy)} non malades`, 'non M'] },
        { x: 40, y: 164, w: 76, lines: [`${count(r.truePositive)}`, '+ (VP)'], positive: true },
        { x: 120, y: 164, w: 76, lines: [`${count(r.falseNegative)}`, '− (FN)'] },
        { x: 200, y: 164, w: 76, lines: [`${count(r.falsePositive)}`, '+ (FP)'], positive: true },
        { x: 280, y: 164, w: 76, lines: [`${count(r.trueNegative)}`, '− (VN)'] },
      ];
      const { prev, sens, spec: sp } = state;
      const edges: [number, number, string][] = [
        [0, 1, `${fr(prev, 2)}\u00a0%`],
        [0, 2, `${fr(100 - prev, 2)}\u00a0%`],
        [1, 3, `${fr(sens, 2)}\u00a0%`],
        [1, 4, `${fr(100 - sens, 2)}\u00a0%`],
        [2, 5, `${fr(100 - sp, 2)}\u00a0%`],
        [2, 6, `${fr(sp, 2)}\u00a0%`],
      ];
      const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
        const e = document.createElementNS(svgNs, name);
        for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
        if (text !== undefined) e.textContent = text;
        return e;
      };
      const h = 40;
      const parts: Element[] = [];
      for (const [a, b, label] of edges) {
        const from = nodes[a]!;
        const to = nodes[b]!;
        parts.push(el('line', { x1: from.x, y1: from.y + (a === 0 ? 30 : h), x2: to.x, y2: to.y }));
        parts.push(
          el(
            'text',
            {
              x: (from.x + to.x) / 2 + (to.x < from.x ? -18 : 18),
              y: (from.y + (a === 0 ? 30 : h) + to.y) / 2 + 4,
              class: 'is-edge',
            },
            label,
          ),
        );
      }
      nodes.forEach((node, i) => {
        const height = i === 0 ? 30 : h;
        parts.push(
          el('rect', {
            x: node.x - node.w / 2,
            y: node.y,
            width: node.w,
            height,
            rx: 5,
            class: node.positive ? 'is-positive' : '',
          }),
        );
        node.lines.forEach((line, j) =>
          parts.push(
            el('text', { x: node.x, y: node.y + (i === 0 ? 21 : 17 + 16 * j), class: j === 0 ? 'is-count' : '' }, line),
          ),
        );
      });
      tree.replaceChildren(...parts);
      tree.setAttribute('aria-label', `Arbre des fréquences : ${treeSentence(r)}`);
    };

    const treeSentence = (r: BayesResult) =>
      `sur ${fr(Number(state.pop), 0)} personnes, ${fr(r.sick, 1)} malades dont ${fr(r.truePositive, 1)} testés positifs, ` +
      `${fr(r.healthy, 1)} non malades dont ${fr(r.falsePositive, 1)} testés positifs à tort.`;

    const posteriorSentence = (r: BayesResult) =>
      r.posterior === null
        ? 'Personne n’est testé positif (P(+) = 0) : P(M|+) n’est pas définie, la formule diviserait par zéro.'
        : `P(M|+) = ${fr(r.truePositive, 1)} / (${fr(r.truePositive, 1)} + ${fr(r.falsePositive, 1)}) = ${pct(r.posterior)} : ` +
          `un test positif rend la maladie ${r.posterior > state.prev / 100 ? 'plus' : 'pas plus'} probable que la prévalence de ${fr(state.prev, 2)} %.`;

    let treeKey = '';
    const draw = () => {
      drawDensity();
      // The tree depends only on the test's inputs: rebuilt when they change, not at every frame of play.
      const key = `${state.prev}|${state.sens}|${state.spec}|${state.pop}`;
      if (key !== treeKey) {
        treeKey = key;
        const r = test();
        drawTree(r);
        posteriorText.textContent = posteriorSentence(r);
      }
      const m = mean();
      const s = sd();
      fillNumbers(numbers, [
        ['tirages', fr(n, 0)],
        ['moyenne', m === null ? '—' : fr(m, 3)],
        ['écart-type', s === null ? '—' : fr(s, 3)],
      ]);
      bands.replaceChildren(
        ...[1, 2, 3].map((k) => {
          const tr = document.createElement('tr');
          const th = document.createElement('th');
          th.scope = 'row';
          th.textContent = `μ ± ${k}σ`;
          const observed = document.createElement('td');
          observed.textContent = n ? pct(within[k - 1]! / n, 1) : '—';
          const law = document.createElement('td');
          law.textContent = pct(withinSigmas(k));
          tr.append(th, observed, law);
          return tr;
        }),
      );
    };

    ctx.on(muInput!, 'input', () => ctx.update({ mu: Number(muInput!.value) }, { restart: true }));
    ctx.on(sigmaInput!, 'input', () => ctx.update({ sigma: Number(sigmaInput!.value) }, { restart: true }));
    ctx.on(seedInput!, 'change', () => {
      ctx.update({ seed: seedFrom(seedInput!.value) }, { restart: true });
    });
    for (const [el, key] of [
      [prevInput, 'prev'],
      [sensInput, 'sens'],
      [specInput, 'spec'],
    ] as const) {
      ctx.on(el!, 'change', () => {
        const v = Number(el!.value);
        const clamped = Number.isFinite(v) ? Math.min(100, Math.max(0, v)) : spec[key].default;
        el!.value = String(clamped);
        ctx.update({ [key]: clamped });
      });
    }
    ctx.on(popSelect, 'change', () => ctx.update({ pop: popSelect.value as (typeof populations)[number] }));

    reset();

    return {
      step() {
        // One seed per (state seed, step): a shared link replays the same draws.
        const b = sampleBatch(tf, state.mu, state.sigma, batch, state.seed * 100_003 + ctx.stepCount + 1);
        b.counts.forEach((c, i) => (counts[i]! += c));
        within = within.map((w, i) => w + b.within[i]!);
        n += b.n;
        sum += b.sum;
        sumSq += b.sumSq;
        return true;
      },
      reset,
      draw,
      snapshot: () => {
        const r = test();
        return {
          draws: n,
          mean: mean(),
          sd: sd(),
          within: n ? within.map((w) => w / n) : null,
          theory: [1, 2, 3].map(withinSigmas),
          peak: pdf(state.mu, state.mu, state.sigma),
          pPositive: r.pPositive,
          posterior: r.posterior,
          negativePredictive: r.negativePredictive,
          tree: [r.sick, r.healthy, r.truePositive, r.falseNegative, r.falsePositive, r.trueNegative],
        };
      },
      summary: () => {
        const m = mean();
        const s = sd();
        const r = test();
        return (
          `Loi normale de moyenne ${fr(state.mu, 2)} et d’écart-type ${fr(state.sigma, 2)} : ${pct(withinSigmas(1))} de l’aire à ±1σ, ${pct(withinSigmas(2))} à ±2σ, ${pct(withinSigmas(3))} à ±3σ. ` +
          (n && m !== null && s !== null
            ? `${fr(n, 0)} tirages : moyenne ${fr(m, 3)}, écart-type ${fr(s, 3)}, ${pct(within[0]! / n, 1)} à ±1σ. `
            : 'Aucun tirage pour l’instant. ') +
          `Test : prévalence ${fr(state.prev, 2)} %, sensibilité ${fr(state.sens, 2)} %, spécificité ${fr(state.spec, 2)} % ; ${treeSentence(r)} ${posteriorSentence(r)}`
        );
      },
      divergence: () =>
        'Un tirage a donné une valeur non finie : cela ne devrait pas arriver avec μ et σ bornés. Réinitialisez la démo.',
      dispose() {
        // No tensor is kept between steps: sampleBatch frees its own.
      },
    };
  },
});
