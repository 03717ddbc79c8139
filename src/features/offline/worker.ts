/// <reference lib="webworker" />
/**
 * The service worker, served as /sw.js (bundled by src/features/offline/service-worker.ts, which
 * fills in PRECACHE). Pages come from the network first, so a changed number is never shown
 * stale online; the saved copy is used only when the network fails or takes longer than
 * NETWORK_TIMEOUT_MS, and then says it is a saved copy, with its date. Hashed /_astro/ files
 * are kept for good. The rules are in src/features/offline/policy.ts.
 */
import { NETWORK_TIMEOUT_MS, OFFLINE_PAGE, SAVED_AT_HEADER, policyFor, revealNotice, type NoticeReason } from './policy.ts';
import { saveCopy } from './store.ts';

declare const self: ServiceWorkerGlobalScope;
/** The first-visit pages and every file they need, listed at build time. */
declare const PRECACHE: string[];

const put = (path: string, response: Response) => saveCopy(path, response).then(() => undefined);

async function save(path: string): Promise<void> {
  await put(path, await fetch(path, { cache: 'no-cache' }));
}

const saved = (path: string) => caches.match(path, { ignoreVary: true });

self.addEventListener('install', (event) => {
  void self.skipWaiting();
  event.waitUntil(
    (async () => {
      await Promise.all(PRECACHE.map(save));
      // The page that brought the worker in was visited, so it is saved too.
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const client of open) {
        const url = new URL(client.url);
        if (policyFor(url, location.origin, 'GET', true) === 'page') await save(url.pathname).catch(() => undefined);
      }
    })(),
  );
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/** The saved copy of a page, with its notice shown saying why; else the offline page. */
async function offlineCopy(path: string, navigate: boolean, reason: NoticeReason = 'offline'): Promise<Response> {
  const hit = await saved(path);
  if (hit && navigate && path !== OFFLINE_PAGE && (hit.headers.get('content-type') ?? '').startsWith('text/html')) {
    const html = revealNotice(await hit.text(), hit.headers.get(SAVED_AT_HEADER), reason);
    return new Response(html, { status: 200, headers: hit.headers });
  }
  if (hit) return hit;
  return (navigate && (await saved(OFFLINE_PAGE))) || Response.error();
}

/** The network first; the saved copy if it fails or does not answer in time. */
async function networkFirst(event: FetchEvent, path: string, keep: boolean): Promise<Response> {
  const request = event.request;
  // With no connection at all, the saved copy at once (no wait for the timeout).
  if (!self.navigator.onLine) return offlineCopy(path, request.mode === 'navigate');
  let stored: Promise<void> = Promise.resolve();
  const network = fetch(request).then((response) => {
    if (keep) stored = put(path, response.clone()).catch(() => undefined);
    return response;
  });
  // A copy that arrives after the timeout still replaces the saved one.
  event.waitUntil(
    network.then(
      () => stored,
      () => undefined,
    ),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(reject, NETWORK_TIMEOUT_MS)));
  const fallback = () => offlineCopy(path, request.mode === 'navigate');
  try {
    return await Promise.race([network, late]);
  } catch {
    // Slow, with a saved copy: that copy, saying the network is slow. With none: better the
    // page late than the offline page.
    return (await saved(path)) ? offlineCopy(path, request.mode === 'navigate', 'slow') : network.catch(fallback);
  } finally {
    clearTimeout(timer);
  }
}

async function cacheFirst(event: FetchEvent, path: string): Promise<Response> {
  const hit = await saved(path);
  if (hit) return hit;
  const response = await fetch(event.request);
  event.waitUntil(put(path, response.clone()).catch(() => undefined));
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  const navigate = request.mode === 'navigate';
  const policy = policyFor(url, location.origin, request.method, navigate);
  if (policy === 'bypass') return;
  event.respondWith(policy === 'asset' ? cacheFirst(event, url.pathname) : networkFirst(event, url.pathname, policy === 'page'));
});
