/**
 * The topics used to connect courses, formulas and terms, and to build the
 * programme comparison's coverage matrix. A course lists the topics its
 * description (or title, when there is no description) actually covers.
 */
export const topics = {
  'apprentissage-statistique': 'Apprentissage statistique / machine learning',
  'deep-learning': 'Deep learning',
  nlp: 'Traitement automatique des langues (NLP)',
  vision: 'Vision par ordinateur et image',
  'apprentissage-par-renforcement': 'Apprentissage par renforcement',
  optimisation: 'Optimisation',
  'statistique-bayesienne': 'Statistique bayésienne',
  statistique: 'Statistique',
  probabilites: 'Probabilités et processus stochastiques',
  'big-data': 'Big data et calcul distribué',
  finance: 'Finance et assurance',
  'edp-numerique': 'EDP et analyse numérique',
  'algebre-lineaire': 'Algèbre linéaire',
  graphes: 'Graphes et réseaux',
  'series-temporelles': 'Séries temporelles',
  robotique: 'Robotique et systèmes autonomes',
  'ia-symbolique': 'IA symbolique et logique',
  'ethique-societe': 'Éthique, droit et société',
  'genie-logiciel': 'Programmation et génie logiciel',
  'mlops-production': 'MLOps et mise en production',
  biologie: 'Biologie et santé',
  signal: 'Traitement du signal',
  geometrie: 'Géométrie',
  controle: 'Contrôle et commande optimale',
  visualisation: 'Visualisation de données',
} as const;
export type TopicId = keyof typeof topics;
export const topicIds = Object.keys(topics) as [TopicId, ...TopicId[]];
