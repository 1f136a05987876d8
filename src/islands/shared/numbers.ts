/** Fills a `<dl class="demo-numbers">` with label/value rows (text only, never HTML). */
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
