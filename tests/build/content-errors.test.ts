/**
 * Bad input fails the build with a message naming the file and the field, id, formula or
 * link, every error of a build reported together. Four builds of the small valid fixture:
 * as it is, with a content error of every kind at once, with errors only the built pages
 * show (dead links, a duplicate anchor), and with a demo that has no island. Each kind of
 * content error is also checked on its own, without a build, in tests/unit/content-errors.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from '../support/build-fixture';
import { fixture } from '../support/fixture-content';

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
    // remark-math, rehype-tex (KaTeX) and the :term/:eq directives run on MDX as on Markdown.
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

  describe('a content error of every kind in one build: it fails, reporting each, with its file', () => {
    let build: FixtureBuild;
    beforeAll(async () => {
      build = await buildFixture({
        // Refused by the schemas, in two files: a field of the wrong type, a value not allowed.
        'courses/computational-optimal-transport.md': fixture('courses/computational-optimal-transport.md').replace(
          'hours: { cm: 20, td: 10 }',
          'hours: { cm: vingt, td: 10 }',
        ),
        'glossary/overfitting.md': fixture('glossary/overfitting.md').replace(/^category: .*$/m, 'category: inconnue'),
        // Two files whose names differ only in case.
        'courses/Computational-Optimal-Transport.md': fixture('courses/computational-optimal-transport.md'),
        // An unknown programme, an unknown course, an unknown formula.
        'courses/fundamentals-of-machine-learning.md': fixture('courses/fundamentals-of-machine-learning.md').replace(
          'programme: m2-im',
          'programme: m2-xyz',
        ),
        'programmes/m2-im.md': fixture('programmes/m2-im.md').replace(
          'course: computational-optimal-transport',
          'course: optimal-transport',
        ),
        'demos/regression-lineaire.mdx': fixture('demos/regression-lineaire.mdx').replace(
          "['theoreme-de-bayes']",
          "['bayes']",
        ),
        // An alias that is another term's, a term that is another term's (case ignored), an unknown related term.
        'glossary/precision.md': fixture('glossary/precision.md')
          .replace('category: evaluation', 'aliases: [Sur-Apprentissage]\ncategory: evaluation')
          .replace('related: [overfitting]', 'related: [overfittingg]'),
        'glossary/adam.md': fixture('glossary/overfitting.md')
          .replace('term: Overfitting', 'term: OVERFITTING')
          .replace(/french: .*\n/, '')
          .replace(/aliases: .*\n/, ''),
        // Malformed TeX in a formula's frontmatter and in Markdown, a dead :term, a dead :eq.
        'formulas/theoreme-de-bayes.md': fixture('formulas/theoreme-de-bayes.md').replace(
          "'P(A|B) = \\frac{P(B|A) \\cdot P(A)}{P(B)}'",
          "'P(A|B) = \\frac{P(B|A) \\cdot P(A)}{P(B)'",
        ),
        'faq/loss-nan.md': `${fixture('faq/loss-nan.md')}\nUne formule cassée : $\\frac{1}{2$.\nVoir :term[sous-apprentissage].\nVoir :eq[pas-de-formule].\n`,
        // Two files with the same id.
        'guides/installation.md': '---\ntitle: Doublon\ndescription: x\norder: 2\nsource: "004"\n---\n',
      });
    });

    it('fails', () => {
      expect(build.ok).toBe(false);
    });
    it('names the files and fields the schemas refuse', () => {
      expect(build.output).toMatch(/\S*courses\/computational-optimal-transport\.md: field "hours\.cm": /);
      expect(build.output).toMatch(/\S*glossary\/overfitting\.md: field "category": /);
    });
    it('names both files whose names differ only in case', () => {
      expect(build.output).toMatch(
        /file names differing only in case in collection courses: \S*courses\/Computational-Optimal-Transport\.md and \S*courses\/computational-optimal-transport\.md/,
      );
    });
    it('names the file, field and id of each unknown reference', () => {
      expect(build.output).toContain(
        'fundamentals-of-machine-learning.md: field "programme" references unknown programmes id "m2-xyz"',
      );
      expect(build.output).toContain(
        'm2-im.md: field "structure[0].units[0].courses[1].course" references unknown courses id "optimal-transport"',
      );
      expect(build.output).toContain(
        'regression-lineaire.mdx: field "formulas[0]" references unknown formulas id "bayes"',
      );
      expect(build.output).toContain('precision.md: field "related[0]" references unknown glossary id "overfittingg"');
    });
    it('names both files of a taken alias and of a taken term', () => {
      expect(build.output).toMatch(
        /\S*glossary\/precision\.md: field "aliases\[0\]" "Sur-Apprentissage" is already an alias of \S*glossary\/overfitting\.md \("sur-apprentissage"\)/,
      );
      expect(build.output).toMatch(
        /\S*glossary\/overfitting\.md: field "term" "Overfitting" is already the term of \S*glossary\/adam\.md \("OVERFITTING"\)|\S*glossary\/adam\.md: field "term" "OVERFITTING" is already the term of \S*glossary\/overfitting\.md \("Overfitting"\)/,
      );
    });
    it('names the file and formula of malformed TeX, and the line in Markdown', () => {
      expect(build.output).toMatch(/theoreme-de-bayes\.md: field "display\.0\.tex": invalid TeX /);
      expect(build.output).toMatch(/loss-nan\.md:10: malformed TeX/);
      expect(build.output).toContain('\\frac{1}{2');
    });
    it('names the file and line of a dead :term and a dead :eq', () => {
      expect(build.output).toContain(
        'loss-nan.md:11: :term[sous-apprentissage] names unknown glossary term "sous-apprentissage"',
      );
      expect(build.output).toContain('loss-nan.md:12: :eq names unknown formula "pas-de-formule"');
    });
    it('names both files with the same id', () => {
      expect(build.output).toMatch(
        /duplicate id "installation" in collection guides: \S*installation\.(md and \S*installation\.mdx|mdx and \S*installation\.md)/,
      );
    });
  });

  it('fails on dead internal links and a duplicate anchor, naming the page, the link and the content file and line it is written in, before the pack and the service worker', async () => {
    const build = await buildFixture({
      'faq/loss-nan.md': `${fixture('faq/loss-nan.md')}\nVoir [le glossaire](/glossaire/underfitting/) et [la formule](/formules/#pas-de-formule).\n`,
      'programmes/m2-im.md': `${fixture('programmes/m2-im.md')}\n## Structure\n\nUn second titre « Structure ».\n`,
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      /faq\/index\.html: dead link "\/glossaire\/underfitting\/" \(no page at \/glossaire\/underfitting\/, written in \S*content\/faq\/loss-nan\.md:10\)/,
    );
    expect(build.output).toMatch(
      /faq\/index\.html: dead link "\/formules\/#pas-de-formule" \(no element with id "pas-de-formule" on \/formules\/, written in \S*content\/faq\/loss-nan\.md:10\)/,
    );
    expect(build.output).toContain('programmes/m2-im/index.html: duplicate id "structure"');
    // The site checks run first: no pack, no service worker for a broken site.
    expect(existsSync(join(build.outDir, 'sw.js'))).toBe(false);
    expect(existsSync(join(build.outDir, 'hors-ligne/atlas-ml-hors-ligne.zip'))).toBe(false);
  });

  it('fails on a demo without its island, naming the content file and the island to create', async () => {
    const build = await buildFixture({ 'demos/demo-inexistante.mdx': fixture('demos/regression-lineaire.mdx') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      /demos\/demo-inexistante\.mdx: no island for demo "demo-inexistante": create src\/islands\/demo-inexistante\/Demo\.astro/,
    );
  });
});
