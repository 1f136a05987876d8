/**
 * `.md` bodies go through Sätteri, `.mdx` pages through remark and rehype
 * (src/lib/markdown/pipelines.ts). Every `.md` body of content/ rendered both ways gives the
 * same page: the same HTML once parsed (entity spelling and the final newline aside) and the
 * same headings for the table of contents. A body that the content does not have yet can still
 * differ: a heading with math in it gets its id from KaTeX's text through remark ("loi-de-x2x2x2"),
 * from the words alone through Sätteri ("loi-de"); a new kind of body wants a case here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentRoot } from '../../src/lib/content-root';
import { listFiles } from '../../src/lib/files';
import { parseMarkdown, siteMarkdown } from '../../src/lib/markdown/parse';
import { satteriMarkdown, unifiedMarkdown } from '../../src/lib/markdown/pipelines';

type Renderer = {
  render(
    content: string,
    options: { fileURL: URL; frontmatter: Record<string, unknown> },
  ): Promise<{ code: string; metadata: { headings: unknown[] } }>;
};
const shared = { shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } } };
const base = '/';
let remark: Renderer;
let native: Renderer;

beforeAll(async () => {
  remark = (await unifiedMarkdown({ contentRoot, base }).createRenderer(shared as never)) as unknown as Renderer;
  native = (await satteriMarkdown({ contentRoot, base }).createRenderer(shared as never)) as unknown as Renderer;
});

/** The page the browser builds from `html`, written one way. */
const canonical = (html: string) => toHtml(fromHtml(html.trimEnd(), { fragment: true }));

/**
 * The one known difference: before an opening quote, remark's SmartyPants turns an apostrophe
 * into an opening single quote (d‘“entraînement”), Sätteri into an apostrophe (d’“…”), which
 * is what French typography wants.
 */
const remarkQuirks = (html: string) => html.replaceAll('‘“', '’“');

async function both(file: string, body?: string) {
  const { content, frontmatter } = parseFrontmatter(body ?? readFileSync(file, 'utf8'));
  const options = { fileURL: pathToFileURL(file), frontmatter };
  return { remark: await remark.render(content, options), native: await native.render(content, options) };
}

/** A tree without what only one parser records (offsets, empty data bags). */
function shape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'offset' || k === 'data' || v === undefined) continue;
    out[k] = shape(v);
  }
  return out;
}

describe("the checks' Markdown tree", () => {
  it('is the tree remark gives, node for node and line for line, on every body of content/', () => {
    const remarkParser = siteMarkdown();
    const bodies = listFiles(contentRoot).filter((f) => /\.mdx?$/.test(f));
    expect(bodies.length).toBeGreaterThan(150);
    for (const f of bodies) {
      const { content } = parseFrontmatter(readFileSync(join(contentRoot, f), 'utf8'));
      expect(shape(parseMarkdown(content)), f).toEqual(shape(remarkParser.parse(content)));
    }
  });
});

describe('the two Markdown pipelines', () => {
  const files = listFiles(contentRoot)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(contentRoot, f));

  it('find the content', () => {
    expect(files.length).toBeGreaterThan(150);
  });

  it('render every .md body of content/ to the same page', async () => {
    const differing: string[] = [];
    let withMath = 0;
    let withRefs = 0;
    let withHeadings = 0;
    for (const file of files) {
      const out = await both(file);
      if (canonical(remarkQuirks(out.remark.code)) !== canonical(out.native.code)) differing.push(file);
      expect(out.native.metadata.headings, file).toEqual(out.remark.metadata.headings);
      if (out.native.code.includes('class="katex"')) withMath++;
      if (out.native.code.includes('class="ref-link')) withRefs++;
      if (out.native.code.includes('data-copy-link')) withHeadings++;
    }
    expect(differing).toEqual([]);
    // The comparison covers what the plugins do, not only plain paragraphs.
    expect(withMath).toBeGreaterThan(10);
    expect(withRefs).toBeGreaterThan(10);
    expect(withHeadings).toBeGreaterThan(5);
  });

  it('give the same heading ids when two headings have the same text', async () => {
    const out = await both(join(contentRoot, 'x.md'), '## Objectifs\n\ntexte\n\n## Objectifs\n\n### Objectifs\n');
    expect(out.native.code).toContain('id="objectifs-1"');
    expect(out.native.code).toContain('id="objectifs-2"');
    expect(canonical(out.native.code)).toBe(canonical(out.remark.code));
  });

  it('put an unknown directive back as the author wrote it', async () => {
    const out = await both(join(contentRoot, 'x.md'), 'Voir :term[pas un terme] et :note[rien].\n');
    expect(out.native.code).toContain(':term[pas un terme]');
    expect(out.native.code).toContain(':note[rien]');
    expect(canonical(out.native.code)).toBe(canonical(out.remark.code));
  });

  it('fail on malformed TeX naming the file, the line and KaTeX’s message, for every formula at once', async () => {
    const file = join(contentRoot, 'glossary', 'broken.md');
    const body = 'Première : $\\frac{1}{$\n\nDeuxième :\n\n$$\n\\left( x\n$$\n';
    const { content, frontmatter } = parseFrontmatter(body);
    const error = await native.render(content, { fileURL: pathToFileURL(file), frontmatter }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toContain(`${file} (line 1 of the Markdown body): malformed TeX`);
    expect(error?.message).toContain(`${file} (line 5 of the Markdown body): malformed TeX: KaTeX parse error`);
  });
});
