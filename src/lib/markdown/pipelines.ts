/**
 * The site's two Markdown processors, written once for astro.config.ts and for the test that
 * keeps them equal (tests/unit/markdown-pipelines.test.ts):
 * - `.md` bodies (courses, glossary, formulas, FAQ, programmes: nearly every page, and every
 *   generated page of the scale benchmark) go through Sätteri, a native parser, with the
 *   plugins of satteri-plugins.ts. At 2,000 pages this is most of what the build saves
 *   (README, "Scale benchmark").
 * - `.mdx` pages (demos and guides, with components between the paragraphs) keep remark and
 *   rehype: Sätteri's MDX compiler accepts no raw HTML node, which KaTeX's output needs.
 * Both render math with KaTeX through src/lib/tex.ts, link :term and :eq directives, give
 * headings the same ids and the same "copier le lien" anchor.
 */
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';
import { headingLinkOptions } from './heading-links.ts';
import rehypeTex from './rehype-tex.ts';
import remarkKnowledgeRefs, { type KnowledgeRefOptions } from './remark-knowledge-refs.ts';
import { headingLinks, knowledgeRefs, tex } from './satteri-plugins.ts';

/** remark and rehype: the processor of `.mdx` pages. */
export function unifiedMarkdown({ contentRoot, base }: KnowledgeRefOptions) {
  return unified({
    remarkPlugins: [remarkMath, remarkDirective, [remarkKnowledgeRefs, { contentRoot, base }]],
    rehypePlugins: [rehypeTex, rehypeHeadingIds, [rehypeAutolinkHeadings, headingLinkOptions]],
  });
}

/** Sätteri: the processor of `.md` bodies. */
export function satteriMarkdown({ contentRoot, base }: KnowledgeRefOptions) {
  return satteri({
    features: { math: true, directive: true },
    mdastPlugins: [knowledgeRefs({ contentRoot, base })],
    hastPlugins: [tex(), headingLinks()],
  });
}
