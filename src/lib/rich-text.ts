/**
 * Renders a short Markdown string from a YAML field (careers, resources, units)
 * with the same math and :term/:eq directives as the Markdown pages.
 */
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { siteMarkdown } from './markdown/parse.ts';
import { normaliseBase } from './config';
import { contentRoot } from './content-root';
import { escapeText } from './escape.ts';
import { inlineHtml } from './markdown/inline-html.ts';
import remarkKnowledgeRefs from './markdown/remark-knowledge-refs';
import rehypeTex from './markdown/rehype-tex.ts';

const processor = siteMarkdown()
  .use(remarkKnowledgeRefs, { contentRoot, base: normaliseBase(import.meta.env.BASE_URL) })
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeTex)
  .use(rehypeStringify, { allowDangerousHtml: true });

/** Inline HTML for a one-paragraph text; `where` names the source in preview ids. */
export function richInline(text: string, where: string): string {
  if (!/[:$*_`[]/.test(text)) return escapeText(text);
  return inlineHtml(String(processor.processSync({ value: text, path: where })));
}
