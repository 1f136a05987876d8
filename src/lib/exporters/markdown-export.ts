/**
 * Markdown of the content (definitions, answers, formula notes) as HTML for
 * Moodle: math stays TeX, written \( … \) inline and \[ … \] in display, so
 * that Moodle's MathJax filter renders it (KaTeX markup would not survive
 * Moodle's HTML cleaning); :term and :eq directives become links to the site.
 */
import type { Root, RootContent } from 'mdast';
import remarkRehype from 'remark-rehype';
import { siteMarkdown } from '../markdown/parse.ts';
import rehypeStringify from 'rehype-stringify';
import { visit } from 'unist-util-visit';
import { singleParagraphInline } from '../markdown/inline-html.ts';

export interface ExportRefs {
  /** A term by id or by the text of a :term directive; its page's absolute URL. */
  term(key: string): { label: string; href: string } | undefined;
  /** A formula by id; its label ("(3.2) Ridge") and absolute URL. */
  formula(id: string): { label: string; href: string } | undefined;
}

interface Directive {
  type: 'textDirective' | 'leafDirective' | 'containerDirective';
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
  children: RootContent[];
}

const textOf = (node: { value?: string; children?: unknown[] }): string =>
  typeof node.value === 'string'
    ? node.value
    : (node.children ?? []).map((c) => textOf(c as { value?: string; children?: unknown[] })).join('');

/** Math already rendered (KaTeX on the site's revision cards): HTML for a TeX fragment. */
export type RenderMath = (tex: string, display: boolean) => string;

function exportMath({ refs, math }: { refs: ExportRefs; math?: RenderMath }) {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'inlineMath') {
        parent.children[index] = math
          ? ({ type: 'html', value: math(node.value, false) } as RootContent)
          : { type: 'text', value: `\\(${node.value}\\)` };
      } else if (node.type === 'math') {
        parent.children[index] = {
          type: 'paragraph',
          children: [
            math ? { type: 'html', value: math(node.value, true) } : { type: 'text', value: `\\[${node.value}\\]` },
          ],
        } as RootContent;
      } else if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
        const d = node as unknown as Directive;
        const label = textOf(d).trim();
        const key = (d.attributes?.id ?? label).trim();
        const target = d.name === 'term' ? refs.term(key) : d.name === 'eq' ? refs.formula(key) : undefined;
        parent.children[index] = target
          ? ({
              type: 'link',
              url: target.href,
              children: [{ type: 'text', value: d.name === 'term' && label ? label : target.label }],
            } as RootContent)
          : { type: 'text', value: `:${d.name}${label ? `[${label}]` : ''}` };
      }
    });
  };
}

/**
 * Markdown to HTML for Moodle (FORMAT_HTML), math as \( … \) and \[ … \]; with
 * `math`, the math is rendered instead (the revision cards show KaTeX).
 */
export function markdownToMoodleHtml(markdown: string, refs: ExportRefs, math?: RenderMath): string {
  const processor = siteMarkdown()
    .use(exportMath, { refs, math })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true });
  return String(processor.processSync(markdown.trim())).trim();
}

/** The same without a single wrapping paragraph, for answers of a quiz. */
export function markdownToMoodleInline(markdown: string, refs: ExportRefs, math?: RenderMath): string {
  return singleParagraphInline(markdownToMoodleHtml(markdown, refs, math));
}

/** Every TeX fragment of a text written for MathJax: the contents of \( … \) and \[ … \]. */
export function texFragments(text: string): string[] {
  return [...text.matchAll(/\\\(([\s\S]*?)\\\)|\\\[([\s\S]*?)\\\]/g)].map((m) => m[1] ?? m[2]);
}
