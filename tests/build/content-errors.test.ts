/**
 * Bad input fails the build with a message naming the file and the field,
 * id, formula or link. Each case alters one file of a small valid fixture.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../support/build-fixture';

const fixture = (path: string) => readFileSync(`tests/fixtures/content-ok/${path}`, 'utf8');

describe('build quality gates', () => {
  it('builds the valid fixture, with math and directives in MDX too, and backlinks', async () => {
    const build = await buildFixture();
    expect(build.output).not.toMatch(/error/i);
    expect(build.ok).toBe(true);
    // Built without SITE: one warning, with the command that fixes it.
    expect(build.output.match(/SITE is not set/g)).toHaveLength(1);
    expect(build.output).toContain(
      'canonical URLs, the sitemap and the Moodle exports (GIFT quizzes, glossary XML, .imscc, pages.csv) will point at http://localhost:4321/.',
    );
    expect(build.output).toContain('SITE=https://your-university.example BASE=/ npm run build');
    const tools = readFileSync(`${build.outDir}/outils/index.html`, 'utf8');
    // remark-math, rehype-katex and the :term/:eq directives run on MDX as on Markdown.
    expect(tools).toMatch(/<span class="katex">/);
    expect(tools).toMatch(/<a class="ref-link term-ref" href="\/glossaire\/overfitting\/"[^>]*>surapprentissage<\/a>/);
    expect(tools).toMatch(/<a class="ref-link eq-ref" href="\/formules\/#theoreme-de-bayes"[^>]*>éq\. \(2\.1\)<\/a>/);
    // "Cité dans" on the term page: the course (terms: [overfitting]), the term precision (related) and the guide (directive).
    const term = readFileSync(`${build.outDir}/glossaire/overfitting/index.html`, 'utf8');
    const citedBy = term.slice(term.indexOf('id="cite-dans"'));
    expect(citedBy).toContain('href="/cours/fundamentals-of-machine-learning/"');
    expect(citedBy).toContain('href="/glossaire/precision/"');
    expect(citedBy).toContain('href="/outils/#installation"');
    expect(citedBy).not.toContain('href="/faq/');
    // astro build ran the integration's steps: search index, course pack, service worker.
    for (const file of ['pagefind/pagefind-entry.json', 'hors-ligne/atlas-ml-hors-ligne.zip', 'sw.js'])
      expect(existsSync(join(build.outDir, file)), file).toBe(true);
  });

  it('fails on a demo without its island, naming the content file and the island to create', async () => {
    const build = await buildFixture({ 'demos/demo-inexistante.mdx': fixture('demos/regression-lineaire.mdx') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      /demos\/demo-inexistante\.mdx: no island for demo "demo-inexistante": create src\/islands\/demo-inexistante\/Demo\.astro/,
    );
  });

  it('fails on a demo linked to an unknown formula, naming the file and the field', async () => {
    const build = await buildFixture({
      'demos/regression-lineaire.mdx': fixture('demos/regression-lineaire.mdx').replace(
        "['theoreme-de-bayes']",
        "['bayes']",
      ),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(
      'regression-lineaire.mdx: field "formulas[0]" references unknown formulas id "bayes"',
    );
  });

  it('fails on a missing field, naming the file and the field', async () => {
    const build = await buildFixture({
      'glossary/overfitting.md': fixture('glossary/overfitting.md').replace(/^term: .*\n/m, ''),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/overfitting\.md/);
    expect(build.output).toMatch(/\bterm\b/);
  });

  it('fails on a mistyped field, naming the file and the field', async () => {
    const build = await buildFixture({
      'courses/computational-optimal-transport.md': fixture('courses/computational-optimal-transport.md').replace(
        'hours: { cm: 20, td: 10 }',
        'hours: { cm: vingt, td: 10 }',
      ),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/computational-optimal-transport\.md/);
    expect(build.output).toMatch(/hours\.cm/);
  });

  it('fails on a reference to an unknown term, naming the file and the id', async () => {
    const build = await buildFixture({
      'glossary/overfitting.md': fixture('glossary/overfitting.md').replace(
        'related: [precision]',
        'related: [precisionn]',
      ),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('overfitting.md: field "related[0]" references unknown glossary id "precisionn"');
  });

  it('fails on a reference to an unknown course, naming the file and the id', async () => {
    const build = await buildFixture({
      'programmes/m2-im.md': fixture('programmes/m2-im.md').replace(
        'course: computational-optimal-transport',
        'course: optimal-transport',
      ),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      /m2-im\.md: field "structure\[0\]\.units\[0\]\.courses\[1\]\.course" references unknown courses id "optimal-transport"/,
    );
  });

  it('fails on a reference to an unknown programme, naming the file and the id', async () => {
    const build = await buildFixture({
      'courses/computational-optimal-transport.md': fixture('courses/computational-optimal-transport.md').replace(
        'programme: m2-im',
        'programme: m2-xyz',
      ),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(
      'computational-optimal-transport.md: field "programme" references unknown programmes id "m2-xyz"',
    );
  });

  it('fails on malformed TeX in a formula, naming the file and the formula', async () => {
    const build = await buildFixture({
      'formulas/theoreme-de-bayes.md': fixture('formulas/theoreme-de-bayes.md').replace(
        "'P(A|B) = \\frac{P(B|A) \\cdot P(A)}{P(B)}'",
        "'P(A|B) = \\frac{P(B|A) \\cdot P(A)}{P(B)'",
      ),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/theoreme-de-bayes\.md/);
    expect(build.output).toContain('P(A|B) = \\\\frac{P(B|A) \\\\cdot P(A)}{P(B)');
  });

  it('fails on malformed TeX in Markdown, naming the file, the line and the formula', async () => {
    const build = await buildFixture({
      'faq/loss-nan.md': `${fixture('faq/loss-nan.md')}\nUne formule cassée : $\\frac{1}{2$.\n`,
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/loss-nan\.md:10: malformed TeX/);
    expect(build.output).toContain('\\frac{1}{2');
  });

  it('fails on a :term naming an unknown term, naming the file and line', async () => {
    const build = await buildFixture({
      'faq/loss-nan.md': `${fixture('faq/loss-nan.md')}\nVoir :term[sous-apprentissage].\n`,
    });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(
      'loss-nan.md:10: :term[sous-apprentissage] names unknown glossary term "sous-apprentissage"',
    );
  });

  it('fails on a reference to an unknown formula, naming the file and line', async () => {
    const build = await buildFixture({
      'faq/loss-nan.md': `${fixture('faq/loss-nan.md')}\nVoir :eq[pas-de-formule].\n`,
    });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('loss-nan.md:10: :eq names unknown formula "pas-de-formule"');
  });

  it('fails on a dead internal link, naming the page, the link and the content file and line it is written in, before the pack and the service worker', async () => {
    const build = await buildFixture({
      'faq/loss-nan.md': `${fixture('faq/loss-nan.md')}\nVoir [le glossaire](/glossaire/underfitting/) et [la formule](/formules/#pas-de-formule).\n`,
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      /faq\/index\.html: dead link "\/glossaire\/underfitting\/" \(no page at \/glossaire\/underfitting\/, written in \S*content\/faq\/loss-nan\.md:10\)/,
    );
    expect(build.output).toMatch(
      /faq\/index\.html: dead link "\/formules\/#pas-de-formule" \(no element with id "pas-de-formule" on \/formules\/, written in \S*content\/faq\/loss-nan\.md:10\)/,
    );
    // The site checks run first: no pack, no service worker for a broken site.
    expect(existsSync(join(build.outDir, 'sw.js'))).toBe(false);
    expect(existsSync(join(build.outDir, 'hors-ligne/atlas-ml-hors-ligne.zip'))).toBe(false);
  });

  it('fails on two files with the same id, naming both', async () => {
    const build = await buildFixture({
      'guides/installation.md': '---\ntitle: Doublon\ndescription: x\norder: 2\nsource: "004"\n---\n',
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      /duplicate id "installation" in collection guides: \S*installation\.md and \S*installation\.mdx|duplicate id "installation" in collection guides: \S*installation\.mdx and \S*installation\.md/,
    );
  });

  it('fails on a duplicate anchor on a page, naming the page and the id', async () => {
    const build = await buildFixture({
      'programmes/m2-im.md': `${fixture('programmes/m2-im.md')}\n## Structure\n\nUn second titre « Structure ».\n`,
    });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('programmes/m2-im/index.html: duplicate id "structure"');
  });

  it('fails on two glossary entries with the same term, case ignored, naming both files', async () => {
    const build = await buildFixture({
      'glossary/adam.md': fixture('glossary/overfitting.md')
        .replace('term: Overfitting', 'term: OVERFITTING')
        .replace(/french: .*\n/, '')
        .replace(/aliases: .*\n/, ''),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      /\S*glossary\/overfitting\.md: field "term" "Overfitting" is already the term of \S*glossary\/adam\.md \("OVERFITTING"\)|\S*glossary\/adam\.md: field "term" "OVERFITTING" is already the term of \S*glossary\/overfitting\.md \("Overfitting"\)/,
    );
  });

  it('reports every content error of a build together: an alias taken by another term, an unknown reference, a dead :term', async () => {
    const build = await buildFixture({
      'glossary/precision.md': fixture('glossary/precision.md').replace(
        'category: evaluation',
        'aliases: [Sur-Apprentissage]\ncategory: evaluation',
      ),
      'courses/computational-optimal-transport.md': fixture('courses/computational-optimal-transport.md').replace(
        'programme: m2-im',
        'programme: m2-xyz',
      ),
      'faq/loss-nan.md': `${fixture('faq/loss-nan.md')}\nVoir :term[sous-apprentissage].\n`,
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      /\S*glossary\/precision\.md: field "aliases\[0\]" "Sur-Apprentissage" is already an alias of \S*glossary\/overfitting\.md \("sur-apprentissage"\)/,
    );
    expect(build.output).toContain(
      'computational-optimal-transport.md: field "programme" references unknown programmes id "m2-xyz"',
    );
    expect(build.output).toContain(
      'loss-nan.md:10: :term[sous-apprentissage] names unknown glossary term "sous-apprentissage"',
    );
  });

  it('reports the fields refused by the schemas in two files together, in one failed build', async () => {
    const build = await buildFixture({
      'glossary/overfitting.md': fixture('glossary/overfitting.md').replace(/^category: .*$/m, 'category: inconnue'),
      'courses/computational-optimal-transport.md': fixture('courses/computational-optimal-transport.md').replace(
        'hours: { cm: 20, td: 10 }',
        'hours: { cm: vingt, td: 10 }',
      ),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/\S*glossary\/overfitting\.md: field "category": /);
    expect(build.output).toMatch(/\S*courses\/computational-optimal-transport\.md: field "hours\.cm": /);
  });

  it('fails on two files whose names differ only in case, naming both', async () => {
    const build = await buildFixture({
      'courses/Computational-Optimal-Transport.md': fixture('courses/computational-optimal-transport.md'),
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      /file names differing only in case in collection courses: \S*courses\/Computational-Optimal-Transport\.md and \S*courses\/computational-optimal-transport\.md/,
    );
  });
});
