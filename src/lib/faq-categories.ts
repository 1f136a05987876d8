/** The FAQ's five categories, in the seed's order (4.1 … 4.5). */
export const faqCategories = [
  { id: 'donnees', title: 'Données' },
  { id: 'modelisation', title: 'Modélisation' },
  { id: 'entrainement', title: 'Entraînement' },
  { id: 'evaluation', title: 'Évaluation' },
  { id: 'production', title: 'Production' },
] as const;
