/**
 * Checks every :term and :eq directive of the content against the glossary and
 * the formulas, and lists who cites what (for the "Cité dans" backlinks).
 */
import type { ContentFile } from './content-files.ts';
import type { Knowledge } from './knowledge.ts';
import { findDirectives } from './markdown/directives.ts';

export interface Citation {
  from: { collection: string; id: string };
  to: { collection: string; id: string };
}

export function checkDirectives(
  files: ContentFile[],
  knowledge: Knowledge,
): { problems: string[]; citations: Citation[] } {
  const problems: string[] = [];
  const citations: Citation[] = [];
  for (const file of files) {
    // Markdown bodies, and the strings of YAML files and front matter (careers and resources may
    // use directives, and so may a demo's "Ce que vous voyez" field).
    const texts = [
      ...(file.body
        ? [{ text: file.body, offset: file.raw.slice(0, file.raw.length - file.body.length).split('\n').length - 1 }]
        : []),
      ...yamlStrings(file.data).map((text) => ({
        text,
        offset: Math.max(
          0,
          file.raw.split('\n').findIndex((l) => l.includes(text.split('\n')[0])),
        ),
      })),
    ];
    for (const { text, offset } of texts)
      for (const ref of findDirectives(text)) {
        const from = { collection: file.collection, id: file.id };
        if (ref.kind === 'term') {
          const info = knowledge.resolveTerm(ref.key);
          if (info) citations.push({ from, to: { collection: 'glossary', id: info.id } });
          else
            problems.push(
              `${file.filePath}:${ref.line + offset}: :term[${ref.label}] names unknown glossary term "${ref.key}"`,
            );
        } else if (knowledge.formulas.has(ref.key)) {
          citations.push({ from, to: { collection: 'formulas', id: ref.key } });
        } else {
          problems.push(`${file.filePath}:${ref.line + offset}: :eq names unknown formula "${ref.key}"`);
        }
      }
  }
  return { problems, citations };
}

function yamlStrings(data: unknown): string[] {
  if (typeof data === 'string') return data.includes(':term') || data.includes(':eq') ? [data] : [];
  if (Array.isArray(data)) return data.flatMap(yamlStrings);
  if (data && typeof data === 'object') return Object.values(data).flatMap(yamlStrings);
  return [];
}
