import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeDigest } from '../../src/integration/stale-previews';

describe('the digest that drops stale previews', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-digest-'));
  const content = join(root, 'content');
  const code = join(root, 'lib');
  mkdirSync(join(content, 'glossary'), { recursive: true });
  mkdirSync(code);
  writeFileSync(join(content, 'glossary', 'sgd.md'), '---\nterm: SGD\n---\nUne définition.\n');
  writeFileSync(join(code, 'knowledge.ts'), 'export const a = 1;\n');

  it('changes with the glossary, and with the code that renders previews', () => {
    const first = knowledgeDigest(content, code);
    expect(knowledgeDigest(content, code)).toBe(first);
    writeFileSync(join(code, 'knowledge.ts'), 'export const a = 2;\n');
    const second = knowledgeDigest(content, code);
    expect(second).not.toBe(first);
    writeFileSync(join(content, 'glossary', 'sgd.md'), '---\nterm: SGD\n---\nUne autre définition.\n');
    expect(knowledgeDigest(content, code)).not.toBe(second);
  });

  it('covers the site’s own rendering code by default', () => {
    expect(knowledgeDigest(content)).not.toBe(knowledgeDigest(content, code));
  });
});
