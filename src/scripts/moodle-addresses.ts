/**
 * Addresses at run time, loaded on demand by moodle.ts: the build's SITE may not be
 * where the site is served (a copy on another server, a preview, a university that
 * did not rebuild), so everything a teacher copies is written from location.
 * - The « Lien Moodle » panel (on its first opening, from moodle.ts): the page's link, embed link
 *   and iframe with the serving origin, the demo's current state and a height
 *   measured on the page; then one row per passage of the page with three copy buttons.
 * - /enseignants/ (its own script): elements with data-address (a root-relative address written out
 *   absolute), data-snippet="iframe|listener", and the notice shown when the
 *   exports were built for another origin (data-export-origin).
 *
 * A demo's state: the panel dispatches `atlas:state-url` on document with
 * detail { url: undefined }; a listener may set detail.url to this page's address
 * carrying its state (relative or absolute). Else an element with data-state-url
 * gives that address (the demos' shared runtime keeps it on the demo's root). An
 * address of another page is ignored (a demo embedded in a glossary page). Else the page's own query string and a fragment that names
 * no element (demos write their state there) are kept (src/islands/README.md).
 */
import { frameHeight, heightListener, moodleLinks, stateQuery } from '../lib/moodle-links';
import { copyField } from './moodle-copy';

const page = () => location.origin + location.pathname;

/** The state of the page as [query without "?", fragment without "#"]. */
function pageState(): [string, string] {
  const detail: { url?: string } = {};
  document.dispatchEvent(new CustomEvent('atlas:state-url', { detail }));
  // Only an address of this page: a demo embedded in another page (a glossary term) links to its own page.
  const samePage = (u: string | undefined) => u && new URL(u, location.href).pathname === location.pathname;
  const given = [
    detail.url,
    ...[...document.querySelectorAll<HTMLElement>('[data-state-url]')].map((e) => e.dataset.stateUrl),
  ].find(samePage);
  const from = given ? new URL(given, location.href) : location;
  const hash = decodeURIComponent(from.hash.slice(1));
  // A fragment that names an element is a passage, not a state: passages have their own rows.
  const state = hash && !document.getElementById(hash) ? from.hash.slice(1) : '';
  return [stateQuery(from.search), state];
}

function measuredHeight(panel: HTMLElement): number {
  const main = panel.closest('main') ?? document.body;
  const own = panel.getBoundingClientRect().height + (document.querySelector('.source-line')?.clientHeight ?? 0);
  return frameHeight(main.getBoundingClientRect().height - own, main.clientWidth);
}

/** Id and label of every passage a teacher may link: the "copier le lien" anchors, then headings with an id. */
export function passages(root: ParentNode): { id: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const el of root.querySelectorAll<HTMLElement>('a[data-copy-link], h2[id], h3[id]')) {
    if (el.closest('.moodle-link')) continue;
    const id = el instanceof HTMLAnchorElement ? decodeURIComponent(el.hash.slice(1)) : el.id;
    const label =
      el instanceof HTMLAnchorElement
        ? (/« (.*) »/.exec(el.getAttribute('aria-label') ?? '')?.[1] ?? id)
        : (el.textContent ?? '').trim();
    if (id && label && !seen.has(id)) seen.set(id, label);
  }
  return [...seen].map(([id, label]) => ({ id, label }));
}

function set(id: string, value: string) {
  const field = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null;
  if (field) field.value = value;
}

function sectionList(panel: HTMLElement, title: string, height: number, pageUrl: string): HTMLElement | undefined {
  const list = passages(panel.closest('main') ?? document);
  if (!list.length) return undefined;
  const box = document.createElement('details');
  box.className = 'moodle-sections';
  const summary = document.createElement('summary');
  summary.textContent = `Un passage de la page (${list.length})`;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  const ul = document.createElement('ul');
  const kinds = [
    ['link', 'Lien', 'le lien vers'],
    ['embed', 'Intégré', 'le lien intégré vers'],
    ['iframe', 'Iframe', 'l’iframe de'],
  ] as const;
  for (const { id, label } of list) {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.className = 'moodle-section-name';
    name.textContent = label;
    li.append(name);
    const links = moodleLinks(pageUrl, `${title} : ${label}`, { height: Math.min(height, 800), fragment: id });
    const actions = document.createElement('span');
    actions.className = 'moodle-section-actions';
    li.append(actions);
    for (const [kind, text, what] of kinds) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = text;
      button.setAttribute('aria-label', `Copier ${what} « ${label} »`);
      button.dataset.copy = '';
      button.dataset.copyValue = links[kind];
      actions.append(button);
    }
    ul.append(li);
  }
  box.append(summary, status, ul);
  return box;
}

/** Fills the panel from the serving address; called on its first opening (after the click has opened it). */
export function fillPanel(panel: HTMLElement) {
  const title = panel.dataset.moodleTitle ?? document.title;
  const [state, fragment] = pageState();
  const height = measuredHeight(panel);
  const links = moodleLinks(page(), title, { height, state, fragment });
  set('moodle-url', links.link);
  set('moodle-embed', links.embed);
  set('moodle-iframe', links.iframe);
  panel.querySelector('[data-moodle-nojs]')?.remove();
  const note = panel.querySelector('[data-moodle-height-note]');
  if (note) note.textContent = `(${height} px) est estimée d’après la longueur de cette page`;
  const before = panel.querySelector('.moodle-link-body > p:last-child');
  const sections = sectionList(panel, title, height, page());
  if (sections && before) before.before(sections);
}

/** A click in the panel: its summary the first time (Enter and Space click it too) fills it; a button copies. */
export function panelClick(target: Element) {
  const panel = target.closest<HTMLElement>('details.moodle-link');
  if (panel && target.closest('summary')?.parentElement === panel && !('filled' in panel.dataset)) {
    panel.dataset.filled = '';
    fillPanel(panel);
  }
  const button = target.closest<HTMLButtonElement>('button[data-copy]');
  if (button) copyField(button);
}

/** /enseignants/ (its own script, on demand): examples written out with the serving origin, and the notice about the exports' origin. */
export function fillTeacherPage() {
  for (const el of document.querySelectorAll<HTMLElement>('[data-address]'))
    el.textContent = new URL(el.dataset.address ?? '', location.href).href;
  for (const el of document.querySelectorAll<HTMLElement>('[data-snippet="iframe"]'))
    el.textContent = moodleLinks(new URL(el.dataset.path ?? '', location.href).href, el.dataset.title ?? '', {
      height: Number(el.dataset.height) || undefined,
    }).iframe;
  for (const el of document.querySelectorAll<HTMLElement>('[data-snippet="listener"]'))
    el.textContent = heightListener(location.origin);
  for (const el of document.querySelectorAll<HTMLElement>('[data-export-origin]')) {
    el.hidden = el.dataset.exportOrigin === location.origin;
    const here = el.querySelector('[data-serving-origin]');
    if (here) here.textContent = location.origin;
  }
}
