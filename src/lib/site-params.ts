/**
 * The query parameters of the site's own links, defined once. Every page is a static
 * file: a parameter never changes the file served, the page reads it in the browser.
 * So the service worker ignores all of them when it looks a URL up in its cache, and a
 * link such as /cours/?programme=m2-im or /faq/?section=x&embed=1 opens offline too.
 */

/** Read by every page before first paint (src/scripts/inline/embed-early.ts): deep link, embed mode, its theme. */
export const PAGE_PARAMS = { section: 'section', embed: 'embed', theme: 'theme' } as const;

/**
 * The course explorer's filters and sort (src/scripts/course-explorer.ts), in its URL so a filtered list can be shared.
 * The topic is `sujet`, not `theme`, which is the page's colour theme in an embed (`PAGE_PARAMS.theme`): an
 * embedded explorer can have both. Links written before, `?theme=<topic>`, still open on that topic.
 */
export const EXPLORER_PARAMS = ['q', 'programme', 'groupe', 'sujet', 'langue', 'ectsMin', 'ectsMax', 'tri'] as const;

/** The explorer's topic filter, as older links wrote it (`?theme=deep-learning`), told apart from a colour theme. */
export const LEGACY_TOPIC_PARAM = 'theme';
export const COLOUR_THEMES = ['light', 'dark'] as const;

/** The search page's query, and the words Pagefind highlights on the page a result opens. */
export const SEARCH_PARAMS = ['q', 'pagefind-highlight'] as const;

/** Added by others, never meaning another file: Pagefind's cache tag on its entry file, trackers (and any utm_…). */
export const FOREIGN_PARAMS = ['ts', 'fbclid'] as const;

/** Every parameter the service worker ignores when it matches a request to a cached file. */
export const IGNORED_PARAMS: string[] = [
  ...new Set([...Object.values(PAGE_PARAMS), ...EXPLORER_PARAMS, ...SEARCH_PARAMS, ...FOREIGN_PARAMS]),
];

/** Prefixes of parameter names ignored the same way. */
export const IGNORED_PARAM_PREFIXES = ['utm_'];
