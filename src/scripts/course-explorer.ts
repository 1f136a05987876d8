/**
 * <course-explorer>: filters and sorts the course table that the page renders
 * in full at build time. The state lives in the URL query (?programme=…&sujet=…),
 * so a filtered list can be shared and back/forward work.
 * The text filter reads the query as search does (src/lib/search-query.ts): accents,
 * case and stop words ignored, a typo of one letter tolerated on long words.
 * A value in the URL that no control can show (an unknown topic, an option of another
 * programme, a number that is not one) is dropped, and a notice says so: a filter is
 * never applied without being visible.
 */
import { matchesAll, queryWords } from '../lib/search-query';
import { COLOUR_THEMES, EXPLORER_PARAMS as FIELDS, LEGACY_TOPIC_PARAM } from '../lib/site-params';

type State = Partial<Record<(typeof FIELDS)[number], string>>;

class CourseExplorer extends HTMLElement {
  private form!: HTMLFormElement;
  private rows!: HTMLTableRowElement[];
  private body!: HTMLTableSectionElement;
  private words = new Map<HTMLTableRowElement, string[]>();

  connectedCallback() {
    this.form = this.querySelector('form')!;
    this.body = this.querySelector('tbody')!;
    this.rows = [...this.body.rows];
    for (const row of this.rows) this.words.set(row, (row.dataset.words ?? '').split(' '));
    const filters = this.querySelector<HTMLDetailsElement>('.explorer-filters')!;
    filters.hidden = false;
    // Loaded on the first touch of the filters (src/pages/cours/index.astro): what was typed meanwhile counts.
    const typed = this.readForm();
    const fromUrl = this.readUrl();
    const { state, dropped } = this.shown(Object.keys(fromUrl).length || !Object.keys(typed).length ? fromUrl : typed);
    this.notice(dropped);
    // On a phone the filters are folded: a list filtered by its URL opens them, so that the filters show.
    if (FIELDS.some((f) => f !== 'tri' && state[f])) filters.open = true;
    this.apply(state, false);
    history.replaceState(null, '', this.url(state));
    this.form.addEventListener('input', () => this.apply(this.readForm(), true));
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('reset', () => setTimeout(() => this.apply({}, true)));
    window.addEventListener('popstate', () => {
      const { state, dropped } = this.shown(this.readUrl());
      this.notice(dropped);
      this.apply(state, false);
    });
  }

  /** The state without the values no control can show, and a sentence for each value dropped. */
  private shown(state: State): { state: State; dropped: string[] } {
    const kept: State = {};
    const dropped: string[] = [];
    // The control's own label names the filter ("Thème", "Programme"); the ECTS bounds share one legend.
    const labelOf = (f: string, el: Element | RadioNodeList | null) =>
      f === 'ectsMin'
        ? 'ECTS (de)'
        : f === 'ectsMax'
          ? 'ECTS (à)'
          : ((el instanceof HTMLSelectElement || el instanceof HTMLInputElement) &&
              el.labels?.[0]?.textContent?.trim()) ||
            f;
    for (const f of FIELDS) {
      const value = state[f];
      if (!value) continue;
      const el = this.form.elements.namedItem(f);
      let ok = el !== null;
      if (el instanceof HTMLSelectElement) {
        const option = [...el.options].find((o) => o.value === value);
        // An option of another programme is hidden by the programme filter: as good as absent.
        ok = option !== undefined && !(f === 'groupe' && kept.programme && option.dataset.programme !== kept.programme);
      } else if (el instanceof HTMLInputElement && el.type === 'number') {
        ok = value.trim() !== '' && Number.isFinite(Number(value));
      }
      if (ok) kept[f] = value;
      else dropped.push(`${labelOf(f, el)} : « ${value} »`);
    }
    return { state: kept, dropped };
  }

  private notice(dropped: string[]) {
    const box = this.querySelector<HTMLElement>('[data-dropped]')!;
    box.hidden = dropped.length === 0;
    box.textContent = dropped.length
      ? `Filtre${dropped.length > 1 ? 's' : ''} de l’adresse ignoré${dropped.length > 1 ? 's' : ''}, aucune option ne correspond : ${dropped.join(' ; ')}.`
      : '';
  }

  /** The page's URL for `state`; other parameters (?embed=1, a search highlight) stay. */
  private url(state: State): string {
    const params = new URLSearchParams(location.search);
    for (const f of FIELDS) params.delete(f);
    if (legacyTopic(params)) params.delete(LEGACY_TOPIC_PARAM);
    for (const f of FIELDS) if (state[f]) params.set(f, state[f]);
    return `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`;
  }

  private readUrl(): State {
    const params = new URLSearchParams(location.search);
    const state: State = Object.fromEntries(FIELDS.flatMap((f) => (params.get(f) ? [[f, params.get(f)!]] : [])));
    const legacy = legacyTopic(params);
    if (legacy && !state.sujet) state.sujet = legacy;
    return state;
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
    const q = queryWords(state.q ?? '');
    let shown = 0;
    for (const row of this.rows) {
      const d = row.dataset;
      const ects = d.ects ? Number(d.ects) : undefined;
      const visible =
        (q.length === 0 || matchesAll(q, this.words.get(row)!)) &&
        (!state.programme || d.programme === state.programme) &&
        (!state.groupe || d.groups!.split(' ').includes(state.groupe)) &&
        (!state.sujet || d.topics!.split(' ').includes(state.sujet)) &&
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
      this.notice([]);
      const url = this.url(state);
      if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    }
  }
}
customElements.define('course-explorer', CourseExplorer);

/** A topic written the old way, `?theme=deep-learning`: any value of `theme` that is not a colour theme. */
function legacyTopic(params: URLSearchParams): string | undefined {
  const value = params.get(LEGACY_TOPIC_PARAM);
  return value && !(COLOUR_THEMES as readonly string[]).includes(value) ? value : undefined;
}
