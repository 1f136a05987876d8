/**
 * The pages of the scale benchmark (scripts/bench-scale.ts): generated ones, or a
 * folder of plain MDX pages read as they are, and their conversion to course files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PlainPage {
  slug: string;
  title: string;
  body: string;
}

const terms = [
  'overfitting',
  'gradient-descent',
  'softmax',
  'cross-entropy',
  'dropout',
  'batch-normalization',
  'learning-rate',
  'regularization',
  'transformer',
  'cnn',
];
const words = (
  'apprentissage modèle données gradient erreur validation réseau paramètre perte échantillon prédiction couche ' +
  'optimisation généralisation entraînement probabilité classe variance biais régularisation noyau matrice vecteur ' +
  'dimension espace fonction convexe stochastique lot époque taux pas convergence estimateur vraisemblance loi ' +
  'normale moyenne écart test ensemble arbre forêt frontière marge distance voisin cluster centre initialisation ' +
  'poids neurone activation sortie entrée attention séquence image pixel filtre convolution mémoire calcul carte ' +
  'graphique exemple étudiant cours semestre projet méthode résultat mesure précision rappel score seuil courbe'
).split(' ');
const formulas = [
  '\\hat{y} = \\sigma(Wx + b)',
  '\\mathcal{L} = -\\sum_i y_i \\log \\hat{y}_i',
  '\\theta_{t+1} = \\theta_t - \\eta \\nabla_\\theta \\mathcal{L}',
  '\\mathrm{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}',
];

/** Deterministic pseudo-random text, so that every run measures the same pages. */
export function generate(n: number, withTerms: boolean): PlainPage[] {
  let seed = 42;
  const rnd = (k: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 16) % k;
  };
  const sentence = () => {
    const w = Array.from({ length: 10 + rnd(8) }, () => words[rnd(words.length)]);
    return `${w[0][0].toUpperCase()}${w.join(' ').slice(1)}.`;
  };
  return Array.from({ length: n }, (_, i) => {
    const term = terms[i % terms.length];
    const termText = withTerms ? `:term[${term.replace(/-/g, ' ')}]{#${term}}` : term.replace(/-/g, ' ');
    const paragraphs = [
      `${sentence()} La notion de ${termText} intervient ici, avec $${formulas[i % formulas.length]}$ pour la page ${i + 1}. ${sentence()}`,
      `## Mise en pratique`,
      `${sentence()} ${sentence()} On vérifie que $n = ${i + 1}$ et que $\\eta > 0$.`,
      `$$\n${formulas[(i + 1) % formulas.length]}\n$$`,
      `${sentence()} ${sentence()} ${sentence()}`,
    ];
    return { slug: `page-synthetique-${i + 1}`, title: `Page synthétique ${i + 1}`, body: paragraphs.join('\n\n') };
  });
}

export function readPlainPages(dir: string): PlainPage[] {
  const files = readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
  if (files.length === 0) throw new Error(`${dir}: no .md or .mdx page`);
  return files.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
    const title = m?.[1].match(/^title:\s*["']?(.*?)["']?\s*$/m)?.[1];
    if (!m || !title) throw new Error(`${join(dir, file)}: frontmatter field "title" is missing`);
    return {
      slug: `bench-${file
        .replace(/\.mdx?$/, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')}`,
      title,
      body: m[2],
    };
  });
}

export function asCourse(page: PlainPage): string {
  // A course page with nothing but a title and a description: the least of the site's own chrome.
  return `---\ntitle: ${JSON.stringify(page.title)}\nprogramme: master-mix\nsource: "004"\n---\n${page.body}\n`;
}
