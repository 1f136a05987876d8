/**
 * Term and equation previews (.ref > .ref-link + .ref-card). CSS already shows
 * the card on hover and keyboard focus; this adds what CSS cannot: Escape closes
 * it, a first tap on a touch screen opens it (a second tap follows the link), and
 * the card is kept inside the viewport.
 */
const OPEN = 'ref-open';
const DISMISSED = 'ref-dismissed';

function place(ref: Element) {
  const card = ref.querySelector<HTMLElement>('.ref-card');
  if (!card) return;
  card.style.translate = '';
  const rect = card.getBoundingClientRect();
  const overflow = rect.right - (document.documentElement.clientWidth - 8);
  if (overflow > 0) card.style.translate = `${-Math.min(overflow, rect.left - 8)}px 0`;
}

function closeAll(except?: Element) {
  for (const open of document.querySelectorAll(`.ref.${OPEN}`)) if (open !== except) open.classList.remove(OPEN);
}

document.addEventListener('pointerover', (e) => {
  const ref = (e.target as Element).closest?.('.ref');
  if (ref) place(ref);
});
document.addEventListener('focusin', (e) => {
  const ref = (e.target as Element).closest?.('.ref');
  if (ref) place(ref);
});
document.addEventListener('focusout', (e) =>
  (e.target as Element).closest?.('.ref')?.classList.remove(DISMISSED, OPEN),
);
document.addEventListener('pointerout', (e) => {
  const ref = (e.target as Element).closest?.('.ref');
  if (ref && !ref.contains(e.relatedTarget as Node)) ref.classList.remove(DISMISSED);
});
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  const refs = document.querySelectorAll('.ref:hover, .ref:focus-within, .ref.ref-open');
  for (const ref of refs) {
    ref.classList.add(DISMISSED);
    ref.classList.remove(OPEN);
  }
});

let touch = false;
document.addEventListener('pointerdown', (e) => {
  touch = e.pointerType === 'touch';
  if (!(e.target as Element).closest?.('.ref')) closeAll();
});
document.addEventListener('click', (e) => {
  const link = (e.target as Element).closest?.('.ref-link');
  if (!link || !touch) return;
  const ref = link.parentElement!;
  if (ref.classList.contains(OPEN)) return;
  e.preventDefault();
  closeAll(ref);
  ref.classList.remove(DISMISSED);
  ref.classList.add(OPEN);
  place(ref);
});
