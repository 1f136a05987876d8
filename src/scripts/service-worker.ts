/// <reference lib="webworker" />
/**
 * The service worker (built into sw.js by scripts/build-sw.ts, which injects
 * Workbox's precache manifest in place of self.__WB_MANIFEST).
 *
 * Why not Workbox's own runtime: its precache stores files one at a time, and
 * this site has ~460 of them (most are Pagefind's small index files): a first
 * visit took ~10 s to be ready offline even on a local server. Here they are
 * fetched a dozen at a time, and a file whose revision has not changed is
 * copied from the previous version's cache instead of downloaded again.
 *
 * - Each version has its own cache, named after its manifest, and reads only
 *   that one: pages and assets of two versions never mix. A new version waits
 *   (no skipWaiting at install) until the page sends SKIP_WAITING, on the
 *   reader's click (src/scripts/offline.ts); it then deletes the old caches.
 * - Every URL is relative to the worker's scope, so BASE paths just work.
 * - A navigation to a URL that is not stored goes to the network and, when that
 *   fails, gets the offline page; online, the server's answer (a 404) is kept.
 */
type Manifest = { url: string; revision: string | null }[];
// The lib declares `self` for every worker kind; this one is a service worker.
const worker = self as unknown as ServiceWorkerGlobalScope;
/** Set by scripts/build-sw.ts: the offline page, relative to the scope. */
declare const OFFLINE_PAGE: string;
/** Set by scripts/build-sw.ts: query parameters that do not change the file served. */
declare const IGNORED_PARAMS: string[];

const PREFIX = 'atlas-precache-';
const CONCURRENCY = 12;
const scope = worker.registration.scope;

// Written as `self.__WB_MANIFEST`, the text that Workbox replaces with the precache list.
const manifest: Manifest = (self as unknown as { __WB_MANIFEST: Manifest }).__WB_MANIFEST;
/** URL of a file → its cache key, which changes with its revision. */
const keys = new Map<string, string>();
for (const { url, revision } of manifest) {
  const href = new URL(url, scope).href;
  keys.set(href, revision ? `${href}?__rev=${revision}` : href);
}

/** A short hash of every key: the name of this version's cache. */
function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = (h * 33) ^ text.charCodeAt(i);
  return (h >>> 0).toString(36);
}
const CACHE = `${PREFIX}${hash([...keys.values()].join('\n'))}`;

/** The cache key of a request, or undefined when the file is not precached. */
function keyFor(requestUrl: string): string | undefined {
  const url = new URL(requestUrl);
  url.hash = '';
  for (const name of [...url.searchParams.keys()])
    if (IGNORED_PARAMS.includes(name) || name.startsWith('utm_')) url.searchParams.delete(name);
  if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  return keys.get(url.href);
}

/** A redirected response cannot answer a navigation: store a plain copy. */
async function storable(response: Response): Promise<Response> {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const previous = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
      const stored = new Set((await cache.keys()).map((r) => r.url));
      const todo = [...keys].filter(([, key]) => !stored.has(key));
      const next = async (): Promise<void> => {
        const item = todo.pop();
        if (!item) return;
        const [url, key] = item;
        let response: Response | undefined;
        for (const name of previous) {
          response = await (await caches.open(name)).match(key);
          if (response) break;
        }
        if (!response) {
          response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          response = await storable(response);
        }
        await cache.put(key, response);
        return next();
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, next));
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const key = keyFor(request.url);
  if (key) {
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match(key))
        .then((cached) => cached ?? fetch(request)),
    );
  } else if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(async () => {
        const offline = await (await caches.open(CACHE)).match(keyFor(new URL(OFFLINE_PAGE, scope).href)!);
        return offline ?? Response.error();
      }),
    );
  }
});
