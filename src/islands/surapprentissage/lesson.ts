/**
 * What the overfitting demo's page promises: its URL state with the defaults the
 * "Ce que vous voyez" text describes, and the "Essayez" experiments. Both are checked
 * against the model in tests/unit/demo-surapprentissage-lesson.test.ts.
 */
import { experiments, num, seed } from '../shared/state';
import { defaults, maxDegree } from './model';

export const spec = {
  degree: num(0, maxDegree, defaults.degree, { integer: true }),
  /** λ: the selector offers 0 and powers of ten; a link may give any value in range. */
  lambda: num(0, 10, defaults.lambda, { digits: 6 }),
  seed: seed(defaults.seed),
};

export const lesson = experiments(spec, [
  {
    id: 'trop-loin',
    label: '3 000 pas au degré 15 : l’erreur de validation remonte à plus du double de son minimum',
    state: {},
    steps: 3000,
  },
  {
    id: 'ridge',
    label: 'λ = 0,01 : au degré 15, l’erreur de validation de la formule ridge est divisée par plus de 100',
    state: { lambda: 0.01 },
  },
  {
    id: 'degre-3',
    label: 'Degré 3 : après 3 000 pas, l’erreur de validation n’a pas remonté, rien à arrêter',
    state: { degree: 3 },
    steps: 3000,
  },
]);
