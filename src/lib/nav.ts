import { urls } from './urls';

/** The main navigation, in the order of the header. `match` marks the current section. */
export const mainNav = [
  { label: 'Programmes', href: urls.programmes(), match: 'programmes/' },
  { label: 'Cours', href: urls.courses(), match: 'cours/' },
  { label: 'Formules', href: urls.formulas(), match: 'formules/' },
  { label: 'Glossaire', href: urls.glossary(), match: 'glossaire/' },
  { label: 'FAQ', href: urls.faq(), match: 'faq/' },
  { label: 'Démos', href: urls.demos(), match: 'demos/' },
  { label: 'Réviser', href: urls.revise(), match: 'reviser/' },
  { label: 'Ressources', href: urls.resources(), match: 'ressources/' },
  { label: 'Carrières', href: urls.careers(), match: 'carrieres/' },
];

/** Search result types, used as Pagefind's `type` filter and in the explorer. */
export const pageTypes = {
  accueil: 'Accueil',
  programme: 'Programme',
  cours: 'Cours',
  glossaire: 'Glossaire',
  formule: 'Formule',
  faq: 'FAQ',
  demo: 'Démo',
  ressource: 'Ressource',
  carriere: 'Carrière',
  page: 'Page',
} as const;
export type PageType = keyof typeof pageTypes;
