/**
 * Options for rehype-autolink-headings: each h2–h4 of Markdown content gets a
 * "copier le lien" anchor (src/scripts/copy-link.ts copies the URL on click;
 * without JavaScript it is a plain link to the heading).
 */
import type { Element } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';

export const linkIcon: Element = {
  type: 'element',
  tagName: 'svg',
  properties: { width: 16, height: 16, viewBox: '0 0 24 24', ariaHidden: 'true', focusable: 'false' },
  children: [
    {
      type: 'element',
      tagName: 'path',
      properties: {
        d: 'M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1.5 1.5M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1.5-1.5',
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: '2',
        strokeLinecap: 'round',
      },
      children: [],
    },
  ],
};

export const headingLinkOptions = {
  behavior: 'append' as const,
  test: ['h2', 'h3', 'h4'],
  properties: (heading: Element) => ({
    className: ['copy-link'],
    'data-copy-link': '',
    ariaLabel: `Copier le lien vers « ${hastToString(heading).trim()} »`,
  }),
  content: () => [linkIcon],
};
