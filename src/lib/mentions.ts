/**
 * Unlinked mentions: places where a glossary term (or its French name or an
 * alias) appears in running text without a :term directive, so that authors
 * can link them. Code, math, links, headings and existing directives are skipped.
 */
import { visitParents } from 'unist-util-visit-parents';
import type { ContentFile } from './content-files.ts';
import type { Knowledge } from './knowledge.ts';
import { parseMarkdown } from './markdown/parse.ts';
import { fold, normalise } from './normalise.ts';

export interface Mention {
  filePath: string;
  line: number;
  /** The words as found in the text. */
  text: string;
  termId: string;
}

const SKIP = new Set(['code', 'inlineCode', 'math', 'inlineMath', 'link', 'heading', 'textDirective', 'html']);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function findUnlinkedMentions(files: ContentFile[], knowledge: Knowledge): Mention[] {
  // Longest names first, so that "Batch Normalization" wins over "Batch".
  const names = [...knowledge.terms.values()]
    .flatMap((t) => [t.term, ...t.french, ...t.aliases].map((name) => ({ name: normalise(name), id: t.id })))
    .filter((n) => n.name.length >= 3)
    .sort((a, b) => b.name.length - a.name.length);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${names.map((n) => escapeRegExp(n.name)).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const idOf = new Map(names.map((n) => [n.name, n.id]));
  const mentions: Mention[] = [];
  for (const file of files) {
    if (!file.body || file.collection === 'glossary') continue;
    const offset = file.raw.slice(0, file.raw.length - file.body.length).split('\n').length - 1;
    const linked = new Set<string>();
    const tree = parseMarkdown(file.body);
    visitParents(tree, 'textDirective', (node) => {
      const key = (node as { attributes?: { id?: string } }).attributes?.id;
      const label = ((node as { children: { value?: string }[] }).children ?? []).map((c) => c.value ?? '').join('');
      const info = knowledge.resolveTerm(key ?? label);
      if (info) linked.add(info.id);
    });
    visitParents(tree, 'text', (node, ancestors) => {
      if (ancestors.some((a) => SKIP.has(a.type))) return;
      const value = (node as { value: string }).value;
      // normalise() keeps string length for Latin text, so indexes map back to the original.
      const folded = fold(value);
      if (folded.length !== value.normalize('NFC').length) return;
      for (const match of folded.matchAll(pattern)) {
        const termId = idOf.get(match[1].replace(/\s+/g, ' '))!;
        if (linked.has(termId)) continue;
        mentions.push({
          filePath: file.filePath,
          line: ((node as { position?: { start: { line: number } } }).position?.start.line ?? 0) + offset,
          text: value.normalize('NFC').slice(match.index, match.index + match[1].length),
          termId,
        });
      }
    });
  }
  return mentions;
}
