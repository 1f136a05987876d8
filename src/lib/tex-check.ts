/**
 * Finds malformed TeX in a Markdown file before it is rendered. Astro logs a
 * failed Markdown render but still builds, so math is checked here, where the
 * error can name the file, the line and the formula, and fail the build.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { texError } from './tex';

const parser = unified().use(remarkParse).use(remarkMath);

/** Problems as "file:line: malformed TeX "…": KaTeX's message", line numbers counted in the whole file. */
export function checkMarkdownTex(filePath: string, raw: string): string[] {
  const { content } = parseFrontmatter(raw);
  const offset = raw.slice(0, raw.length - content.length).split('\n').length - 1;
  const problems: string[] = [];
  visit(parser.parse(content), ['math', 'inlineMath'], (node) => {
    const { value, position } = node as { value: string; position?: { start: { line: number } } };
    const error = texError(value);
    if (error)
      problems.push(
        `${filePath}:${(position?.start.line ?? 0) + offset}: malformed TeX ${JSON.stringify(value)}: ${error}`,
      );
  });
  return problems;
}
