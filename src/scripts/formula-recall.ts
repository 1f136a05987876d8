/**
 * <formula-recall> on the cheat sheet: "Masquer les formules" hides the math of
 * every formula card behind a disclosure button, "Afficher la formule (3.2)";
 * each reveals its own formula (and hides it again). The cards are not moved nor
 * re-rendered: a data attribute and the stylesheet do the hiding.
 */
class FormulaRecall extends HTMLElement {
  connectedCallback() {
    const bar = this.querySelector<HTMLElement>('[data-recall-bar]');
    const toggle = this.querySelector<HTMLButtonElement>('[data-recall-toggle]');
    const live = this.querySelector<HTMLElement>('[data-recall-live]');
    if (!bar || !toggle || !live) return;
    const cards = [...document.querySelectorAll<HTMLElement>('main .formula-card')];
    bar.hidden = false;
    let prepared = false;
    // The buttons and regions are added the first time the mode is turned on, not before.
    const prepare = () =>
      cards.forEach((card, i) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'recall-reveal';
        button.hidden = true;
        const number = card.querySelector('.eq-number')?.textContent ?? '';
        const math = card.querySelector('.formula-math');
        const id = `recall-${i}`;
        if (math) {
          // What the button shows and hides, for assistive technology.
          const region = document.createElement('div');
          region.id = id;
          region.className = 'recall-region';
          math.before(region);
          const parts = [
            ...card.querySelectorAll(
              ':scope > .formula-label, :scope > .formula-math, :scope > .formula-note, :scope > .symbols',
            ),
          ];
          region.append(...parts);
          button.setAttribute('aria-controls', id);
        }
        button.dataset.number = number;
        button.setAttribute('aria-expanded', 'false');
        button.textContent = `Afficher la formule ${number}`;
        card.querySelector(':scope > h2, :scope > h3')?.after(button);
        button.addEventListener('click', () => {
          const open = card.dataset.recall !== 'shown';
          card.dataset.recall = open ? 'shown' : 'hidden';
          button.setAttribute('aria-expanded', String(open));
          button.textContent = `${open ? 'Masquer' : 'Afficher'} la formule ${number}`;
        });
      });
    toggle.addEventListener('click', () => {
      if (!prepared) prepare();
      prepared = true;
      const on = toggle.getAttribute('aria-pressed') !== 'true';
      toggle.setAttribute('aria-pressed', String(on));
      for (const card of cards) {
        if (on) card.dataset.recall = 'hidden';
        else delete card.dataset.recall;
        const button = card.querySelector<HTMLButtonElement>(':scope > .recall-reveal');
        if (button) {
          button.hidden = !on;
          button.setAttribute('aria-expanded', 'false');
          button.textContent = `Afficher la formule ${button.dataset.number}`;
        }
      }
      live.textContent = on
        ? `${cards.length} formules masquées. Chacune a son bouton « Afficher la formule ».`
        : 'Toutes les formules sont affichées.';
    });
  }
}

customElements.define('formula-recall', FormulaRecall);
