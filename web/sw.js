// The service worker: keeps the app working when the network does not (issue 15).
//
// - On install it stores this build's files (PRECACHE, written by scripts/finish-build.mjs
//   with the build's VERSION) in a cache of their own. The page's files then come from
//   that cache, so the app opens offline, and one version's files are never mixed with
//   another's.
// - A new build is a new sw.js (another VERSION): the browser installs it beside the old
//   one, and the page offers a reload (index.html); the new worker takes over only then,
//   and drops the old version's cache.
// - Datasets the page fetches from this site and that are not part of the build (a
//   class's own file opened with ?data=) are fetched from the network first and kept,
//   so the last copy opens during an outage: the KEPT most recently fetched, no more.
// - Other files of this build that are not stored on install (another language's
//   catalogue, an event's pre-rendered page) are stored in the build's cache the first
//   time they are fetched, so what was used once works offline.
// - Anything else, and everything from other sites, goes to the network untouched.
const VERSION = 'BUILD-VERSION';
const PRECACHE = ['BUILD-FILES'];
const SHELL = `shell-${VERSION}`;
const DATASETS = 'datasets';
/** This build's folder (`app-<hash>`): its files never change under that name. */
const APP_DIR = (PRECACHE.find((f) => /^app-[0-9a-f]+\//.test(f)) || '').split('/')[0];
/** How many datasets are kept for outages; the least recently fetched go first. */
const KEPT = 20;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(SHELL);
    // Names with a content hash never change: the browser's HTTP cache may answer. The
    // others (the page, the bundled data) are revalidated. addAll stores all or nothing.
    await cache.addAll(PRECACHE.map((url) =>
      new Request(url, { cache: /(^|\/)(app|style)-[0-9a-f]{8,}/.test(url) ? 'default' : 'no-cache' })));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('shell-') && name !== SHELL) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// The page asks for this when the reader accepts "reload" on the update notice, and, once
// the worker is active, names the build's files it fetched before the worker controlled
// it (its language's catalogue, an event's page): they are stored as if fetched now.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  else if (Array.isArray(event.data?.keep)) event.waitUntil(keep(event.data.keep));
});

/** Stores each of `urls` that is a file of this build's folder and not stored yet. */
async function keep(urls) {
  const cache = await caches.open(SHELL);
  const dir = new URL(`${APP_DIR}/`, self.registration.scope).href;
  for (const url of urls) {
    if (!APP_DIR || typeof url !== 'string' || !url.startsWith(dir)) continue;
    if (!(await cache.match(url, { ignoreVary: true }))) await cache.add(url).catch(() => {});
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  if (request.mode === 'navigate') {
    // The app's page, whatever its query (?event=…): this build's copy.
    if (url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`) {
      event.respondWith(fromShell('./', request));
    }
    return;
  }
  if (/\.(json|csv)$/i.test(url.pathname)) {
    event.respondWith(dataset(request));
  } else {
    event.respondWith(fromShell(request, request));
  }
});

/** `key` from this build's cache, else from the network (a cache the browser evicted in
 * part must never leave the page blank); a file of this build's folder fetched so is
 * stored in the build's cache. */
async function fromShell(key, request) {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(key, { ignoreSearch: key === './', ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  const scope = new URL(self.registration.scope).pathname;
  if (APP_DIR && response.ok && response.type === 'basic'
    && new URL(request.url).pathname.startsWith(`${scope}${APP_DIR}/`)) {
    await cache.put(request, response.clone());
  }
  return response;
}

/** A dataset: the bundled one from this build's cache; any other from the network first,
 * then from the copy kept the last time it was fetched. */
async function dataset(request) {
  const shell = await (await caches.open(SHELL)).match(request, { ignoreVary: true });
  if (shell) return shell;
  const cache = await caches.open(DATASETS);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      // Put again at the end of the cache's order, then drop the oldest beyond KEPT.
      await cache.delete(request, { ignoreVary: true });
      await cache.put(request, response.clone());
      const keys = await cache.keys();
      for (const old of keys.slice(0, Math.max(0, keys.length - KEPT))) await cache.delete(old);
    }
    return response;
  } catch (err) {
    const kept = await cache.match(request, { ignoreVary: true });
    if (kept) return kept;
    throw err;
  }
}
