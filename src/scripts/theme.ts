/**
 * <theme-toggle>: switches between light and dark. The initial theme follows
 * the system (set before paint by the inline script in BaseLayout); a choice
 * made here is remembered in localStorage and wins over the system from then on.
 */
const KEY = 'atlas-theme';

function current(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const sync = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
    sync();
    button.hidden = false;
    button.addEventListener('click', () => {
      const next = current() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // Storage can be blocked (embedded in an iframe, private mode): the toggle still works for this page.
      }
      sync();
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);
