/**
 * Every internal URL goes through here, so that the site works under any base
 * path (BASE=/atlas-ml/) and URLs are written once. Slugs are frozen: a rename
 * goes through the redirects file, never through a change here.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Prefixes a site path ("glossaire/overfitting/") with the base path. */
export function url(path = ''): string {
  return base + path.replace(/^\//, '');
}

export const urls = {
  home: () => url(),
  programmes: () => url('programmes/'),
  programme: (id: string) => url(`programmes/${id}/`),
  compare: () => url('programmes/comparer/'),
  courses: () => url('cours/'),
  course: (id: string) => url(`cours/${id}/`),
  formulas: () => url('formules/'),
  formula: (id: string) => url(`formules/#${id}`),
  glossary: () => url('glossaire/'),
  term: (id: string) => url(`glossaire/${id}/`),
  faq: () => url('faq/'),
  question: (id: string) => url(`faq/#${id}`),
  demos: () => url('demos/'),
  demo: (id: string) => url(`demos/${id}/`),
  resources: () => url('ressources/'),
  tools: () => url('outils/'),
  careers: () => url('carrieres/'),
  search: (q?: string) => url(q ? `recherche/?q=${encodeURIComponent(q)}` : 'recherche/'),
};
