/** content/redirects.yaml: the real file is valid, and each kind of mistake is named with file, entry and field. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRedirects } from '../../src/lib/redirects';

function withFile(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-redirects-'));
  writeFileSync(join(dir, 'redirects.yaml'), yaml);
  return dir;
}

describe('redirects', () => {
  it('reads the real file', () => {
    const list = readRedirects('content');
    expect(list.length).toBeGreaterThan(0);
    expect(list.find((r) => r.from === 'moodle/')?.to).toBe('enseignants/');
  });

  it('is empty without a file', () => {
    expect(readRedirects(mkdtempSync(join(tmpdir(), 'atlas-none-')))).toEqual([]);
  });

  it('names the file, the entry and the field of a malformed path', () => {
    const dir = withFile('- from: Ancien/Chemin\n  to: enseignants/\n  reason: test\n');
    expect(() => readRedirects(dir)).toThrow(/redirects\.yaml: entry 1, field "from": must be a site path/);
  });

  it('refuses a missing field, an unknown field and a target with the base path', () => {
    expect(() => readRedirects(withFile('- from: a/\n  to: b/\n'))).toThrow(/entry 1, field "reason"/);
    expect(() => readRedirects(withFile('- from: a/\n  to: b/\n  reason: x\n  note: y\n'))).toThrow(/entry 1/);
    expect(() => readRedirects(withFile('- from: a/\n  to: /atlas-ml/b/\n  reason: x\n'))).toThrow(
      /entry 1, field "to"/,
    );
  });

  it('refuses duplicates, loops and chains', () => {
    expect(() => readRedirects(withFile('- {from: a/, to: b/, reason: x}\n- {from: a/, to: c/, reason: y}\n'))).toThrow(
      /entry 2, field "from": "a\/" is listed twice/,
    );
    expect(() => readRedirects(withFile('- {from: a/, to: "a/#x", reason: x}\n'))).toThrow(/to itself/);
    expect(() => readRedirects(withFile('- {from: a/, to: b/, reason: x}\n- {from: b/, to: c/, reason: y}\n'))).toThrow(
      /entry 1, field "to": "b\/" is itself redirected/,
    );
  });

  it('accepts an anchor in the target', () => {
    expect(readRedirects(withFile('- {from: ancienne-faq/, to: "faq/#loss-nan", reason: x}\n'))[0].to).toBe(
      'faq/#loss-nan',
    );
  });
});
