/**
 * Registers the offline worker (/sw.js) once the page has loaded, so it never competes with
 * the page itself. Where the browser has no service workers, nothing happens.
 */

/**
 * The worker's address (WORKER_URL in src/features/offline/policy.ts; a unit test keeps them the same).
 * Written here, not imported, so that this script shares no chunk and stays inline: no request.
 */
export const WORKER_URL = '/sw.js';

export function registerOfflineWorker(win: Window): void {
  const workers = win.navigator.serviceWorker;
  if (!workers) return;
  const register = () => void workers.register(WORKER_URL).catch(() => undefined);
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
