/**
 * Markdown text parsed to mdast (the syntax of siteMarkdown(), parsed by Sätteri) for the
 * checks and reports that read it without rendering: the TeX check, the :term/:eq
 * directives and the unlinked mentions. The content check and the site data each read
 * every body two or three times: one tree per distinct text, shared (callers only read
 * it), until clearParsedMarkdown() frees them at the end of the pass.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { markdownToMdast } from 'satteri';
import { unified } from 'unified';

/**
 * The site's Markdown syntax, once for every reader and renderer outside Astro's pipeline
 * (astro.config.ts): CommonMark, `$…$` and `$$…$$` math, and the `:term[…]` / `:eq[…]`
 * directives. Callers add their own plugins after it.
 */
export function siteMarkdown() {
  return unified().use(remarkParse).use(remarkMath).use(remarkDirective);
}

const trees = new Map<string, Root>();
/** siteMarkdown()'s syntax, in Sätteri's terms. */
const syntax = { math: true, directive: true, gfm: false, smartPunctuation: false, frontmatter: false };

/**
 * The tree of `markdown`: read it, never change it (the next caller gets the same tree).
 * Parsed by Sätteri, four times faster than remark-parse, to the same tree as siteMarkdown()
 * gives: the same syntax (no GFM, no smart punctuation: text as written), the same node types
 * and lines (tests/unit/markdown-pipelines.test.ts compares them on every body of content/).
 */
export function parseMarkdown(markdown: string): Root {
  let tree = trees.get(markdown);
  if (!tree) {
    tree = markdownToMdast(markdown, { features: syntax }) as Root;
    trees.set(markdown, tree);
  }
  return tree;
}

/** Frees the trees once a pass over the content is done (a 10,000-page build holds none). */
export function clearParsedMarkdown(): void {
  trees.clear();
}
