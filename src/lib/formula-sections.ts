/** The ten sections of the cheat sheet, in the seed's order (1.1 … 1.10). */
export const formulaSections = [
  { id: 'algebre-lineaire', title: 'Algèbre linéaire' },
  { id: 'probabilites', title: 'Probabilités' },
  { id: 'regression', title: 'Régression' },
  { id: 'classification', title: 'Classification' },
  { id: 'metriques', title: 'Métriques' },
  { id: 'clustering', title: 'Clustering' },
  { id: 'reseaux-de-neurones', title: 'Réseaux de neurones' },
  { id: 'cnn', title: 'CNN' },
  { id: 'rnn-lstm', title: 'RNN/LSTM' },
  { id: 'reinforcement-learning', title: 'Reinforcement Learning' },
] as const;
