/** Small DOM helpers shared by the demos' run.ts files. */

/**
 * A canvas's 2-D context, drawn by the CPU. Chromium otherwise backs each canvas with a GPU
 * image that every frame's commit must hand to the GPU process: the page's main thread waits
 * for those hand-overs (on the benchmark's machine, 30 to 60 ms in one frame for the MLP's
 * twenty small canvases, with under 15 ms of its own work). The demos' canvases are small
 * and mostly `putImageData`, which the CPU does as fast. `willReadFrequently` is the
 * standard way to ask for a CPU canvas.
 */
export function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  return canvas.getContext('2d', { willReadFrequently: true })!;
}

/**
 * Fills a `<dl class="demo-numbers">` with label / value rows. When the labels are those
 * already shown (every frame while playing), only the values that changed are rewritten:
 * no new elements, so no style recalculation of the whole list at each frame.
 */
export function fillNumbers(dl: HTMLElement, rows: [string, string][]): void {
  const shown = dl.children;
  const same = shown.length === rows.length && rows.every(([k], i) => shown[i]!.firstElementChild?.textContent === k);
  if (same) {
    rows.forEach(([, v], i) => {
      const dd = shown[i]!.lastElementChild!;
      if (dd.textContent !== v) dd.textContent = v;
    });
    return;
  }
  dl.replaceChildren(
    ...rows.map(([k, v]) => {
      const div = document.createElement('div');
      const dt = document.createElement('dt');
      const dd = document.createElement('dd');
      dt.textContent = k;
      dd.textContent = v;
      div.append(dt, dd);
      return div;
    }),
  );
}

/** Resizes a plot's canvas when its CSS width changed (after a layout change or a rotation). */
export function fitWidth(plot: { canvas: HTMLCanvasElement; width: number; resize(): void }): void {
  if (Math.round(plot.canvas.getBoundingClientRect().width) !== plot.width) plot.resize();
}

/** What a demo tells `dragOnPlot` to do with the pointer. */
export interface DragHandlers {
  /** The index of what the pointer took (`Plot.nearest`), or -1 for nothing. */
  grab(e: PointerEvent): number;
  /** Called once the drag has started (select, redraw). */
  grabbed?(index: number): void;
  /** The pointer moved while dragging `index`, to (x, y) in data coordinates. */
  move(index: number, x: number, y: number): void;
  /** The drag ended (pointer up or cancelled). */
  drop?(index: number): void;
  /** The pointer went down on nothing, at (x, y) in data coordinates (add a point there). */
  miss?(x: number, y: number): void;
}

/**
 * Dragging markers on a plot with a mouse, a pen or a finger: the pointer is captured while
 * dragging, so the drag goes on outside the canvas. Returns the current drag, which a
 * demo's drawing reads to highlight the marker being moved.
 */
export function dragOnPlot(
  on: (target: EventTarget, type: string, handler: (e: Event) => void) => void,
  plot: {
    canvas: HTMLCanvasElement;
    pointer(e: PointerEvent): [number, number];
    data(px: number, py: number): [number, number];
  },
  handlers: DragHandlers,
): { readonly index: number | null } {
  let index: number | null = null;
  on(plot.canvas, 'pointerdown', (event) => {
    const e = event as PointerEvent;
    const hit = handlers.grab(e);
    if (hit < 0) {
      handlers.miss?.(...plot.data(...plot.pointer(e)));
      return;
    }
    index = hit;
    plot.canvas.setPointerCapture(e.pointerId);
    e.preventDefault();
    handlers.grabbed?.(hit);
  });
  on(plot.canvas, 'pointermove', (event) => {
    if (index === null) return;
    handlers.move(index, ...plot.data(...plot.pointer(event as PointerEvent)));
  });
  const end = () => {
    if (index === null) return;
    const dropped = index;
    index = null;
    handlers.drop?.(dropped);
  };
  on(plot.canvas, 'pointerup', end);
  on(plot.canvas, 'pointercancel', end);
  return {
    get index() {
      return index;
    },
  };
}
