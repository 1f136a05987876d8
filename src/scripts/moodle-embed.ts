/**
 * Embed mode (html.embed, set before paint by EmbedEarly.astro), loaded only then.
 * - Links to other pages open in a new tab: inside Moodle's frame a whole page of
 *   the site would be cramped, and the course stays open. Anchors of the same page
 *   stay in the frame.
 * - Inside a frame, the page posts its height to the host on load and on every
 *   change of size: { type: 'atlas-ml:height', height: <CSS px, integer>, url: <page URL> }
 *   (documented on /enseignants/).
 * Nothing here uses storage or a service worker: both are partitioned in iframes.
 */
const here = location.origin + location.pathname;
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
  const to = new URL(a.href, location.href);
  if (to.origin + to.pathname === here && to.hash) continue;
  a.target = '_blank';
  a.rel = 'noopener';
}

if (window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'atlas-ml:height', height, url: location.href }, '*');
  };
  new ResizeObserver(post).observe(document.body);
}

// A module (imported on demand by moodle.ts), though it exports nothing.
export {};
