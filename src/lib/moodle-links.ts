/**
 * The addresses and snippets a teacher copies into Moodle, in one place for the
 * page (built with root-relative addresses, usable without JavaScript) and for
 * the browser (src/scripts/moodle-addresses.ts fills in the serving origin):
 * a build never knows for sure where it will be served.
 */

import { escapeHtml } from './escape.ts';

export interface MoodleLinks {
  /** The page (or passage) for a URL resource. */
  link: string;
  /** The same in embed mode: no header, menu or footer. */
  embed: string;
  /** An <iframe> for a Page resource. */
  iframe: string;
}

/** The iframe height used when the page's own could not be measured (no JavaScript). */
export const DEFAULT_FRAME_HEIGHT = 600;

/**
 * `page`: the page's address without query or fragment (absolute, or root-relative
 * when the origin is unknown); `state`: a query string without "?" (a demo's state);
 * `fragment`: an id on the page (a passage), or a demo's state written there.
 */
export function moodleLinks(
  page: string,
  title: string,
  {
    height = DEFAULT_FRAME_HEIGHT,
    state = '',
    fragment = '',
  }: { height?: number; state?: string; fragment?: string } = {},
): MoodleLinks {
  const hash = fragment ? `#${fragment}` : '';
  const link = `${page}${state ? `?${state}` : ''}${hash}`;
  const embed = `${page}?embed=1${state ? `&${state}` : ''}${hash}`;
  const iframe = `<iframe src="${escapeHtml(embed)}" title="${escapeHtml(title)} (Atlas ML)" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
  return { link, embed, iframe };
}

/**
 * A fixed iframe height for the page, in CSS px, from its content's height measured
 * at `width`: text reflows to about width/760 times as many lines in a Moodle
 * content column of ~760 px. Kept between 300 and 1,600 (a longer page scrolls
 * inside its frame), rounded up to 50.
 */
export function frameHeight(contentHeight: number, width: number, columnWidth = 760): number {
  const estimate = contentHeight * (width / columnWidth);
  return Math.min(1600, Math.max(300, Math.ceil(estimate / 50) * 50));
}

/** Parameters of the page's own address that belong to Moodle's modes, not to its state. */
const modeParams = ['embed', 'theme', 'section'];

/** The state part of a query string: everything but the embed, theme and section parameters. */
export function stateQuery(search: string): string {
  const params = new URLSearchParams(search);
  for (const p of modeParams) params.delete(p);
  return params.toString();
}

/** What a host page can run to resize its iframes from the height messages (origin: the site's). */
export function heightListener(origin: string): string {
  return `<script>
window.addEventListener('message', (event) => {
  if (event.origin !== '${origin}' || event.data?.type !== 'atlas-ml:height') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';
  }
});
</script>`;
}
