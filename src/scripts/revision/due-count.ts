/**
 * <due-count>: how many revision cards are due today, from the progress stored in
 * this browser (store.ts), as a link to /reviser/. Only cards the revision page
 * knows count (it records their ids at each visit); before any revision it shows nothing.
 */
import { dueCount, openStore } from './store';

class DueCount extends HTMLElement {
  async connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('[data-due-link]');
    if (!link) return;
    try {
      const store = await openStore();
      const progress = await store.load();
      const started = Object.keys(progress.cards).length > 0;
      const n = dueCount(progress, Date.now(), await store.known());
      // Before any revision there is nothing to count: the home page's own link to /reviser/ is enough.
      if (!started) return;
      link.textContent = n === 0 ? 'Aucune carte à revoir aujourd’hui' : `${n} carte${n > 1 ? 's' : ''} à revoir`;
      link.hidden = false;
    } catch {
      // No storage: nothing to count.
    } finally {
      this.dataset.ready = '';
    }
  }
}

customElements.define('due-count', DueCount);
