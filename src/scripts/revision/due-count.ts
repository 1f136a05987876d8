/**
 * <due-count>: how many revision cards are due today, from the progress stored in
 * this browser (store.ts), as a link to /reviser/. Only cards the revision page
 * knows count (it records their ids at each visit); before any revision the link
 * invites to start.
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
      link.textContent = !started
        ? 'Réviser avec des cartes'
        : n === 0
          ? 'Aucune carte à revoir aujourd’hui'
          : `${n} carte${n > 1 ? 's' : ''} à revoir`;
    } catch {
      link.textContent = 'Réviser avec des cartes';
    }
    link.hidden = false;
    this.dataset.ready = '';
  }
}

customElements.define('due-count', DueCount);
