/**
 * Each kind of bad content on its own, checked the way the build checks it
 * (src/lib/content-check.ts, which src/content.config.ts runs before Astro's content sync):
 * the message names the file and the field, id or line. Each case alters one file of the
 * small valid fixture. tests/build/content-errors.test.ts builds the fixture with these
 * errors together and checks that the build fails reporting all of them.
 */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { alteredFixture, type ContentChanges, fixture } from '../support/fixture-content';

function problemsOf(changes: ContentChanges): string {
  const dir = alteredFixture(changes);
  try {
    return checkContent(dir).problems.join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('content errors, one at a time', () => {
  it('finds none in the valid fixture', () => {
    expect(problemsOf({})).toBe('');
  });

  it('a demo linked to an unknown formula: the file and the field', () => {
    const problems = problemsOf({
      'demos/regression-lineaire.mdx': fixture('demos/regression-lineaire.mdx').replace(
        "['theoreme-de-bayes']",
        "['bayes']",
      ),
    });
    expect(problems).toContain('regression-lineaire.mdx: field "formulas[0]" references unknown formulas id "bayes"');
  });

  it('a missing field: the file and the field', () => {
    const problems = problemsOf({
      'glossary/overfitting.md': fixture('glossary/overfitting.md').replace(/^term: .*\n/m, ''),
    });
    expect(problems).toMatch(/glossary\/overfitting\.md: field "term": /);
  });

  it('a mistyped field: the file and the field', () => {
    const problems = problemsOf({
      'courses/computational-optimal-transport.md': fixture('courses/computational-optimal-transport.md').replace(
        'hours: { cm: 20, td: 10 }',
        'hours: { cm: vingt, td: 10 }',
      ),
    });
    expect(problems).toMatch(/courses\/computational-optimal-transport\.md: field "hours\.cm": /);
  });

  it('a reference to an unknown term: the file, the field and the id', () => {
    const problems = problemsOf({
      'glossary/overfitting.md': fixture('glossary/overfitting.md').replace(
        'related: [precision]',
        'related: [precisionn]',
      ),
    });
    expect(problems).toContain('overfitting.md: field "related[0]" references unknown glossary id "precisionn"');
  });

  it('a reference to an unknown course: the file, the field and the id', () => {
    const problems = problemsOf({
      'programmes/m2-im.md': fixture('programmes/m2-im.md').replace(
        'course: computational-optimal-transport',
        'course: optimal-transport',
      ),
    });
    expect(problems).toContain(
      'm2-im.md: field "structure[0].units[0].courses[1].course" references unknown courses id "optimal-transport"',
    );
  });

  it('a reference to an unknown programme: the file, the field and the id', () => {
    const problems = problemsOf({
      'courses/computational-optimal-transport.md': fixture('courses/computational-optimal-transport.md').replace(
        'programme: m2-im',
        'programme: m2-xyz',
      ),
    });
    expect(problems).toContain(
      'computational-optimal-transport.md: field "programme" references unknown programmes id "m2-xyz"',
    );
  });

  it('malformed TeX in a formula: the file and the formula', () => {
    const problems = problemsOf({
      'formulas/theoreme-de-bayes.md': fixture('formulas/theoreme-de-bayes.md').replace(
        "'P(A|B) = \\frac{P(B|A) \\cdot P(A)}{P(B)}'",
        "'P(A|B) = \\frac{P(B|A) \\cdot P(A)}{P(B)'",
      ),
    });
    expect(problems).toMatch(/theoreme-de-bayes\.md: field "display\.0\.tex": invalid TeX /);
    // The formula as written (quoted as JSON: its backslashes doubled).
    expect(problems).toContain('P(A|B) = \\\\frac{P(B|A) \\\\cdot P(A)}{P(B)');
  });

  it('malformed TeX in Markdown: the file, the line and the formula', () => {
    const problems = problemsOf({
      'faq/loss-nan.md': `${fixture('faq/loss-nan.md')}\nUne formule cassée : $\\frac{1}{2$.\n`,
    });
    expect(problems).toMatch(/loss-nan\.md:10: malformed TeX/);
    expect(problems).toContain('\\frac{1}{2');
  });

  it('a :term naming an unknown term: the file and the line', () => {
    const problems = problemsOf({
      'faq/loss-nan.md': `${fixture('faq/loss-nan.md')}\nVoir :term[sous-apprentissage].\n`,
    });
    expect(problems).toContain(
      'loss-nan.md:10: :term[sous-apprentissage] names unknown glossary term "sous-apprentissage"',
    );
  });

  it('an :eq naming an unknown formula: the file and the line', () => {
    const problems = problemsOf({ 'faq/loss-nan.md': `${fixture('faq/loss-nan.md')}\nVoir :eq[pas-de-formule].\n` });
    expect(problems).toContain('loss-nan.md:10: :eq names unknown formula "pas-de-formule"');
  });

  it('two files with the same id: both of them', () => {
    const problems = problemsOf({
      'guides/installation.md': '---\ntitle: Doublon\ndescription: x\norder: 2\nsource: "004"\n---\n',
    });
    expect(problems).toMatch(
      /duplicate id "installation" in collection guides: \S*installation\.(md and \S*installation\.mdx|mdx and \S*installation\.md)/,
    );
  });

  it('two glossary entries with the same term, case ignored: both files', () => {
    const problems = problemsOf({
      'glossary/adam.md': fixture('glossary/overfitting.md')
        .replace('term: Overfitting', 'term: OVERFITTING')
        .replace(/french: .*\n/, '')
        .replace(/aliases: .*\n/, ''),
    });
    expect(problems).toMatch(
      /\S*glossary\/overfitting\.md: field "term" "Overfitting" is already the term of \S*glossary\/adam\.md \("OVERFITTING"\)|\S*glossary\/adam\.md: field "term" "OVERFITTING" is already the term of \S*glossary\/overfitting\.md \("Overfitting"\)/,
    );
  });

  it('an alias that is another term’s alias: both files', () => {
    const problems = problemsOf({
      'glossary/precision.md': fixture('glossary/precision.md').replace(
        'category: evaluation',
        'aliases: [Sur-Apprentissage]\ncategory: evaluation',
      ),
    });
    expect(problems).toMatch(
      /\S*glossary\/precision\.md: field "aliases\[0\]" "Sur-Apprentissage" is already an alias of \S*glossary\/overfitting\.md \("sur-apprentissage"\)/,
    );
  });

  it('two files whose names differ only in case: both of them', () => {
    const problems = problemsOf({
      'courses/Computational-Optimal-Transport.md': fixture('courses/computational-optimal-transport.md'),
    });
    expect(problems).toMatch(
      /file names differing only in case in collection courses: \S*courses\/Computational-Optimal-Transport\.md and \S*courses\/computational-optimal-transport\.md/,
    );
  });
});
