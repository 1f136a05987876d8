/**
 * Renders :term[…] and :eq[…] directives (see directives.ts) as links with a
 * preview card. Any other directive-looking text is put back as the author wrote it.
 * Unknown ids are reported by the build's integrity check, which names file and line.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { eqRefHtml, loadKnowledge, termRefHtml } from '../knowledge.ts';
import { readDirective, shortHash, textOf } from './directives.ts';

interface Options {
  contentRoot: string;
  /** The site's base path, ending with "/". */
  base: string;
}

export default function remarkKnowledgeRefs({ contentRoot, base }: Options) {
  return (tree: Root, file: VFile) => {
    const knowledge = loadKnowledge(contentRoot);
    const stem = shortHash(file.path ?? String(file.value).slice(0, 200));
    let n = 0;
    visit(tree, ['textDirective', 'leafDirective', 'containerDirective'], (node, index, parent) => {
      if (!parent || index === undefined) return;
      const directive = node as unknown as Parameters<typeof readDirective>[0];
      const ref = node.type === 'textDirective' ? readDirective(directive) : undefined;
      if (ref?.kind === 'term') {
        const info = knowledge.resolveTerm(ref.key);
        if (info) {
          parent.children[index] = {
            type: 'html',
            value: termRefHtml(info, ref.label || info.term, `${base}glossaire/${info.id}/`, `ref-${stem}-${++n}`),
          };
          return;
        }
      } else if (ref?.kind === 'eq') {
        const info = knowledge.formulas.get(ref.key);
        if (info) {
          parent.children[index] = {
            type: 'html',
            value: eqRefHtml(info, `${base}formules/#${info.id}`, `ref-${stem}-${++n}`),
          };
          return;
        }
      }
      if (ref) {
        file.message(`unknown ${ref.kind === 'term' ? 'glossary term' : 'formula'} "${ref.key}"`, node);
      }
      // Not one of ours (or unknown): show the text as written rather than drop it.
      const label = textOf(directive as unknown as { children: unknown[] });
      parent.children[index] = { type: 'text', value: `:${directive.name}${label ? `[${label}]` : ''}` };
    });
  };
}
