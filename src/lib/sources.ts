/**
 * The five source documents every fact on the site comes from.
 * The files themselves are not part of the project (the content was copied into `content/`);
 * this table only names them, so that every page can say where its facts come from.
 */
export const sources = {
  '000': {
    file: '000_a128b15d9b63d347.txt',
    title: 'Diapositives « M2 Statistique & Learning », Sorbonne Université (rentrée du 2 septembre 2024)',
    short: 'M2 Statistique & Learning (diapositives de rentrée 2024)',
  },
  '001': {
    file: '001_58d71d7ec3259001.txt',
    title: '« Programme détaillé M2 IM », année 2025-2026 (RNCP 34274)',
    short: 'Programme détaillé M2 IM 2025-2026',
  },
  '002': {
    file: '002_c7c1cefb131cab65.txt',
    title:
      'Fiche du Master Mathématiques et applications, parcours MIX, La Rochelle Université (générée le 19 mars 2025)',
    short: 'Fiche du master MIX, La Rochelle Université',
  },
  '003': {
    file: '003_c5f8f23b0504bc9c.txt',
    title: 'Catalogue 2024-2025 « Mastère spécialisé IA : Intelligence Artificielle » (Télécom Paris et ENSTA)',
    short: 'Catalogue 2024-2025 du Mastère Spécialisé IA',
  },
  '004': {
    file: '004_315b93e5ce80828c.txt',
    title:
      '« Cours Machine Learning — Annexes » : aide-mémoire, glossaire, ressources, FAQ, workflows, matériel, carrières',
    short: 'Cours Machine Learning — Annexes',
  },
} as const;

export type SourceId = keyof typeof sources;
export const sourceIds = Object.keys(sources) as [SourceId, ...SourceId[]];

/** The wording used everywhere a source leaves a fact out. */
export const NOT_IN_SOURCE = 'non précisé dans la source';
