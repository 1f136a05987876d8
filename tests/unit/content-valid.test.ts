import { describe, expect, it } from 'vitest';
import { checkDuplicates, checkReferences } from '../../src/lib/integrity';
import { checkMarkdownTex } from '../../src/lib/tex-check';
import { loadContent } from '../support/content';

describe('content/', () => {
  const { entries, problems, files } = loadContent();

  it('has files in every collection it is built from', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('validates against the schemas', () => {
    expect(problems).toEqual([]);
  });

  it('has no reference to an unknown entry', () => {
    expect(checkReferences(entries)).toEqual([]);
  });

  it('has no malformed TeX in Markdown bodies', () => {
    expect(files.flatMap((f) => (f.raw.startsWith('---') ? checkMarkdownTex(f.filePath, f.raw) : []))).toEqual([]);
  });

  it('has no two files with the same id', () => {
    expect(checkDuplicates(files)).toEqual([]);
  });

  it('names every file in lowercase ASCII kebab-case', () => {
    const bad = files.filter((f) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(f.id)).map((f) => f.filePath);
    expect(bad).toEqual([]);
  });
});
