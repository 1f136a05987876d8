/**
 * Embed mode (html.embed, set before paint by EmbedEarly.astro), loaded only then.
 * - Links to other pages open in a new tab: inside Moodle's frame a whole page of
 *   the site would be cramped, and the course stays open. Anchors of the same page
 *   stay in the frame.
 * - Inside a frame, the page posts its height to the host on load and on every
 *   change of size: { type: 'atlas-ml:height', height: <CSS px, integer> }
 *   (documented on /enseignants/), addressed to the parent's origin only
 *   (parentOrigin(): never "*"), and without the page's address: a search query
 *   or a demo's state in it is none of the host's business.
 * Nothing here uses storage or a service worker: both are partitioned in iframes.
 */
import { parentOrigin } from '../lib/embed-origin';

/** MOODLE_ORIGIN at build time (src/lib/config.ts), or ''. */
declare const __ATLAS_MOODLE_ORIGIN__: string;

const here = location.origin + location.pathname;
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
  const to = new URL(a.href, location.href);
  if (to.origin + to.pathname === here && to.hash) continue;
  a.target = '_blank';
  a.rel = 'noopener';
}

const target =
  window.parent !== window
    ? parentOrigin(location.ancestorOrigins, document.referrer, __ATLAS_MOODLE_ORIGIN__ || undefined)
    : undefined;
if (target) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'atlas-ml:height', height }, target);
  };
  new ResizeObserver(post).observe(document.body);
}
