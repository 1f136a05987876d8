/**
 * <course-explorer>: filters and sorts the course table that the page renders
 * in full at build time. The state lives in the URL query (?programme=…&theme=…),
 * so a filtered list can be shared and back/forward work.
 */
import { EXPLORER_PARAMS as FIELDS } from '../lib/site-params';

type State = Partial<Record<(typeof FIELDS)[number], string>>;

class CourseExplorer extends HTMLElement {
  private form!: HTMLFormElement;
  private rows!: HTMLTableRowElement[];
  private body!: HTMLTableSectionElement;

  connectedCallback() {
    this.form = this.querySelector('form')!;
    this.body = this.querySelector('tbody')!;
    this.rows = [...this.body.rows];
    this.querySelector<HTMLElement>('.explorer-filters')!.hidden = false;
    this.apply(this.readUrl(), false);
    this.form.addEventListener('input', () => this.apply(this.readForm(), true));
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('reset', () => setTimeout(() => this.apply({}, true)));
    window.addEventListener('popstate', () => this.apply(this.readUrl(), false));
  }

  private readUrl(): State {
    const params = new URLSearchParams(location.search);
    return Object.fromEntries(FIELDS.flatMap((f) => (params.get(f) ? [[f, params.get(f)!]] : [])));
  }

  private readForm(): State {
    const data = new FormData(this.form);
    return Object.fromEntries(FIELDS.flatMap((f) => (data.get(f) ? [[f, String(data.get(f))]] : [])));
  }

  private apply(state: State, push: boolean) {
    for (const f of FIELDS) {
      const el = this.form.elements.namedItem(f) as HTMLInputElement | HTMLSelectElement | null;
      if (el && el.value !== (state[f] ?? '')) el.value = state[f] ?? '';
    }
    // Only the groups of the chosen programme are offered.
    for (const option of this.form.querySelectorAll<HTMLOptionElement>('#f-groupe option[data-programme]')) {
      option.hidden = Boolean(state.programme) && option.dataset.programme !== state.programme;
    }
    const min = state.ectsMin ? Number(state.ectsMin) : -Infinity;
    const max = state.ectsMax ? Number(state.ectsMax) : Infinity;
    const q = (state.q ?? '').trim().toLowerCase();
    let shown = 0;
    for (const row of this.rows) {
      const d = row.dataset;
      const ects = d.ects ? Number(d.ects) : undefined;
      const visible =
        (!q || d.text!.includes(q)) &&
        (!state.programme || d.programme === state.programme) &&
        (!state.groupe || d.groups!.split(' ').includes(state.groupe)) &&
        (!state.theme || d.topics!.split(' ').includes(state.theme)) &&
        (!state.langue || d.langs!.split(' ').includes(state.langue)) &&
        ((min === -Infinity && max === Infinity) || (ects !== undefined && ects >= min && ects <= max));
      row.hidden = !visible;
      if (visible) shown++;
    }
    const sorted = [...this.rows];
    if (state.tri === 'heures' || state.tri === '-heures') {
      const sign = state.tri === 'heures' ? 1 : -1;
      const hours = (r: HTMLTableRowElement) => (r.dataset.hours ? Number(r.dataset.hours) : undefined);
      // Courses with unknown hours go last in both directions.
      sorted.sort((a, b) => {
        const ha = hours(a);
        const hb = hours(b);
        if (ha === undefined || hb === undefined) return (ha === undefined ? 1 : 0) - (hb === undefined ? 1 : 0);
        return sign * (ha - hb);
      });
    }
    this.body.append(...sorted);
    this.querySelector('[data-count]')!.textContent = String(shown);
    const active = FIELDS.filter((f) => f !== 'tri' && state[f]).length;
    this.querySelector('[data-active]')!.textContent = active ? `(${active} actif${active > 1 ? 's' : ''})` : '';
    if (push) {
      const params = new URLSearchParams(Object.entries(state) as [string, string][]);
      const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
      if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    }
  }
}
customElements.define('course-explorer', CourseExplorer);
