/**
 * The two inline directives authors use to connect content:
 *   :term[surapprentissage]             a glossary term, found by id, name, French name or alias
 *   :term[le surapprentissage]{#overfitting}   the same with an explicit id
 *   :eq[ridge]  or  :eq{#ridge}         a numbered formula, shown as "éq. (3.2)"
 * This module reads them from Markdown text; the remark plugin renders them.
 */
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './parse.ts';

export interface DirectiveRef {
  kind: 'term' | 'eq';
  /** The visible text ("surapprentissage"); for :eq, the text in brackets if any. */
  label: string;
  /** What to look up: the explicit id, else the label. */
  key: string;
  line: number;
}

interface DirectiveNode {
  type: 'textDirective';
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
  children: { type: string; value?: string; children?: unknown[] }[];
  position?: { start: { line: number } };
}

export function textOf(node: { value?: string; children?: unknown[] }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((c) => textOf(c as { value?: string; children?: unknown[] })).join('');
}

/** A short stable id for a file, so that the preview cards of different pages never share an id. */
export function shortHash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

export function readDirective(node: DirectiveNode): DirectiveRef | undefined {
  if (node.name !== 'term' && node.name !== 'eq') return undefined;
  const label = textOf(node).trim();
  const id = node.attributes?.id ?? undefined;
  return { kind: node.name, label, key: (id ?? label).trim(), line: node.position?.start.line ?? 0 };
}

/**
 * The directives of each text read so far, for the whole process: the content check (loaded
 * with Astro's configuration) and the site data (in Astro's prerender bundle, another copy of
 * this module) read the same bodies in one build, and parsing them was the site data's largest
 * cost (1.2 s of a 2,000-page build). Keyed by the text itself, so an edited body is read again.
 */
const KEY = Symbol.for('atlas-ml.directives');
const shared = globalThis as { [KEY]?: Map<string, readonly DirectiveRef[]> };
shared[KEY] ??= new Map();
const found = shared[KEY];

/** Every :term and :eq directive of a Markdown text, with its line in that text. */
export function findDirectives(markdown: string): readonly DirectiveRef[] {
  let refs = found.get(markdown);
  if (!refs) {
    const list: DirectiveRef[] = [];
    visit(parseMarkdown(markdown), 'textDirective', (node) => {
      const ref = readDirective(node as unknown as DirectiveNode);
      if (ref) list.push(Object.freeze(ref));
    });
    refs = Object.freeze(list);
    found.set(markdown, refs);
  }
  return refs;
}
