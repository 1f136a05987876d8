/**
 * Renders :term[…] and :eq[…] directives (see directives.ts) as links with a
 * preview card. Any other directive-looking text is put back as the author wrote it.
 * Unknown ids are reported by the build's integrity check, which names file and line.
 * directiveOutput() is what both Markdown processors do with a directive (this remark
 * plugin for MDX, satteri-plugins.ts for `.md` bodies).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { eqRefHtml, type Knowledge, loadKnowledge, termRefHtml } from '../knowledge.ts';
import { readDirective, shortHash, textOf } from './directives.ts';

export interface KnowledgeRefOptions {
  contentRoot: string;
  /** The site's base path, ending with "/". */
  base: string;
}

type DirectiveNode = Parameters<typeof readDirective>[0];

/**
 * What a directive node becomes: a known :term or :eq, its link with a preview card (`html`,
 * whose preview takes the id `uid()`); anything else, its text as the author wrote it, with
 * `unknown` saying what could not be found.
 */
export function directiveOutput(
  node: { type: string; name: string },
  knowledge: Knowledge,
  base: string,
  uid: () => string,
): { html: string } | { text: string; unknown?: string } {
  const directive = node as unknown as DirectiveNode;
  const ref = node.type === 'textDirective' ? readDirective(directive) : undefined;
  if (ref?.kind === 'term') {
    const info = knowledge.resolveTerm(ref.key);
    if (info) return { html: termRefHtml(info, ref.label || info.term, `${base}glossaire/${info.id}/`, uid()) };
  } else if (ref?.kind === 'eq') {
    const info = knowledge.formulas.get(ref.key);
    if (info) return { html: eqRefHtml(info, `${base}formules/#${info.id}`, uid()) };
  }
  const label = textOf(directive as unknown as { children: unknown[] });
  return {
    text: `:${directive.name}${label ? `[${label}]` : ''}`,
    unknown: ref && `unknown ${ref.kind === 'term' ? 'glossary term' : 'formula'} "${ref.key}"`,
  };
}

export default function remarkKnowledgeRefs({ contentRoot, base }: KnowledgeRefOptions) {
  return (tree: Root, file: VFile) => {
    const knowledge = loadKnowledge(contentRoot);
    const stem = shortHash(file.path ?? String(file.value).slice(0, 200));
    let n = 0;
    visit(tree, ['textDirective', 'leafDirective', 'containerDirective'], (node, index, parent) => {
      if (!parent || index === undefined) return;
      const out = directiveOutput(node as unknown as DirectiveNode, knowledge, base, () => `ref-${stem}-${++n}`);
      if ('html' in out) {
        parent.children[index] = { type: 'html', value: out.html };
        return;
      }
      if (out.unknown) file.message(out.unknown, node);
      // Not one of ours (or unknown): show the text as written rather than drop it.
      parent.children[index] = { type: 'text', value: out.text };
    });
  };
}
