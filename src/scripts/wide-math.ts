/**
 * Display formulas wider than their column scroll sideways (global.css, `.katex-display`).
 * Those that do get a tab stop, so that a keyboard can scroll them too, and lose it once the
 * window is wide enough: a formula that fits is no stop on the way. Checked as the page starts,
 * again once KaTeX's fonts are in (they widen a formula without resizing its box), and on every
 * resize of a formula (a phone turned, a fold opened). `data-wide-math` on <html> says that the
 * check has run with the fonts in place (the accessibility tests wait for it). Formulas drawn
 * later by a script (the revision cards) are not followed: their own styles keep them in bounds.
 */
const displays = [...document.querySelectorAll('.katex-display')];
const sync = (el: Element) => {
  if (el.scrollWidth > el.clientWidth + 1) el.setAttribute('tabindex', '0');
  else el.removeAttribute('tabindex');
};
const syncAll = () => {
  for (const el of displays) sync(el);
};
if (displays.length) {
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) sync(entry.target);
  });
  for (const el of displays) observer.observe(el);
  document.fonts.addEventListener('loadingdone', syncAll);
}
void document.fonts.ready.then(() => {
  syncAll();
  document.documentElement.dataset.wideMath = '';
});
