// The scale benchmark's pages: generated ones are deterministic and carry math and
// term links; a folder given with --from is read as it is, and a bad page is named.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asCourse, generate, readPlainPages } from '../../scripts/bench-pages.ts';

describe('benchmark pages', () => {
  it('generates the same pages every time, with inline and display math and term links', () => {
    const pages = generate(12, true);
    expect(pages).toEqual(generate(12, true));
    expect(new Set(pages.map((p) => p.slug)).size).toBe(12);
    for (const p of pages) {
      expect(p.body).toMatch(/\$[^$\n]+\$/);
      expect(p.body).toMatch(/\$\$\n[^$]+\n\$\$/);
      expect(p.body).toMatch(/:term\[[^\]]+\]\{#[a-z-]+\}/);
    }
    expect(generate(3, false).some((p) => p.body.includes(':term['))).toBe(false);
  });

  it('reads a folder of plain MDX pages and turns each into a course file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-from-'));
    writeFileSync(join(dir, 'Une Page.mdx'), '---\ntitle: "Une page"\n---\n\nDu texte et $x^2$.\n');
    const [page] = readPlainPages(dir);
    expect(page).toEqual({ slug: 'bench-une-page', title: 'Une page', body: '\nDu texte et $x^2$.\n' });
    expect(asCourse(page)).toMatch(/^---\ntitle: "Une page"\nprogramme: master-mix\nsource: "004"\n---\n/);
  });

  it('names the file whose title is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-from-'));
    writeFileSync(join(dir, 'sans-titre.mdx'), '---\nauthor: x\n---\nTexte.\n');
    expect(() => readPlainPages(dir)).toThrow(/sans-titre\.mdx: frontmatter field "title" is missing/);
  });

  it('says so when the folder has no page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-from-'));
    expect(() => readPlainPages(dir)).toThrow(/no \.md or \.mdx page/);
  });
});
