/**
 * Demo 9 in the browser: state, controls and drawing around model.ts. Each step
 * moves the kernel to the next output position and computes that output value
 * with TF.js (the window times the kernel, summed). Loaded only when visible.
 */
import type * as TF from '@tensorflow/tfjs-core';
import { context2d, fillNumbers } from '../shared/dom';
import { palette } from '../shared/plot';
import { defineDemo } from '../shared/runtime';
import { seedFrom } from '../shared/state';
import { spec } from './lesson';
import {
  clampParams,
  convolve,
  convolveTF,
  coverage,
  firstSum,
  covered,
  makeInput,
  makeKernel,
  outputSize,
  pad,
  signed,
  sizeSentence,
  type ConvParams,
} from './model';

export const { mount } = defineDemo({
  spec,
  backend: 'cpu',
  maxSteps: 5000,
  stepsPerFrame: 1,
  // Slow enough to follow the kernel with the eyes.
  frameMs: 350,
  replay: true,
  create(ctx) {
    const { tf, state } = ctx;
    const sliders = {
      h: ctx.$<HTMLInputElement>('h'),
      ks: ctx.$<HTMLInputElement>('ks'),
      p: ctx.$<HTMLInputElement>('p'),
      s: ctx.$<HTMLInputElement>('s'),
    };
    const seedInput = ctx.$<HTMLInputElement>('seed');
    const inputCanvas = ctx.$<HTMLCanvasElement>('input');
    const outputCanvas = ctx.$<HTMLCanvasElement>('output');

    let c: ConvParams = { H: 6, k: 3, p: 0, s: 1 };
    let input: number[][] = [];
    let kernel: number[][] = [];
    let n = 0;
    let tfShape: number[] = [];
    let tfOut: number[][] = [];
    let matches = true;
    let tensors: { padded: TF.Tensor2D; kernel: TF.Tensor2D } | undefined;
    /** Output values computed step by step in this pass (NaN: not yet). */
    let computed: number[] = [];
    let pos = -1;
    let value = 0;
    let corrected = '';

    const load = () => {
      const wanted = { H: state.h, k: state.ks, p: state.p, s: state.s };
      c = clampParams(wanted);
      corrected =
        c.k !== wanted.k ? `Le noyau ne peut pas dépasser l’entrée avec padding : k ramené à H + 2p = ${c.k}. ` : '';
      state.ks = c.k;
      input = makeInput(state.seed, c.H);
      kernel = makeKernel(state.seed, c.k);
      n = outputSize(c);
      const viaTf = convolveTF(tf, input, kernel, c.p, c.s);
      tfShape = viaTf.shape;
      tfOut = viaTf.values;
      matches = JSON.stringify(convolve(input, kernel, c.p, c.s)) === JSON.stringify(tfOut);
      if (tensors) tf.dispose([tensors.padded, tensors.kernel]);
      tensors = { padded: tf.tensor2d(pad(input, c.p)), kernel: tf.tensor2d(kernel) };
      computed = Array.from({ length: n * n }, () => NaN);
      pos = -1;
      value = 0;
      syncInputs();
    };

    const syncInputs = () => {
      const values = { h: c.H, ks: c.k, p: c.p, s: c.s };
      for (const [role, el] of Object.entries(sliders)) {
        el.value = String(values[role as keyof typeof values]);
        ctx.$(`${role}-value`).textContent = el.value;
      }
      seedInput.value = String(state.seed);
      ctx.$('size').textContent = sizeSentence(c, tfShape, corrected);
      const body = ctx.$('kernel').querySelector('tbody')!;
      body.replaceChildren(
        ...kernel.map((row) => {
          const tr = document.createElement('tr');
          for (const v of row) {
            const td = document.createElement('td');
            td.textContent = signed(v);
            tr.append(td);
          }
          return tr;
        }),
      );
    };

    const at = (index: number) => ({ i: Math.floor(index / Math.max(1, n)), j: index % Math.max(1, n) });

    /** A canvas sized to its CSS width (capped) and the screen's pixel ratio, with square cells. */
    const prepare = (canvas: HTMLCanvasElement, cells: number) => {
      // The figure's width, not the canvas's (which this function sets): the grid grows with the layout.
      const width = Math.min(
        Math.round(canvas.parentElement?.clientWidth || canvas.getBoundingClientRect().width || 300),
        520,
      );
      const cell = Math.max(8, Math.floor((width - 4) / Math.max(cells, 1)));
      const size = cell * cells + 4;
      const ratio = Math.min(window.devicePixelRatio || 1, 3);
      canvas.width = size * ratio;
      canvas.height = size * ratio;
      canvas.style.width = `${size}px`;
      canvas.style.height = `${size}px`;
      const g = context2d(canvas);
      g.setTransform(ratio, 0, 0, ratio, 0, 0);
      return { g, cell, size };
    };

    const draw = () => {
      const colours = palette(inputCanvas);
      const N = c.H + 2 * c.p;
      const where = pos >= 0 ? at(pos) : { i: 0, j: 0 };
      const win = { r: where.i * c.s, c: where.j * c.s };
      // Input with padding.
      {
        const { g, cell, size } = prepare(inputCanvas, N);
        g.fillStyle = colours.bg;
        g.fillRect(0, 0, size, size);
        g.font = `${Math.max(9, Math.min(16, Math.floor(cell * 0.45)))}px system-ui, sans-serif`;
        g.textAlign = 'center';
        g.textBaseline = 'middle';
        const padded = pad(input, c.p);
        for (let r = 0; r < N; r++) {
          for (let q = 0; q < N; q++) {
            const x = 2 + q * cell;
            const y = 2 + r * cell;
            const isPad = r < c.p || q < c.p || r >= c.p + c.H || q >= c.p + c.H;
            if (!covered(c, r) || !covered(c, q)) {
              g.save();
              g.beginPath();
              g.rect(x, y, cell, cell);
              g.clip();
              g.strokeStyle = colours.series[1]!;
              g.globalAlpha = 0.6;
              g.lineWidth = 1.5;
              for (let d = -cell; d < cell; d += 6) {
                g.beginPath();
                g.moveTo(x + d, y + cell);
                g.lineTo(x + d + cell, y);
                g.stroke();
              }
              g.restore();
            }
            g.strokeStyle = colours.grid;
            g.lineWidth = 1;
            g.setLineDash(isPad ? [3, 3] : []);
            g.strokeRect(x + 0.5, y + 0.5, cell - 1, cell - 1);
            g.setLineDash([]);
            if (cell >= 14) {
              g.fillStyle = isPad ? colours.muted : colours.text;
              g.fillText(String(padded[r]![q]!), x + cell / 2, y + cell / 2);
            }
          }
        }
        if (n > 0) {
          g.fillStyle = colours.series[0]!;
          g.globalAlpha = pos >= 0 ? 0.14 : 0.06;
          g.fillRect(2 + win.c * cell, 2 + win.r * cell, c.k * cell, c.k * cell);
          g.globalAlpha = 1;
          g.strokeStyle = colours.series[0]!;
          g.lineWidth = 3;
          g.setLineDash(pos >= 0 ? [] : [6, 4]);
          g.strokeRect(2 + win.c * cell, 2 + win.r * cell, c.k * cell, c.k * cell);
          g.setLineDash([]);
          // The kernel's weights in the corner of each cell under the window.
          if (cell >= 30) {
            g.font = `${Math.floor(cell * 0.28)}px system-ui, sans-serif`;
            g.textAlign = 'right';
            g.textBaseline = 'bottom';
            g.fillStyle = colours.series[0]!;
            for (let m = 0; m < c.k; m++)
              for (let q = 0; q < c.k; q++)
                g.fillText(
                  `×${signed(kernel[m]![q]!)}`,
                  2 + (win.c + q + 1) * cell - 2,
                  2 + (win.r + m + 1) * cell - 1,
                );
          }
        }
      }
      // Output, filled in as the kernel moves.
      {
        const { g, cell, size } = prepare(outputCanvas, Math.max(n, 1));
        g.fillStyle = colours.bg;
        g.fillRect(0, 0, size, size);
        g.font = `${Math.max(9, Math.min(16, Math.floor(cell * 0.42)))}px system-ui, sans-serif`;
        g.textAlign = 'center';
        g.textBaseline = 'middle';
        for (let index = 0; index < n * n; index++) {
          const { i, j } = at(index);
          const x = 2 + j * cell;
          const y = 2 + i * cell;
          g.strokeStyle = colours.grid;
          g.lineWidth = 1;
          g.strokeRect(x + 0.5, y + 0.5, cell - 1, cell - 1);
          const v = computed[index]!;
          if (Number.isFinite(v) && cell >= 14) {
            g.fillStyle = colours.text;
            g.fillText(signed(v), x + cell / 2, y + cell / 2);
          }
        }
        if (pos >= 0) {
          const { i, j } = at(pos);
          g.strokeStyle = colours.series[0]!;
          g.lineWidth = 3;
          g.strokeRect(2 + j * cell + 1.5, 2 + i * cell + 1.5, cell - 3, cell - 3);
        }
      }
      ctx.$('sum').textContent = pos >= 0 ? sumText() : firstSum;
      const { discarded, padded } = coverage(c);
      fillNumbers(ctx.$('numbers'), [
        ['pas', String(ctx.stepCount)],
        ['avec padding', `${padded}\u00a0×\u00a0${padded}`],
        ['sortie, formule', `${n}\u00a0×\u00a0${n}`],
        ['sortie, TF.js', tfShape.join('\u00a0×\u00a0')],
        ['bord écarté', `${discarded}`],
        ['position', pos >= 0 ? `(${at(pos).i}, ${at(pos).j})` : '—'],
      ]);
    };

    const sumText = () => {
      const { i, j } = at(pos);
      const padded = pad(input, c.p);
      const terms: string[] = [];
      for (let m = 0; m < c.k; m++)
        for (let q = 0; q < c.k; q++) terms.push(`${padded[i * c.s + m]![j * c.s + q]!}·${paren(kernel[m]![q]!)}`);
      const body = c.k <= 3 ? terms.join(' + ') : `somme des ${c.k * c.k} produits entrée × noyau`;
      return `Output[${i}, ${j}] = Σₘ Σₙ Input[${i}·${c.s} + m, ${j}·${c.s} + n] · Kernel[m, n] = ${body} = ${signed(value)}${matches ? ' (identique à la case de tf.conv2d).' : '.'}`;
    };

    for (const [role, el] of Object.entries(sliders)) {
      ctx.on(el, 'input', () => {
        const next = { h: state.h, ks: state.ks, p: state.p, s: state.s, [role]: Number(el.value) };
        // Keep k within the padded input: a smaller H or p pulls k down with it.
        next.ks = clampParams({ H: next.h, k: next.ks, p: next.p, s: next.s }).k;
        ctx.update(next, { restart: true });
      });
    }
    ctx.on(seedInput, 'change', () => {
      ctx.update({ seed: seedFrom(seedInput.value) }, { restart: true });
    });

    load();

    return {
      step() {
        if (n === 0) return true;
        // The next position; after the last one, a new pass starts.
        pos = (pos + 1) % (n * n);
        if (pos === 0) computed.fill(NaN);
        const { i, j } = at(pos);
        const v = tf.tidy(
          () =>
            tf.sum(tf.mul(tf.slice(tensors!.padded, [i * c.s, j * c.s], [c.k, c.k]), tensors!.kernel)).dataSync()[0]!,
        );
        value = v;
        computed[pos] = v;
        return true;
      },
      reset: load,
      draw,
      snapshot: () => ({
        H: c.H,
        k: c.k,
        p: c.p,
        s: c.s,
        outFormula: n,
        outTensor: tfShape,
        matches,
        discarded: coverage(c).discarded,
        position: pos >= 0 ? [at(pos).i, at(pos).j] : null,
        value: pos >= 0 ? value : null,
        expected: pos >= 0 ? tfOut[at(pos).i]![at(pos).j]! : null,
      }),
      summary: () => {
        const { discarded } = coverage(c);
        const where =
          pos >= 0
            ? ` Le noyau est en position (${at(pos).i}, ${at(pos).j}) : Output[${at(pos).i}, ${at(pos).j}] = ${signed(value)}.`
            : '';
        return (
          `Pas ${ctx.stepCount} : entrée ${c.H} × ${c.H}, noyau ${c.k} × ${c.k}, padding ${c.p}, stride ${c.s} ; sortie ${n} × ${n} par la formule, ${tfShape.join(' × ')} par tf.conv2d.` +
          where +
          ` ${discarded} ligne${discarded > 1 ? 's' : ''} et colonne${discarded > 1 ? 's' : ''} de bord jamais lue${discarded > 1 ? 's' : ''}.`
        );
      },
      divergence: () =>
        'Le calcul a produit une valeur non finie, ce qui ne devrait pas arriver avec des entrées entières. Réinitialisez la démo.',
      done: () => n > 0 && pos === n * n - 1,
      dispose() {
        if (tensors) tf.dispose([tensors.padded, tensors.kernel]);
        tensors = undefined;
      },
    };
  },
});

const paren = (v: number) => (v < 0 ? `(${signed(v)})` : signed(v));
