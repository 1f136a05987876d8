/**
 * <site-menu>: the phone's menu button (a disclosure: the button's aria-expanded
 * shows and hides the navigation that follows it). Escape closes it and gives the
 * focus back to the button; so do a click elsewhere and the focus leaving the menu.
 * On wide screens CSS shows the navigation and hides the button, so none of this applies.
 */
class SiteMenu extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const isOpen = () => button.getAttribute('aria-expanded') === 'true';
    const set = (open: boolean) => button.setAttribute('aria-expanded', String(open));
    button.addEventListener('click', () => set(!isOpen()));
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && isOpen()) {
        set(false);
        button.focus();
      }
    });
    this.addEventListener('focusout', (e) => {
      if (isOpen() && !this.contains(e.relatedTarget as Node | null)) set(false);
    });
    document.addEventListener('click', (e) => {
      if (isOpen() && !this.contains(e.target as Node)) set(false);
    });
  }
}
customElements.define('site-menu', SiteMenu);
