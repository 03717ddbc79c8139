/// <reference lib="webworker" />
/**
 * The kill switch: a service worker that deletes the site's saved copies and unregisters
 * itself. Built to dist/sw-kill-switch.js; to remove the offline worker from every browser,
 * serve it as /sw.js (README, "Offline"). Browsers check /sw.js for a new version at least
 * on every visit, so each takes it in on its next visit.
 */
import { CACHE_PREFIX } from './policy.ts';

declare const self: ServiceWorkerGlobalScope;

self.addEventListener('install', () => void self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith(CACHE_PREFIX)) await caches.delete(key);
      await self.registration.unregister();
    })(),
  );
});
