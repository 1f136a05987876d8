/**
 * Topic coverage for the programme comparison: the SITE's own analysis, derived
 * from the seeds' words, never stated by a seed (the page marks it as ours).
 * A course covers a topic when its title or description contains one of the
 * topic's words (French and English forms, common abbreviations); a programme
 * also covers it when its description names a module that does (Mastère IA's
 * "Apprentissage profond/Deep Learning", listed "avec les modules :" and given
 * no course sheet). Words are matched whole, accents and case folded.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { normaliseWords } from './normalise';
import type { TopicId } from './topics';

/** What a topic is called in course texts. Folded forms; matched as whole words or phrases. */
export const topicWords: Partial<Record<TopicId, string[]>> = {
  'apprentissage-statistique': [
    'apprentissage statistique',
    'apprentissage automatique',
    'machine learning',
    'statistical learning',
    'apprentissage supervise',
    'data mining',
    'fouille de donnees',
    'data science',
  ],
  'deep-learning': [
    'deep learning',
    'apprentissage profond',
    'reseaux de neurones',
    'reseau de neurones',
    'neural network',
    'neural networks',
    'convolutional',
    'transformers',
    'generative models',
    'modeles generatifs',
    'image generation',
  ],
  nlp: [
    'natural language processing',
    'traitement automatique des langues',
    'nlp',
    'text mining',
    'dialogue',
    'language models',
  ],
  vision: [
    'computer vision',
    'vision par ordinateur',
    'image processing',
    'traitement d images',
    'image analysis',
    'image generation',
    'nuages de points',
    'reconnaissance d objets',
  ],
  'apprentissage-par-renforcement': [
    'apprentissage par renforcement',
    'reinforcement learning',
    'renforcement',
    'bandit',
    'bandits',
    'q learning',
  ],
  optimisation: [
    'optimisation',
    'optimization',
    'optimal transport',
    'transport optimal',
    'descente de gradient',
    'gradient descent',
  ],
  'statistique-bayesienne': ['bayesien', 'bayesienne', 'bayesian', 'reseaux bayesiens', 'inference variationnelle'],
  statistique: ['statistique', 'statistiques', 'statistics', 'statistical', 'estimation'],
  probabilites: ['probabilites', 'probabilistic', 'probability', 'stochastic', 'stochastique', 'processus', 'random'],
  'big-data': ['big data', 'donnees massives', 'calcul distribue', 'distributed', 'hadoop', 'spark', 'grande echelle'],
  finance: [
    'finance',
    'financial',
    'actuariat',
    'actuariel',
    'assurance',
    'pricing',
    'portefeuille',
    'marche des taux',
  ],
  'edp-numerique': [
    'edp',
    'pde',
    'equations aux derivees partielles',
    'partial differential',
    'elements finis',
    'volumes finis',
    'numerical',
    'analyse numerique',
    'lattice boltzmann',
  ],
  graphes: ['graphe', 'graphes', 'graph', 'graphs', 'reseaux sociaux'],
  'series-temporelles': ['series temporelles', 'time series'],
  robotique: ['robotique', 'robotics', 'robot', 'robots', 'systemes autonomes', 'autonomous systems'],
  'ethique-societe': [
    'ethique',
    'ethiques',
    'ethic',
    'ethics',
    'equite',
    'equitable',
    'fairness',
    'juridique',
    'juridiques',
    'legal',
    'societal',
    'sociaux',
  ],
  'mlops-production': ['mlops', 'mise en production', 'deploiement', 'deployment'],
};

/** True when `text` contains one of `words` as whole words. */
export function mentions(text: string, words: readonly string[]): boolean {
  const hay = ` ${normaliseWords(text)} `;
  return words.some((w) => hay.includes(` ${w} `));
}

/** The topics a text covers, among those with words. */
export function topicsOf(text: string): TopicId[] {
  return (Object.entries(topicWords) as [TopicId, string[]][]).filter(([, w]) => mentions(text, w)).map(([id]) => id);
}

type MdNode = { type: string; value?: string; children?: MdNode[] };
const textOf = (n: MdNode): string =>
  n.type === 'list' ? '' : (n.value ?? '') + (n.children ?? []).map(textOf).join('');

/**
 * Modules a programme's description names without a course sheet: the items of a list
 * nested under an item that ends "… modules :" (the source's wording in seed 003).
 */
export function describedModules(markdown: string): string[] {
  const out: string[] = [];
  const walk = (node: MdNode) => {
    if (node.type === 'listItem') {
      const own = textOf(node).trim();
      const sub = node.children?.find((c) => c.type === 'list');
      if (sub && /modules\s*:$/i.test(own))
        for (const item of sub.children ?? []) out.push(textOf(item).replace(/\s+/g, ' ').trim());
    }
    for (const c of node.children ?? []) walk(c);
  };
  walk(unified().use(remarkParse).parse(markdown) as MdNode);
  return out;
}
