/**
 * Renders the math of Markdown and MDX bodies with KaTeX at build time, in place of
 * rehype-katex, through src/lib/tex.ts: the site's KaTeX options, the accents of
 * \text{…} composed back ("où" read and copied as one letter, as on the formula cards),
 * and each distinct formula rendered and parsed into a tree once per build, a copy per
 * use (rehype-katex parsed KaTeX's HTML again for every occurrence: a third of the
 * markdown time of a 2,000-page build).
 * Malformed TeX fails the build naming the file, the line and KaTeX's message, for every
 * formula of the file at once (the content check, src/lib/content-check.ts, normally
 * reports it earlier, with every other content error).
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { renderTex } from '../tex.ts';

const trees = new Map<string, ElementContent[]>();

/** Drops the positions fromHtml gives: they point into KaTeX's HTML, not into the Markdown. */
function withoutPositions<T extends RootContent>(node: T): T {
  delete node.position;
  if ('children' in node) for (const child of node.children) withoutPositions(child);
  return node;
}

/** KaTeX's rendering of `tex` as hast nodes, a fresh copy each call; throws on malformed TeX. */
function texNodes(tex: string, displayMode: boolean): ElementContent[] {
  const key = `${displayMode ? 'D' : 'I'}${tex}`;
  let nodes = trees.get(key);
  if (!nodes) {
    nodes = fromHtml(renderTex(tex, displayMode), { fragment: true }).children.map((n) =>
      withoutPositions(n),
    ) as ElementContent[];
    trees.set(key, nodes);
  }
  return nodes.map(copy);
}

/** A deep copy of a hast node (plain objects, strings and arrays: faster than structuredClone). */
function copy<T extends ElementContent>(node: T): T {
  if (node.type !== 'element') return { ...node };
  const properties: typeof node.properties = {};
  for (const [k, v] of Object.entries(node.properties)) properties[k] = Array.isArray(v) ? [...v] : v;
  return { ...node, properties, children: node.children.map(copy) };
}

export default function rehypeTex() {
  return (tree: Root, file: VFile) => {
    const failures: string[] = [];
    visitParents(tree, 'element', (element, parents) => {
      const classes = Array.isArray(element.properties.className) ? element.properties.className : [];
      // remark-math marks inline math `math-inline` and display math `math-display`;
      // a ```math code block is `language-math`, inside a <pre> that it replaces.
      const languageMath = classes.includes('language-math');
      if (!languageMath && !classes.includes('math-display') && !classes.includes('math-inline')) return;
      let parent = parents.at(-1);
      let scope: typeof element | NonNullable<typeof parent> = element;
      let displayMode = classes.includes('math-display');
      if (element.tagName === 'code' && languageMath && parent?.type === 'element' && parent.tagName === 'pre') {
        scope = parent;
        parent = parents.at(-2);
        displayMode = true;
      }
      if (!parent) return;
      const tex = textOf(scope);
      try {
        parent.children.splice(parent.children.indexOf(scope as never), 1, ...texNodes(tex, displayMode));
      } catch (error) {
        const line = element.position?.start.line ?? '?';
        const cause = error instanceof Error ? error.message : String(error);
        failures.push(`${file.path ?? '(unknown file)'} (line ${line} of the Markdown body): malformed TeX: ${cause}`);
      }
      return SKIP;
    });
    if (failures.length) throw new Error(`KaTeX could not render math:\n  ${failures.join('\n  ')}`);
  };
}
