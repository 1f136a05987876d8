/**
 * The site's Markdown rendering for `.md` bodies, as Sätteri plugins (astro.config.ts):
 * the same output as the unified pipeline MDX keeps (remark-knowledge-refs.ts, rehype-tex.ts,
 * Astro's heading ids and heading-links.ts), from a native parser that renders a 2,000-page
 * build's Markdown in a fraction of the time (README, "Scale benchmark").
 * tests/unit/markdown-pipelines.test.ts renders every `.md` body of content/ both ways and
 * compares the HTML on every body of the content (what it does not cover yet: that test's header).
 */
import { fileURLToPath } from 'node:url';
import Slugger from 'github-slugger';
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { loadKnowledge } from '../knowledge.ts';
import { renderTex } from '../tex.ts';
import { shortHash } from './directives.ts';
import { headingLinkOptions } from './heading-links.ts';
import { directiveOutput, type KnowledgeRefOptions } from './remark-knowledge-refs.ts';

/** :term[…] and :eq[…] as links with their preview card (see remark-knowledge-refs.ts). */
export function knowledgeRefs({ contentRoot, base }: KnowledgeRefOptions) {
  return (factory: { fileURL: URL | undefined; source: string }) => {
    const knowledge = loadKnowledge(contentRoot);
    const path = factory.fileURL ? fileURLToPath(factory.fileURL) : undefined;
    const stem = shortHash(path ?? factory.source.slice(0, 200));
    let n = 0;
    const visit = (
      node: Readonly<{ type: string; name: string }>,
      ctx: {
        replaceNode(node: never, content: never): void;
        report(r: { message: string; node?: never; severity?: 'warning' }): void;
      },
    ) => {
      const out = directiveOutput(node, knowledge, base, () => `ref-${stem}-${++n}`);
      if ('html' in out) {
        ctx.replaceNode(node as never, { type: 'html', value: out.html } as never);
        return;
      }
      if (out.unknown) ctx.report({ message: out.unknown, node: node as never, severity: 'warning' });
      // Not one of ours (or unknown): show the text as written rather than drop it.
      ctx.replaceNode(node as never, { type: 'text', value: out.text } as never);
    };
    return defineMdastPlugin({
      name: 'atlas-knowledge-refs',
      textDirective: visit as never,
      leafDirective: visit as never,
      containerDirective: visit as never,
    });
  };
}

/**
 * Math rendered by KaTeX at build time (see rehype-tex.ts), each formula as one raw HTML node.
 * Malformed TeX fails the build naming the file, the line and KaTeX's message, for every
 * formula of the file at once.
 */
export function tex() {
  return (factory: { fileURL: URL | undefined }) => {
    const failures: string[] = [];
    const file = factory.fileURL ? fileURLToPath(factory.fileURL) : '(unknown file)';
    return defineHastPlugin({
      name: 'atlas-tex',
      options: { position: true },
      element: {
        filter: ['code'],
        visit(node, ctx) {
          const classes = Array.isArray(node.properties?.className) ? (node.properties.className as string[]) : [];
          const inline = classes.includes('math-inline');
          // `$…$` is `math-inline`, `$$…$$` `math-display`, a ```math block `language-math` in a <pre>.
          const parent = ctx.parent(node);
          const inPre = parent?.type === 'element' && parent.tagName === 'pre';
          const display = !inline && (classes.includes('math-display') || (classes.includes('language-math') && inPre));
          if (!inline && !display) return;
          try {
            const html = renderTex(ctx.textContent(node), display);
            ctx.replaceNode((display && inPre ? parent : node) as never, { type: 'raw', value: html } as never);
          } catch (error) {
            const line = (node.position ?? parent?.position)?.start.line ?? '?';
            const cause = error instanceof Error ? error.message : String(error);
            failures.push(`${file} (line ${line} of the Markdown body): malformed TeX: ${cause}`);
          }
        },
      },
      after() {
        if (failures.length) throw new Error(`KaTeX could not render math:\n  ${failures.join('\n  ')}`);
      },
    });
  };
}

/**
 * Heading ids (github-slugger, as Astro's) and the "copier le lien" anchor of each h2–h4
 * (heading-links.ts). The ids are set here, before Astro's own heading-ids plugin runs, because
 * the anchor needs them; Astro's plugin keeps an id it finds.
 */
export function headingLinks() {
  return () => {
    const slugger = new Slugger();
    return defineHastPlugin({
      name: 'atlas-heading-links',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : slugger.slug(ctx.textContent(node));
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          if (!headingLinkOptions.test.includes(node.tagName as 'h2')) return;
          const anchor: Element = {
            type: 'element',
            tagName: 'a',
            properties: { ...headingLinkOptions.properties(node as Element), href: `#${id}` },
            children: headingLinkOptions.content() as ElementContent[],
          };
          ctx.appendChild(node, anchor as never);
        },
      },
    });
  };
}
