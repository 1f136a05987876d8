/**
 * Demo 10 in the browser: the attention panel (vectors to drag, TF.js computes the
 * weights) and the Q-learning agent that the shell's play / step / reset drive.
 * Loaded only when the demo becomes visible.
 */
import { context2d, dragOnPlot, fillNumbers, fitWidth } from '../shared/dom';
import { Plot, drawShape, fr, palette } from '../shared/plot';
import { defineDemo } from '../shared/runtime';
import { type Point, seedFrom } from '../shared/state';
import { defaultK, defaultQ, spec } from './lesson';
import {
  actions,
  attention,
  attentionTF,
  scoresSentence,
  greedyPath,
  isTerminal,
  maxQ,
  newAgent,
  nStates,
  qStep,
  world,
  type Agent,
  type QStep,
  type Vec,
} from './model';

const cell = (s: number) => `(${Math.floor(s / world.cols)}, ${s % world.cols})`;
const arrows = ['↑', '→', '↓', '←'];

export const { mount } = defineDemo({
  spec,
  backend: 'cpu',
  maxSteps: 20_000,
  create(ctx) {
    const { tf, state } = ctx;
    const scaleBox = ctx.$<HTMLInputElement>('scale');
    const vectorSelect = ctx.$<HTMLSelectElement>('vector');
    const vx = ctx.$<HTMLInputElement>('vx');
    const vy = ctx.$<HTMLInputElement>('vy');
    const sliders = {
      alpha: ctx.$<HTMLInputElement>('alpha'),
      gamma: ctx.$<HTMLInputElement>('gamma'),
      eps: ctx.$<HTMLInputElement>('eps'),
    };
    const speed = ctx.$<HTMLSelectElement>('speed');
    const seedInput = ctx.$<HTMLInputElement>('seed');
    const vectorsPlot = new Plot(ctx.$<HTMLCanvasElement>('vectors'), {
      x: { min: -3, max: 3 },
      y: { min: -3, max: 3 },
      xLabel: 'composante 1',
      yLabel: 'composante 2',
      aspect: 1,
    });
    const gridCanvas = ctx.$<HTMLCanvasElement>('grid');

    // ---- Attention ----
    const fill = (given: Point[] | null, defaults: Point[]) => defaults.map((d, i) => given?.[i] ?? d);
    let Q: Point[] = [];
    let K: Point[] = [];
    let weights: number[][] = [];
    let scores: number[][] = [];
    let selected = 0; // 0–2: Q1–Q3, 3–6: K1–K4

    let computedFor = '';
    const computeAttention = () => {
      // Only when a vector or the switch changed: drawings during play must stay cheap.
      const key = JSON.stringify([state.qv, state.kv, state.scale]);
      if (key === computedFor) return false;
      computedFor = key;
      Q = fill(state.qv, defaultQ);
      K = fill(state.kv, defaultK);
      const qv = Q.map((p) => [p.x, p.y] as Vec);
      const kv = K.map((p) => [p.x, p.y] as Vec);
      weights = attentionTF(tf, qv, kv, state.scale === 'oui');
      scores = attention(qv, kv, state.scale === 'oui').scores;
      return true;
    };
    const vectorAt = (i: number) => (i < 3 ? Q[i]! : K[i - 3]!);
    const setVector = (i: number, p: Point) => {
      const c = (v: number) => Math.round(Math.min(3, Math.max(-3, Number.isFinite(v) ? v : 0)) * 100) / 100;
      const next = { x: c(p.x), y: c(p.y) };
      if (i < 3) ctx.update({ qv: Q.map((q, j) => (j === i ? next : q)) });
      else ctx.update({ kv: K.map((k, j) => (j === i - 3 ? next : k)) });
    };

    // ---- Q-learning ----
    let agent: Agent = newAgent(state.seed);
    let last: QStep | undefined;

    const load = () => {
      agent = newAgent(state.seed);
      last = undefined;
      syncInputs();
    };

    const syncInputs = () => {
      scaleBox.checked = state.scale === 'oui';
      for (const [role, el] of Object.entries(sliders)) {
        const v = state[role as keyof typeof sliders];
        el.value = String(v);
        ctx.$(`${role}-value`).textContent = fr(v, 2);
      }
      speed.value = state.speed;
      seedInput.value = String(state.seed);
      const names = [...Q.map((_, i) => `Q${i + 1}`), ...K.map((_, i) => `K${i + 1}`)];
      vectorSelect.replaceChildren(
        ...names.map((n, i) => new Option(`${n} (${fr(vectorAt(i).x, 2)} ; ${fr(vectorAt(i).y, 2)})`, String(i))),
      );
      vectorSelect.value = String(selected);
      vx.value = String(vectorAt(selected).x);
      vy.value = String(vectorAt(selected).y);
    };

    const drawAttention = () => {
      const p = palette(vectorsPlot.canvas);
      fitWidth(vectorsPlot);
      vectorsPlot.clear();
      vectorsPlot.axes();
      const vectors = [
        ...Q.map((v) => ({ v, colour: p.series[0]!, shape: 'triangle' as const })),
        ...K.map((v) => ({ v, colour: p.series[1]!, shape: 'square' as const })),
      ];
      vectors.forEach(({ v, colour, shape }, i) => {
        vectorsPlot.polyline(
          [
            [0, 0],
            [v.x, v.y],
          ],
          colour,
          2,
          i < 3 ? [] : [5, 4],
        );
        vectorsPlot.marker(v.x, v.y, shape, colour, 6, i === selected);
        const [x, y] = vectorsPlot.px(v.x, v.y);
        const g = vectorsPlot.ctx;
        g.save();
        g.font = '600 12px system-ui, sans-serif';
        g.fillStyle = p.text;
        g.fillText(i < 3 ? `Q${i + 1}` : `K${i - 2}`, x + 9, y - 9);
        g.restore();
      });
      const body = ctx.$('heatmap').querySelector('tbody')!;
      body.replaceChildren(
        ...weights.map((row, i) => {
          const tr = document.createElement('tr');
          const th = document.createElement('th');
          th.scope = 'row';
          th.textContent = `Q${i + 1}`;
          tr.append(th);
          const best = row.indexOf(Math.max(...row));
          row.forEach((w, j) => {
            const td = document.createElement('td');
            td.textContent = fr(w, 2);
            // At most 45 % of the series colour: the text keeps AA contrast in both themes.
            td.style.background = `color-mix(in srgb, var(--demo-c1) ${Math.round(w * 45)}%, var(--bg-card))`;
            if (j === best) td.classList.add('is-max');
            tr.append(td);
          });
          return tr;
        }),
      );
      ctx.$('scores').textContent = scoresSentence(scores, weights, state.scale === 'oui');
    };

    const drawGrid = () => {
      const p = palette(gridCanvas);
      const width = Math.min(
        Math.round(gridCanvas.getBoundingClientRect().width || gridCanvas.parentElement?.clientWidth || 320),
        520,
      );
      const size = Math.floor((width - 4) / world.cols);
      const ratio = Math.min(window.devicePixelRatio || 1, 3);
      gridCanvas.width = (size * world.cols + 4) * ratio;
      gridCanvas.height = (size * world.rows + 4) * ratio;
      gridCanvas.style.height = `${size * world.rows + 4}px`;
      const g = context2d(gridCanvas);
      g.setTransform(ratio, 0, 0, ratio, 0, 0);
      g.fillStyle = p.bg;
      g.fillRect(0, 0, size * world.cols + 4, size * world.rows + 4);
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      const path = new Set(greedyPath(agent.Q));
      for (let s = 0; s < nStates; s++) {
        const x = 2 + (s % world.cols) * size;
        const y = 2 + Math.floor(s / world.cols) * size;
        const cx = x + size / 2;
        const cy = y + size / 2;
        if (s === world.wall) {
          g.fillStyle = p.grid;
          g.fillRect(x, y, size, size);
          g.fillStyle = p.text;
          g.font = `${Math.floor(size * 0.16)}px system-ui, sans-serif`;
          g.fillText('mur', cx, cy);
          continue;
        }
        if (isTerminal(s)) {
          const r = world.terminals[s]!;
          g.fillStyle = r > 0 ? p.series[2]! : p.series[1]!;
          g.globalAlpha = 0.25;
          g.fillRect(x, y, size, size);
          g.globalAlpha = 1;
          g.fillStyle = p.text;
          g.font = `700 ${Math.floor(size * 0.16)}px system-ui, sans-serif`;
          g.fillText(r > 0 ? '+1 but' : '−1 piège', cx, cy);
        } else {
          // One triangle per action, towards its side: colour by sign, strength by |Q|.
          const corners: [number, number][] = [
            [x, y],
            [x + size, y],
            [x + size, y + size],
            [x, y + size],
          ];
          const sides: [number, number][] = [
            [0, 1],
            [1, 2],
            [2, 3],
            [3, 0],
          ];
          agent.Q[s]!.forEach((q, a) => {
            const [i, j] = sides[a]!;
            g.beginPath();
            g.moveTo(cx, cy);
            g.lineTo(...corners[i]!);
            g.lineTo(...corners[j]!);
            g.closePath();
            g.fillStyle = q >= 0 ? p.series[2]! : p.series[1]!;
            g.globalAlpha = Math.min(1, Math.abs(q)) * 0.55;
            g.fill();
            g.globalAlpha = 1;
            g.strokeStyle = p.grid;
            g.lineWidth = 1;
            g.stroke();
          });
          if (size >= 70) {
            g.font = `${Math.max(10, Math.floor(size * 0.12))}px system-ui, sans-serif`;
            g.fillStyle = p.text;
            const off = size * 0.3;
            const spots: [number, number][] = [
              [cx, y + size * 0.13],
              [x + size - off * 0.55, cy],
              [cx, y + size * 0.87],
              [x + off * 0.55, cy],
            ];
            agent.Q[s]!.forEach((q, a) => g.fillText(fr(q, 2), ...spots[a]!));
          }
          const m = maxQ(agent.Q, s);
          if (agent.Q[s]!.some((q) => q !== 0)) {
            g.fillStyle = path.has(s) ? p.text : p.muted;
            g.font = `700 ${Math.floor(size * 0.2)}px system-ui, sans-serif`;
            g.fillText(arrows[agent.Q[s]!.indexOf(m)]!, cx, cy - size * 0.1);
          }
          if (s === world.start) {
            g.fillStyle = p.muted;
            g.font = `${Math.max(9, Math.floor(size * 0.1))}px system-ui, sans-serif`;
            g.fillText('départ', cx, y + size * 0.72);
          }
        }
        g.strokeStyle = p.text;
        g.lineWidth = 1;
        g.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
      }
      const ax = 2 + (agent.s % world.cols) * size + size / 2;
      // Below the centre: above it is the arrow of the best action, the Q-values are on the edges.
      const ay = 2 + Math.floor(agent.s / world.cols) * size + size / 2 + size * 0.1;
      drawShape(g, ax, ay, 'circle', p.bg, size * 0.08 + 3);
      drawShape(g, ax, ay, 'circle', p.series[0]!, size * 0.08);

      ctx.$('update').textContent = last
        ? updateText(last)
        : 'Appuyez sur « Un pas » : l’agent choisit une action (ε-glouton), se déplace, reçoit r et met à jour Q(s, a).';
      const recent = agent.outcomes.slice(-20);
      fillNumbers(ctx.$('numbers'), [
        ['pas', String(ctx.stepCount)],
        ['épisode', String(agent.episode)],
        ['épisodes finis', String(agent.outcomes.length)],
        ['but atteint (20 derniers)', recent.length ? `${recent.filter((r) => r > 0).length}/${recent.length}` : '—'],
        ['max Q(départ, ·)', fr(maxQ(agent.Q, world.start), 3)],
      ]);
      const body = ctx.$('qtable').querySelector('tbody')!;
      body.replaceChildren(
        ...agent.Q.flatMap((row, s) => {
          if (s === world.wall) return [];
          const tr = document.createElement('tr');
          const th = document.createElement('th');
          th.scope = 'row';
          th.textContent = `${cell(s)}${isTerminal(s) ? (world.terminals[s]! > 0 ? ' but' : ' piège') : s === world.start ? ' départ' : ''}`;
          tr.append(th, ...row.map((q) => Object.assign(document.createElement('td'), { textContent: fr(q, 3) })));
          return [tr];
        }),
      );
    };

    const updateText = (u: QStep) =>
      `Pas ${ctx.stepCount} : dans l’état ${cell(u.s)}, action « ${actions[u.a]} » (${u.explored ? 'exploration, probabilité ε' : 'meilleure action connue'}) → état ${cell(u.next)}, r = ${fr(u.r)}. ` +
      `Q(s, a) ← Q(s, a) + α[r + γ maxₐ' Q(s', a') − Q(s, a)] = ${fr(u.before, 4)} + ${fr(state.alpha, 2)} × [${fr(u.r)} + ${fr(state.gamma, 2)} × ${fr(u.maxNext, 4)} − ${fr(u.before, 4)}] = ${fr(u.after, 4)}` +
      `${isTerminal(u.next) ? " (état final : maxₐ' Q(s', a') = 0 ; l’épisode suivant repart du départ)" : ''}.`;

    const draw = () => {
      drawAttention();
      drawGrid();
    };

    // Attention controls: no restart (the agent keeps learning).
    ctx.on(scaleBox, 'change', () => {
      ctx.update({ scale: scaleBox.checked ? 'oui' : 'non' });
    });
    ctx.on(vectorSelect, 'change', () => {
      selected = Number(vectorSelect.value);
      syncInputs();
      draw();
    });
    const moveSelected = () => setVector(selected, { x: Number(vx.value), y: Number(vy.value) });
    ctx.on(vx, 'change', moveSelected);
    ctx.on(vy, 'change', moveSelected);
    dragOnPlot(ctx.on, vectorsPlot, {
      grab: (e) =>
        vectorsPlot.nearest(
          Array.from({ length: 7 }, (_, i) => vectorAt(i)),
          e,
          22,
        ),
      grabbed(i) {
        selected = i;
        draw();
      },
      move: (i, x, y) => setVector(i, { x, y }),
    });

    // Q-learning controls: α, γ, ε apply from the next step (as when tuning a run); the seed restarts.
    for (const [role, el] of Object.entries(sliders)) {
      ctx.on(el, 'input', () => {
        ctx.$(`${role}-value`).textContent = fr(Number(el.value), 2);
        ctx.update({ [role]: Number(el.value) });
      });
    }
    ctx.on(speed, 'change', () => ctx.update({ speed: speed.value === 'rapide' ? 'rapide' : 'lent' }));
    ctx.on(seedInput, 'change', () => {
      ctx.update({ seed: seedFrom(seedInput.value) }, { restart: true });
    });

    computeAttention();
    load();

    return {
      step() {
        last = qStep(agent, state.alpha, state.gamma, state.eps);
        return Number.isFinite(last.after);
      },
      reset: load,
      draw() {
        // The inputs follow the vectors only when they moved (never under the reader's fingers during play).
        if (computeAttention()) syncInputs();
        draw();
      },
      snapshot: () => ({
        weights,
        scores,
        agent: agent.s,
        episode: agent.episode,
        outcomes: agent.outcomes.length,
        successes: agent.outcomes.filter((r) => r > 0).length,
        Q: agent.Q,
        last: last ?? null,
        greedyPath: greedyPath(agent.Q),
      }),
      summary: () => {
        const rows = weights
          .map(
            (row, i) =>
              `Q${i + 1} regarde surtout K${row.indexOf(Math.max(...row)) + 1} (${fr(Math.max(...row) * 100, 0)} %)`,
          )
          .join(', ');
        const path = greedyPath(agent.Q);
        return (
          `Attention ${state.scale === 'oui' ? 'avec' : 'sans'} division par √dₖ : ${rows}. ` +
          `Q-learning, pas ${ctx.stepCount}, épisode ${agent.episode} : agent en ${cell(agent.s)}, ${agent.outcomes.filter((r) => r > 0).length} but(s) et ${agent.outcomes.filter((r) => r < 0).length} piège(s) ; ` +
          `max Q(départ, ·) = ${fr(maxQ(agent.Q, world.start), 3)} ; la politique gloutonne ${path.at(-1) === 3 ? `mène au but en ${path.length - 1} coups` : 'n’atteint pas encore le but'}.`
        );
      },
      divergence: () =>
        'Une valeur Q est devenue non finie, ce qui ne devrait pas arriver avec α ≤ 1 et γ < 1 (chaque mise à jour est une moyenne pondérée de valeurs bornées). Réinitialisez la démo.',
      stepsPerFrame: () => (state.speed === 'rapide' ? 50 : 1),
      frameMs: () => (state.speed === 'rapide' ? 0 : 250),
      dispose() {
        // The agent lives in plain arrays; the attention tensors are freed inside attentionTF.
      },
    };
  },
});
