/**
 * Registers the offline worker (/sw.js) once the page is ready, so it never competes with the
 * page itself: installing, the worker downloads the first-visit pages, and on the presenter view
 * that download, started at the load event, ran beside the island's own scripts and its
 * hydration (Lighthouse's blocking time went from about 60 ms to 200-570 ms). So it waits for
 * the load event, then for every island that hydrates on arrival (client:load, client:idle,
 * client:only) to have hydrated, at most 10 s, and then for the browser to be idle, at most
 * 5 s more. Where the browser has no service workers, nothing happens.
 */

/**
 * The worker's address (WORKER_URL in src/features/offline/policy.ts; a unit test keeps them the same).
 * Written here, not imported, so that this script shares no chunk and stays inline: no request.
 */
export const WORKER_URL = '/sw.js';

/** Islands that hydrate on arrival and have not yet (Astro removes `ssr` once they have). */
function hydrating(doc: Document): boolean {
  return [...doc.querySelectorAll('astro-island[ssr]')].some((island) =>
    ['load', 'idle', 'only'].includes(island.getAttribute('client') ?? ''),
  );
}

/** Calls `then` once no island is waiting to hydrate, or after `limit` ms, whichever is first. */
function afterHydration(doc: Document, then: () => void, limit = 10_000): void {
  if (!hydrating(doc)) return then();
  const done = () => {
    observer.disconnect();
    clearTimeout(timer);
    then();
  };
  const observer = new MutationObserver(() => {
    if (!hydrating(doc)) done();
  });
  const timer = setTimeout(done, limit);
  observer.observe(doc, { subtree: true, attributes: true, attributeFilter: ['ssr'] });
}

export function registerOfflineWorker(win: Window): void {
  const workers = win.navigator.serviceWorker;
  if (!workers) return;
  const register = () => void workers.register(WORKER_URL).catch(() => undefined);
  const whenIdle = () => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(register, { timeout: 5000 });
    else setTimeout(register, 1000);
  };
  const whenReady = () => afterHydration(win.document, whenIdle);
  if (win.document.readyState === 'complete') whenReady();
  else win.addEventListener('load', whenReady, { once: true });
}
