/** An accented word in \text{…} ("où" in formula 1.1) is read and copied as the word, not as a letter with an accent drawn over it. */
import { fromHtml } from 'hast-util-from-html';
import { toString as hastText } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { renderTex } from '../../src/lib/tex';

type Node = { type: string; tagName?: string; properties?: { className?: string[] }; children?: Node[] };
const all = (n: Node, test: (n: Node) => boolean): Node[] => [
  ...(test(n) ? [n] : []),
  ...(n.children ?? []).flatMap((c) => all(c, test)),
];
const parts = (html: string) => {
  const tree = fromHtml(html, { fragment: true }) as Node;
  return {
    mathml: all(tree, (n) => n.tagName === 'mtext').map((n) => hastText(n as never).replace(/\u00a0/g, ' ')),
    text: hastText(all(tree, (n) => !!n.properties?.className?.includes('katex-html'))[0] as never),
  };
};

describe('accented words in \\text{…}', () => {
  it('gives screen readers and copies "où", not "ouˋ"', () => {
    const { mathml, text } = parts(
      renderTex('\\mathbf{C} = \\mathbf{AB} \\quad \\text{où } C_{ij} = \\sum_k A_{ik}B_{kj}'),
    );
    expect(mathml).toContain('où ');
    expect(text).toContain('où');
    expect(text).not.toContain('ˋ');
  });

  it('leaves math accents (\\hat, \\bar) as they are', () => {
    const html = renderTex('\\hat{y} = \\bar{x}');
    expect(html).toContain('katex-accent');
    expect(html).toContain('<mover accent="true">');
  });

  it('keeps plain text untouched', () => {
    expect(parts(renderTex('\\text{si } x > 0')).mathml).toEqual(['si ']);
  });
});
