/// <reference lib="webworker" />
/**
 * The service worker (built into sw.js by scripts/build-sw.ts, which puts the
 * precache list, from Workbox's getManifest, with each file's size, in front of it).
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
 * - Every file downloaded at install is checked against the size the build listed;
 *   a wrong one (a stale copy from an HTTP cache or a half-finished deploy) is
 *   fetched again past the HTTP cache, and the install fails rather than store it.
 * - Install progress (files and bytes) is posted to the open pages, which show it
 *   (src/scripts/offline.ts).
 * - A navigation to a URL that is not stored goes to the network; when that fails,
 *   a file of the site that is only online (a download) gets the offline page, and
 *   any other address the site's 404 page, as a server would answer.
 */
type Manifest = { url: string; revision: string | null; size: number }[];
// The lib declares `self` for every worker kind; this one is a service worker.
const worker = self as unknown as ServiceWorkerGlobalScope;
/** Set by scripts/build-sw.ts: the offline page, relative to the scope. */
declare const OFFLINE_PAGE: string;
/** Set by scripts/build-sw.ts: the 404 page, relative to the scope. */
declare const NOT_FOUND_PAGE: string;
/** Set by scripts/build-sw.ts (from src/lib/site-params.ts): query parameters that do not change the file served. */
declare const IGNORED_PARAMS: string[];
declare const IGNORED_PARAM_PREFIXES: string[];
/** Set by scripts/build-sw.ts: the files to store, and the site's files that stay online only. */
declare const PRECACHE: Manifest;
declare const ONLINE_ONLY: string[];

const PREFIX = 'atlas-precache-';
const CONCURRENCY = 12;
const scope = worker.registration.scope;

const manifest = PRECACHE;
/** URL of a file → its cache key, which changes with its revision. */
const keys = new Map<string, string>();
/** URL of a file → its size in bytes, as built. */
const sizes = new Map<string, number>();
for (const { url, revision, size } of manifest) {
  const href = new URL(url, scope).href;
  keys.set(href, revision ? `${href}?__rev=${revision}` : href);
  sizes.set(href, size);
}
const onlineOnly = new Set(ONLINE_ONLY.map((url) => new URL(url, scope).href));

/** A short hash of every key: the name of this version's cache. */
function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = (h * 33) ^ text.charCodeAt(i);
  return (h >>> 0).toString(36);
}
const CACHE = `${PREFIX}${hash([...keys.values()].join('\n'))}`;

/** A request's URL as the file it asks for: no #anchor, none of the site's own parameters, index.html for a folder. */
function fileUrl(requestUrl: string): string {
  const url = new URL(requestUrl);
  url.hash = '';
  for (const name of [...url.searchParams.keys()])
    if (IGNORED_PARAMS.includes(name) || IGNORED_PARAM_PREFIXES.some((p) => name.startsWith(p)))
      url.searchParams.delete(name);
  if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  return url.href;
}

/** The cache key of a request, or undefined when the file is not precached. */
function keyFor(requestUrl: string): string | undefined {
  return keys.get(fileUrl(requestUrl));
}

/** Downloads a file to precache, checked against its built size; once more past every HTTP cache if it differs. */
async function download(url: string): Promise<Response> {
  const expected = sizes.get(url);
  for (const cache of ['no-cache', 'reload'] as const) {
    const response = await fetch(url, { cache, credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const body = await response.blob();
    if (expected === undefined || body.size === expected)
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
  }
  throw new Error(`${url}: the server sends a file of another size than this version's (${expected} bytes)`);
}

/** Tells the open pages how far the download is (files and bytes), at most every 200 ms, and at the end. */
function progress(total: number, totalBytes: number) {
  let files = 0;
  let bytes = 0;
  let last = 0;
  const post = async (done: boolean) => {
    for (const client of await worker.clients.matchAll({ type: 'window', includeUncontrolled: true }))
      client.postMessage({ type: 'PRECACHE_PROGRESS', files, total, bytes, totalBytes, done });
  };
  return {
    add(size: number) {
      files++;
      bytes += size;
      const now = Date.now();
      if (now - last > 200) {
        last = now;
        void post(false);
      }
    },
    done: () => post(true),
  };
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const previous = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
      const stored = new Set((await cache.keys()).map((r) => r.url));
      const todo = [...keys].filter(([, key]) => !stored.has(key));
      const report = progress(
        todo.length,
        todo.reduce((sum, [url]) => sum + (sizes.get(url) ?? 0), 0),
      );
      const next = async (): Promise<void> => {
        const item = todo.pop();
        if (!item) return;
        const [url, key] = item;
        let response: Response | undefined;
        for (const name of previous) {
          response = await (await caches.open(name)).match(key);
          if (response) break;
        }
        // A copy of a new Response: a redirected one cannot answer a navigation.
        response ??= await download(url);
        await cache.put(key, response);
        report.add(sizes.get(url) ?? 0);
        return next();
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, next));
      await report.done();
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
        const cache = await caches.open(CACHE);
        // A file of the site that is only online (a download): say so. Any other address: the 404 page, as the server would.
        if (onlineOnly.has(fileUrl(request.url)) || !request.url.startsWith(scope)) {
          return (await cache.match(keyFor(new URL(OFFLINE_PAGE, scope).href)!)) ?? Response.error();
        }
        const notFound = await cache.match(keyFor(new URL(NOT_FOUND_PAGE, scope).href)!);
        return notFound
          ? new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers })
          : Response.error();
      }),
    );
  }
});
