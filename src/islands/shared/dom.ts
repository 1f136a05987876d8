/** Small DOM helpers shared by the demos' run.ts files. */

/** Fills a `<dl class="demo-numbers">` with label / value rows. */
export function fillNumbers(dl: HTMLElement, rows: [string, string][]): void {
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
