/**
 * Finds malformed TeX in a Markdown file before it is rendered. Astro logs a
 * failed Markdown render but still builds, so math is checked here, where the
 * error can name the file, the line and the formula, and fail the build.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './markdown/parse.ts';
import { texError } from './tex';

/** Problems as "file:line: malformed TeX "…": KaTeX's message", line numbers counted in the whole file. */
export function checkMarkdownTex(filePath: string, raw: string): string[] {
  const { content } = parseFrontmatter(raw);
  const offset = raw.slice(0, raw.length - content.length).split('\n').length - 1;
  const problems: string[] = [];
  visit(parseMarkdown(content), ['math', 'inlineMath'], (node) => {
    const { value, position } = node as { value: string; position?: { start: { line: number } } };
    const error = texError(value);
    if (error)
      problems.push(
        `${filePath}:${(position?.start.line ?? 0) + offset}: malformed TeX ${JSON.stringify(value)}: ${error}`,
      );
  });
  return problems;
}
