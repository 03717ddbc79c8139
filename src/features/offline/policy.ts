/**
 * What the service worker (src/features/offline/worker.ts) does with each request, and what it
 * saves. Pure functions, shared by the worker, the "Save this session" script and the build,
 * and unit-tested: the rules for what may be stored on a person's device live here only.
 */

/** The worker's caches. Every cache the site makes starts with CACHE_PREFIX, so the kill switch can find them. */
export const CACHE_PREFIX = 'early-help-';
export const CACHES = {
  /** Pages and other files that are not named by a hash: always fetched first, saved copy as a fallback. */
  pages: `${CACHE_PREFIX}pages`,
  /** /_astro/ files, named by a hash of their content: kept for good. */
  assets: `${CACHE_PREFIX}assets`,
} as const;

/** The worker's address, at the root so that it can serve every page. */
export const WORKER_URL = '/sw.js';

/** The page served for a page never saved, when there is no connection. */
export const OFFLINE_PAGE = '/offline/';

/** The pages a person in trouble needs, saved on the first visit. */
export const FIRST_VISIT_PAGES = ['/', '/worried-about-a-child/', '/contacts/', OFFLINE_PAGE] as const;

/** How long a page waits for the network before the saved copy is shown. */
export const NETWORK_TIMEOUT_MS = 3000;

/** The header a saved copy carries: when it was saved (ISO 8601). */
export const SAVED_AT_HEADER = 'x-saved-at';

/**
 * What to do with a request:
 * - `asset`: a hashed /_astro/ file: the saved copy if there is one, else the network (then saved);
 * - `page`: the network first (then saved), the saved copy only when the network fails or is slow;
 * - `network`: a page address with a query (what a person typed): the network, never saved; offline,
 *   the saved copy of the same page without its query;
 * - `bypass`: the worker leaves it alone (not this site, not a GET, search's index, the worker itself).
 */
export type Policy = 'asset' | 'page' | 'network' | 'bypass';

/** The policy for a request to `url` made by a page of `origin`. */
export function policyFor(url: URL, origin: string, method: string, navigate: boolean): Policy {
  if (method !== 'GET' || url.origin !== origin) return 'bypass';
  const path = url.pathname;
  // Search's index is large and only useful whole; search says plainly that it needs a connection.
  if (path.startsWith('/pagefind/') || /^\/sw[\w-]*\.js$/.test(path)) return 'bypass';
  if (url.search !== '') return navigate ? 'network' : 'bypass';
  if (path.startsWith('/_astro/')) return 'asset';
  return 'page';
}

/** Which cache holds a path. */
export function cacheFor(path: string): string {
  return path.startsWith('/_astro/') ? CACHES.assets : CACHES.pages;
}

/**
 * The site's own files a page or script needs: /_astro/ files named anywhere in it
 * (stylesheets, scripts, island components) and the imports of a script in /_astro/
 * ("./react.C1eXT9gT.js", static or dynamic). With `pdfs`, also the PDFs a page links to.
 */
export function assetRefs(text: string, options: { pdfs?: boolean } = {}): string[] {
  const found = new Set<string>();
  // "/_astro/x.css" in a page; "_astro/x.js" in a script's list of what a dynamic import needs.
  for (const [, name] of text.matchAll(/_astro\/([\w.~-]+\.(?:js|css|svg|png|woff2))/g)) found.add(`/_astro/${name}`);
  for (const [, name] of text.matchAll(/["'`]\.\/([\w.~-]+\.js)["'`]/g)) found.add(`/_astro/${name}`);
  if (options.pdfs) for (const [, href] of text.matchAll(/\shref="(\/[\w/.-]+\.pdf)"/g)) found.add(href!);
  return [...found].sort();
}

/**
 * Every file `start` needs, following references from page to script to script.
 * `read` returns a file's text (undefined if it cannot be read).
 */
export async function withAssets(
  start: readonly string[],
  read: (path: string) => Promise<string | undefined>,
  options: { pdfs?: boolean } = {},
): Promise<string[]> {
  const seen = new Set<string>(start);
  const queue = [...start];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (!path.endsWith('/') && !path.endsWith('.js')) continue;
    const text = await read(path);
    if (text === undefined) continue;
    for (const ref of assetRefs(text, { pdfs: options.pdfs === true && path.endsWith('/') })) {
      if (!seen.has(ref)) {
        seen.add(ref);
        queue.push(ref);
      }
    }
  }
  return [...seen];
}

/** The pages a training session with these scenarios needs, in the order they are saved. */
export function sessionPages(scenarioIds: readonly string[]): string[] {
  const pages = ['/training/', '/training/planner/', '/training/plan/'];
  for (const id of scenarioIds) {
    pages.push(`/training/present/${id}/`, `/training/notes/${id}/`, `/training/run-sheet/${id}/`, `/documents/scenarios/${id}/`);
  }
  return pages;
}

/** "6 December 2026 at 22:30", in the reader's own time zone. */
export function savedAtText(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/**
 * Why a saved copy is shown, and what the notice then says first: its region's name and its
 * headline. The layout writes the `offline` words (src/features/offline/OfflineNotice.astro).
 */
export const NOTICE_REASONS = {
  offline: { label: 'Offline', headline: 'You are offline.' },
  slow: { label: 'Saved copy', headline: 'The network is slow.' },
} as const;
export type NoticeReason = keyof typeof NOTICE_REASONS;

/** The markers the layout writes in the hidden notice, which revealNotice rewrites. */
export const NOTICE_HIDDEN = ` aria-label="${NOTICE_REASONS.offline.label}" hidden data-offline-notice`;
export const NOTICE_HEADLINE = `<strong>${NOTICE_REASONS.offline.headline}</strong>`;
export const NOTICE_DATE = '<span data-saved-at></span>';

/** A saved page's HTML with its notice shown, saying why and dated. Unchanged if it has no notice. */
export function revealNotice(html: string, savedAt: string | null, reason: NoticeReason = 'offline'): string {
  if (!html.includes(NOTICE_HIDDEN)) return html;
  const { label, headline } = NOTICE_REASONS[reason];
  const date = savedAt ? `<time data-saved-at datetime="${savedAt}">${savedAtText(savedAt)}</time>` : 'an earlier visit';
  return html
    .replace(NOTICE_HIDDEN, ` aria-label="${label}" data-offline-notice`)
    .replace(NOTICE_HEADLINE, `<strong>${headline}</strong>`)
    .replace(NOTICE_DATE, date);
}

/** The headers to store with a saved copy: the response's own, stamped with when it was saved. */
export function savedHeaders(headers: Headers, now: Date): Headers {
  const saved = new Headers(headers);
  // The body is stored decoded, and found by address alone.
  for (const name of ['content-encoding', 'content-length', 'vary']) saved.delete(name);
  saved.set(SAVED_AT_HEADER, now.toISOString());
  return saved;
}

/** Whether a response may be saved: a whole, successful answer from this site, not a redirect. */
export function savable(response: Pick<Response, 'ok' | 'status' | 'type' | 'redirected'>): boolean {
  return response.ok && response.status === 200 && response.type === 'basic' && !response.redirected;
}

/** A saved page, as the offline page lists it. */
export interface SavedPage {
  path: string;
  title: string;
}

const TITLE_SUFFIX = / – Early help in Leeds$/;

/**
 * The saved pages worth offering, by title: HTML pages only, not the offline page itself.
 * `decode` turns a title's HTML (with entities) into text.
 */
export function savedPageList(entries: readonly { path: string; html: string }[], decode: (html: string) => string): SavedPage[] {
  return entries
    .filter((e) => e.path.endsWith('/') && e.path !== OFFLINE_PAGE)
    .map((e) => ({ path: e.path, title: decode(/<title>([^<]*)<\/title>/.exec(e.html)?.[1] ?? e.path).replace(TITLE_SUFFIX, '') }))
    .sort((a, b) => (a.path === '/' ? -1 : b.path === '/' ? 1 : a.title.localeCompare(b.title, 'en-GB')));
}
