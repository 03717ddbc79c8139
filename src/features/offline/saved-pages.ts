/**
 * Lists, on the offline page, the pages saved on this device (read from the worker's cache),
 * each as a link that opens without a connection.
 */
import { CACHES, savedPageList } from './policy.ts';

const decode = (html: string) => new DOMParser().parseFromString(`<title>${html}</title>`, 'text/html').title;

export async function listSavedPages(list: HTMLElement): Promise<void> {
  if (!('caches' in window) || !(await caches.has(CACHES.pages))) return;
  const cache = await caches.open(CACHES.pages);
  const entries = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    if (!response || !(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    entries.push({ path: new URL(request.url).pathname, html: await response.text() });
  }
  const pages = savedPageList(entries, decode);
  if (pages.length === 0) return;
  for (const page of pages) {
    const link = document.createElement('a');
    link.href = page.path;
    link.textContent = page.title;
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  list.hidden = false;
  const none = document.querySelector<HTMLElement>('[data-saved-none]');
  if (none) none.textContent = 'These pages are saved on this device and open without a connection:';
}
