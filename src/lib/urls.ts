/**
 * Every internal URL goes through here, so that the site works under any base
 * path (BASE=/atlas-ml/) and URLs are written once. Slugs are frozen: a rename
 * goes through the redirects file, never through a change here.
 * Shared by the pages (inside Vite, where import.meta.env.BASE_URL is the base) and
 * the Node build steps (src/lib/config.ts's base, or a base given to siteUrls()).
 */
import { config, normaliseBase } from './config.ts';

export { normaliseBase };

/** The URLs of a site served under `base`. */
export function siteUrls(base: string) {
  const root = normaliseBase(base);
  /** Prefixes a site path ("glossaire/overfitting/") with the base path. */
  const url = (path = '') => root + path.replace(/^\//, '');
  return {
    url,
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
    revise: () => url('reviser/'),
    search: (q?: string) => url(q ? `recherche/?q=${encodeURIComponent(q)}` : 'recherche/'),
    /** The page (and anchor) that shows a content entry. */
    entry(collection: string, id: string): string {
      switch (collection) {
        case 'courses':
          return url(`cours/${id}/`);
        case 'glossary':
          return url(`glossaire/${id}/`);
        case 'formulas':
          return url(`formules/#${id}`);
        case 'faq':
          return url(`faq/#${id}`);
        case 'programmes':
          return url(`programmes/${id}/`);
        case 'demos':
          return url(`demos/${id}/`);
        case 'guides':
          return url(`outils/#${id}`);
        case 'hardware':
          return url('outils/');
        case 'careers':
          return url('carrieres/');
        default:
          return url('ressources/');
      }
    },
  };
}

// Vite replaces import.meta.env.BASE_URL in pages; plain Node (the build steps) has no import.meta.env.
export const urls = siteUrls(import.meta.env?.BASE_URL ?? config.base);

/** Prefixes a site path ("glossaire/overfitting/") with the base path. */
export const url = urls.url;
