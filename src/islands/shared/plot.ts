/**
 * Canvas plots for the demos: axes with ticks and labels in the page's colours
 * (read from CSS variables, so both themes stay readable), crisp on high-DPI
 * screens, and markers whose shape, not only colour, tells series apart.
 * Values outside the view are clamped to its edge: a plot never draws NaN or
 * shoots off to infinity.
 */

import { context2d } from './dom';

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';
export interface Range {
  min: number;
  max: number;
}
export interface PlotOptions {
  x: Range;
  y: Range;
  xLabel: string;
  yLabel: string;
  /**
   * Height / width of the drawing (default 0.75). Give the <canvas> of the demo's markup
   * width and height attributes in the same proportion (400 × 300 for 0.75): the page then
   * keeps the plot's place before the script sizes it, and nothing below moves (layout shift).
   */
  aspect?: number;
  /** Logarithmic y axis (loss curves). */
  logY?: boolean;
  /** Logarithmic x axis (steps, when the first ones matter as much as the last ones). */
  logX?: boolean;
}

/** The theme's colours, read when drawing so that a theme switch needs only a redraw. */
export function palette(el: Element) {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    bg: v('--bg-card', '#fff'),
    text: v('--text', '#1b1f24'),
    muted: v('--text-muted', '#4d5562'),
    grid: v('--border', '#d5d9e0'),
    /** Series colours, chosen for AA contrast on the card in both themes (src/islands/shared/demo.css). */
    series: [
      v('--demo-c1', '#1f4e8c'),
      v('--demo-c2', '#b3261e'),
      v('--demo-c3', '#2e7d32'),
      v('--demo-c4', '#7b3fa0'),
    ],
  };
}

export class Plot {
  readonly canvas: HTMLCanvasElement;
  readonly ctx: CanvasRenderingContext2D;
  options: PlotOptions;
  /** Margins in CSS pixels: room for tick labels and axis titles. */
  readonly margin = { left: 48, right: 12, top: 12, bottom: 40 };
  width = 0;
  height = 0;

  constructor(canvas: HTMLCanvasElement, options: PlotOptions) {
    this.canvas = canvas;
    this.ctx = context2d(canvas);
    this.options = options;
    this.resize();
  }

  /** Matches the canvas to its CSS width and the screen's pixel ratio. */
  resize(): void {
    const cssWidth = Math.max(
      200,
      Math.round(this.canvas.getBoundingClientRect().width || this.canvas.parentElement?.clientWidth || 320),
    );
    const cssHeight = Math.round(cssWidth * (this.options.aspect ?? 0.75));
    const ratio = Math.min(window.devicePixelRatio || 1, 3);
    this.canvas.width = cssWidth * ratio;
    this.canvas.height = cssHeight * ratio;
    this.canvas.style.height = `${cssHeight}px`;
    this.ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.width = cssWidth;
    this.height = cssHeight;
  }

  private tx(x: number): number {
    const { x: r, logX } = this.options;
    if (logX) {
      const l = (v: number) => Math.log10(Math.max(v, 1e-12));
      return (l(x) - l(r.min)) / (l(r.max) - l(r.min));
    }
    return (x - r.min) / (r.max - r.min);
  }

  private ty(y: number): number {
    const { y: r, logY } = this.options;
    if (logY) {
      const l = (v: number) => Math.log10(Math.max(v, 1e-12));
      return (l(y) - l(r.min)) / (l(r.max) - l(r.min));
    }
    return (y - r.min) / (r.max - r.min);
  }

  /** Data → CSS pixels, clamped to the plotting area. */
  px(x: number, y: number): [number, number] {
    const { left, right, top, bottom } = this.margin;
    const w = this.width - left - right;
    const h = this.height - top - bottom;
    const fx = this.tx(x);
    const fy = this.ty(y);
    const safe = (f: number) => (Number.isFinite(f) ? Math.min(1.02, Math.max(-0.02, f)) : 0);
    return [left + safe(fx) * w, top + (1 - safe(fy)) * h];
  }

  /** CSS pixels → data (for pointer input on linear axes). */
  data(px: number, py: number): [number, number] {
    const { left, right, top, bottom } = this.margin;
    const fx = (px - left) / (this.width - left - right);
    const fy = 1 - (py - top) / (this.height - top - bottom);
    const { x, y } = this.options;
    return [x.min + fx * (x.max - x.min), y.min + fy * (y.max - y.min)];
  }

  /** Where a pointer event falls on the canvas, in CSS pixels from its top-left corner. */
  pointer(e: PointerEvent): [number, number] {
    const r = this.canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  /** The index of the point nearest to the pointer within `radius` CSS pixels (a finger's width), or -1. */
  nearest(points: readonly { x: number; y: number }[], e: PointerEvent, radius = 16): number {
    const [cx, cy] = this.pointer(e);
    let best = -1;
    let bestDistance = radius;
    points.forEach((p, i) => {
      const [x, y] = this.px(p.x, p.y);
      const d = Math.hypot(x - cx, y - cy);
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    return best;
  }

  clear(): void {
    const p = palette(this.canvas);
    this.ctx.fillStyle = p.bg;
    this.ctx.fillRect(0, 0, this.width, this.height);
  }

  /** Axes, grid, ticks and axis titles. */
  axes(): void {
    const { ctx, options } = this;
    const p = palette(this.canvas);
    const { left, right, top, bottom } = this.margin;
    ctx.save();
    ctx.font = '12px system-ui, sans-serif';
    ctx.lineWidth = 1;
    const xt = options.logX ? logTicks(options.x.min, options.x.max) : ticks(options.x.min, options.x.max, 5);
    const yt = options.logY ? logTicks(options.y.min, options.y.max) : ticks(options.y.min, options.y.max, 5);
    ctx.strokeStyle = p.grid;
    ctx.fillStyle = p.muted;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const t of xt) {
      const [x] = this.px(t, options.y.min);
      line(ctx, x, top, x, this.height - bottom);
      ctx.fillText(formatTick(t), x, this.height - bottom + 4);
    }
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    for (const t of yt) {
      const [, y] = this.px(options.x.min, t);
      line(ctx, left, y, this.width - right, y);
      ctx.fillText(formatTick(t), left - 4, y);
    }
    ctx.strokeStyle = p.text;
    ctx.strokeRect(left, top, this.width - left - right, this.height - top - bottom);
    ctx.fillStyle = p.text;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillText(options.xLabel, left + (this.width - left - right) / 2, this.height - 2);
    ctx.save();
    ctx.translate(12, top + (this.height - top - bottom) / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = 'middle';
    ctx.fillText(options.yLabel, 0, 0);
    ctx.restore();
    ctx.restore();
  }

  /** A polyline through data points; `dash` tells lines apart without colour. */
  polyline(pts: [number, number][], color: string, width = 2, dash: number[] = []): void {
    const finite = pts.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
    if (finite.length < 2) return;
    const { ctx } = this;
    ctx.save();
    this.clip();
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.beginPath();
    finite.forEach(([x, y], i) => {
      const [px, py] = this.px(x, y);
      if (i === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    });
    ctx.stroke();
    ctx.restore();
  }

  marker(x: number, y: number, shape: Shape, color: string, size = 6, highlight = false): void {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    const [px, py] = this.px(x, y);
    drawShape(this.ctx, px, py, shape, color, size);
    if (highlight) {
      this.ctx.save();
      this.ctx.strokeStyle = palette(this.canvas).text;
      this.ctx.lineWidth = 2;
      this.ctx.beginPath();
      this.ctx.arc(px, py, size + 5, 0, 2 * Math.PI);
      this.ctx.stroke();
      this.ctx.restore();
    }
  }

  private clip(): void {
    const { left, right, top, bottom } = this.margin;
    this.ctx.beginPath();
    this.ctx.rect(left, top, this.width - left - right, this.height - top - bottom);
    this.ctx.clip();
  }
}

function line(ctx: CanvasRenderingContext2D, x1: number, y1: number, x2: number, y2: number) {
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
}

export function drawShape(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  shape: Shape,
  color: string,
  size: number,
): void {
  ctx.save();
  ctx.fillStyle = color;
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  switch (shape) {
    case 'circle':
      ctx.arc(x, y, size, 0, 2 * Math.PI);
      ctx.fill();
      break;
    case 'square':
      ctx.fillRect(x - size, y - size, 2 * size, 2 * size);
      break;
    case 'triangle':
      ctx.moveTo(x, y - size * 1.2);
      ctx.lineTo(x + size * 1.1, y + size * 0.9);
      ctx.lineTo(x - size * 1.1, y + size * 0.9);
      ctx.closePath();
      ctx.fill();
      break;
    case 'diamond':
      ctx.moveTo(x, y - size * 1.3);
      ctx.lineTo(x + size * 1.3, y);
      ctx.lineTo(x, y + size * 1.3);
      ctx.lineTo(x - size * 1.3, y);
      ctx.closePath();
      ctx.fill();
      break;
    case 'cross':
      ctx.lineWidth = 3;
      ctx.moveTo(x - size, y - size);
      ctx.lineTo(x + size, y + size);
      ctx.moveTo(x + size, y - size);
      ctx.lineTo(x - size, y + size);
      ctx.stroke();
      break;
  }
  ctx.restore();
}

/** About `count` round tick values between min and max. */
export function ticks(min: number, max: number, count: number): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) out.push(Number(t.toFixed(10)));
  return out;
}

function logTicks(min: number, max: number): number[] {
  const lo = Math.floor(Math.log10(Math.max(min, 1e-12)));
  // Less than two decades: 1, 2, 5 × 10ᵉ, else the axis would show a single tick.
  const steps = Math.log10(max) - Math.log10(Math.max(min, 1e-12)) < 2 ? [1, 2, 5] : [1];
  const out: number[] = [];
  for (let e = lo; e <= Math.log10(max); e++)
    for (const m of steps) if (m * 10 ** e >= min && m * 10 ** e <= max) out.push(Number((m * 10 ** e).toPrecision(3)));
  return out;
}

/** An axis tick: "0,5", "2 000", or a power of ten for the very large and very small ("10⁻³", "5 × 10⁻⁴"). */
export const formatTick = (t: number): string => {
  if (!(Math.abs(t) >= 1e4 || (Math.abs(t) < 1e-2 && t !== 0)))
    return minus(t.toLocaleString('fr-FR', { maximumFractionDigits: 2 }));
  const [mantissa, exponent] = t.toExponential(0).split('e') as [string, string];
  const power = `10${superscript(Number(exponent))}`;
  return mantissa === '1' ? power : mantissa === '-1' ? `−${power}` : `${minus(mantissa)} × ${power}`;
};

/**
 * The typographic minus sign (U+2212) for the ASCII hyphen `toLocaleString` writes: "−0,27"
 * as in print, the width of "+" so that columns of numbers line up, and never a line break
 * after it.
 */
const minus = (s: string): string => (s.startsWith('-') ? `−${s.slice(1)}` : s);

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 1.01e7 as it is written in French: "1,01 × 10⁷" (the exponent in superscript digits). */
function scientific(v: number): string {
  const [mantissa, exponent] = v.toExponential(2).split('e') as [string, string];
  // Narrow no-break spaces around "×": the number never wraps in the middle of a sentence.
  return `${minus(mantissa.replace('.', ','))}\u202f×\u202f10${superscript(Number(exponent))}`;
}

/** -4 → "⁻⁴". */
function superscript(power: number): string {
  return (power < 0 ? '⁻' : '') + String(Math.abs(power)).replace(/\d/g, (d) => superscripts[Number(d)]!);
}

/** A number in French for summaries ("0,125", "1,01 × 10⁷"), never "NaN". */
export function fr(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return 'non fini';
  // No "-0": a soft-thresholded coefficient is often a negative zero.
  if (v === 0) return '0';
  if (v !== 0 && (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3)) return scientific(v);
  return minus(v.toLocaleString('fr-FR', { maximumFractionDigits: digits }));
}
