/**
 * Folded demos (the cheat sheet): each island waits in a <template> until its
 * fold first opens, then is stamped in place, and its <atlas-demo> element
 * starts like any other once visible. Until then the page neither parses its
 * markup into the document nor styles or lays it out.
 *
 * This script, not the island's own, loads the element: the island's script tag
 * is rendered inside the first template, where it does not run.
 */
import './element';

function stamp(details: HTMLDetailsElement): void {
  const template = details.querySelector<HTMLTemplateElement>(':scope > template[data-demo-fold]');
  template?.replaceWith(template.content);
}

// `toggle` does not bubble: one listener in the capture phase serves every fold.
document.addEventListener(
  'toggle',
  (event) => {
    const target = event.target;
    if (target instanceof HTMLDetailsElement && target.open && target.classList.contains('demo-fold')) stamp(target);
  },
  true,
);
// A fold already open when this runs (the browser restored it, or find-in-page opened it).
for (const details of document.querySelectorAll<HTMLDetailsElement>('details.demo-fold[open]')) stamp(details);
