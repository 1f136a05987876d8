/**
 * <compare-picker>: the programmes (or M2 IM options) shown in the comparison, 2 to 4,
 * kept in the URL as ?p=…&p=… so that a comparison can be shared. Cells carry
 * data-col; those of unchosen columns get `hidden`. Unknown ids in the URL are dropped.
 * Without ?p, a phone starts from the first two of the default four (data-phone-extra marks
 * the other two): two columns fit side by side on a 390 px screen, four scroll sideways.
 * The stylesheet hides those two before this script runs, so the table does not move.
 */
const MIN = 2;
const MAX = 4;
/** The same width as the stylesheet's rule for [data-phone-extra] (global.css). */
const PHONE = '(max-width: 40em)';

class ComparePicker extends HTMLElement {
  connectedCallback() {
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[name="p"]')];
    const status = this.querySelector('[data-status]');
    const known = new Set(boxes.map((b) => b.value));
    const asked = new URLSearchParams(location.search).getAll('p').filter((v) => known.has(v));
    if (asked.length >= MIN) for (const b of boxes) b.checked = asked.slice(0, MAX).includes(b.value);
    else if (matchMedia(PHONE).matches)
      for (const b of boxes) if (b.hasAttribute('data-phone-extra')) b.checked = false;
    const apply = (write: boolean) => {
      const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
      // At most MAX: the others wait; at least MIN: the last two cannot be unticked.
      for (const b of boxes) b.disabled = b.checked ? chosen.length <= MIN : chosen.length >= MAX;
      for (const cell of document.querySelectorAll<HTMLElement>('[data-col]'))
        cell.hidden = !chosen.includes(cell.dataset.col ?? '');
      if (status) status.textContent = `${chosen.length} programmes côte à côte (de ${MIN} à ${MAX}).`;
      if (write) {
        const url = new URL(location.href);
        url.searchParams.delete('p');
        for (const id of chosen) url.searchParams.append('p', id);
        history.replaceState(history.state, '', url);
      }
    };
    this.addEventListener('change', () => apply(true));
    apply(false);
    // From now on the cells' `hidden` says what is shown (see the stylesheet's phone rule).
    document.documentElement.dataset.comparePicked = '';
  }
}
customElements.define('compare-picker', ComparePicker);
