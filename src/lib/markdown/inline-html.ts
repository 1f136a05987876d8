/**
 * Rendered Markdown made inline, or plain, by changing its tree (hast), never its string:
 * a definition in a preview card (a <span>, where <p> and <div> are not allowed), a YAML
 * field rendered inside a sentence, a quiz answer, the words of a search record.
 * The HTML is parsed as a whole, so the HTML an author wrote in the Markdown
 * (`<div lang="en">`, kept as raw text by remark-rehype) is handled like the rest.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastText } from 'hast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

const serialiser = unified().use(rehypeStringify);

const parse = (html: string): Root => fromHtml(html, { fragment: true });
const serialise = (nodes: ElementContent[]) => serialiser.stringify({ type: 'root', children: nodes });
const isBlank = (node: RootContent) => node.type === 'text' && !node.value.trim();

/** The nodes without the blank text at both ends. */
function trimmed(nodes: ElementContent[]): ElementContent[] {
  let start = 0;
  let end = nodes.length;
  while (start < end && isBlank(nodes[start]!)) start++;
  while (end > start && isBlank(nodes[end - 1]!)) end--;
  return nodes.slice(start, end);
}

/** Paragraphs unwrapped (two in a row separated by a line break); a <div> becomes a <span> with its attributes. */
function inlineOnly(nodes: readonly RootContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  let afterParagraph = false;
  let blank: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'doctype' || node.type === 'comment') continue;
    if (isBlank(node)) {
      blank.push(node as ElementContent);
      continue;
    }
    const paragraph = node.type === 'element' && node.tagName === 'p';
    if (paragraph && afterParagraph) out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
    else out.push(...blank);
    blank = [];
    if (paragraph) out.push(...inlineOnly(node.children));
    else if (node.type === 'element' && node.tagName === 'div')
      out.push({ ...node, tagName: 'span', children: inlineOnly(node.children) });
    else out.push(node as ElementContent);
    afterParagraph = paragraph;
  }
  return out;
}

/**
 * Rendered Markdown as inline HTML: "<p>a</p><p>b</p>" is "a<br>b"; an English passage
 * written `<div lang="en">` keeps its language on a <span>.
 */
export function inlineHtml(html: string): string {
  return serialise(trimmed(inlineOnly(parse(html).children)));
}

/**
 * For a quiz answer (Moodle): the inside of the only paragraph if there is one, else the
 * paragraphs as they are. <div> wrappers are dropped in both cases (their content stays).
 */
export function singleParagraphInline(html: string): string {
  const unwrapDivs = (nodes: readonly RootContent[]): ElementContent[] =>
    nodes.flatMap((n) =>
      n.type === 'element' && n.tagName === 'div'
        ? unwrapDivs(n.children)
        : n.type === 'doctype' || n.type === 'comment'
          ? []
          : [n as ElementContent],
    );
  const nodes = trimmed(unwrapDivs(parse(html).children));
  const blocks = nodes.filter((n) => !isBlank(n));
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (only?.type === 'element' && only.tagName === 'p') return serialise(trimmed(only.children));
  return serialise(nodes);
}

const blockTags = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'td',
  'th',
]);

function visible(nodes: readonly RootContent[], inMath: boolean): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'element') {
      const classes = node.properties.className;
      const has = (name: string) => Array.isArray(classes) && classes.includes(name);
      // KaTeX's MathML is a second copy of the formula, for assistive technology.
      if (has('katex-mathml')) continue;
      const math = inMath || has('katex');
      const inner = visible(node.children, math);
      text += math || blockTags.has(node.tagName) ? ` ${inner} ` : inner;
    }
  }
  return text;
}

/**
 * The words a reader sees in rendered Markdown, for the search index: characters, not entities;
 * a formula as its visible glyphs, kept apart by spaces ("x i", not "xi"); blocks end a word;
 * emphasis and links do not ("qu’une", not "qu’ une").
 */
export function visibleText(html: string): string {
  return (
    visible(parse(html).children, false)
      // KaTeX separates the parts of a subscript with zero-width spaces: not words.
      .replace(/\u200b/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** How many characters a reader sees: markup counts for nothing, an entity for one. */
export function visibleLength(html: string): number {
  return hastText(parse(html)).length;
}
