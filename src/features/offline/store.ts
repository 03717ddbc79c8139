/**
 * Saving a copy of one of the site's files in the worker's cache, stamped with the time.
 * Used by the worker (pages as they are visited) and by "Save this session".
 */
import { cacheFor, savable, savedHeaders } from './policy.ts';

/** Saves `response` as the copy of `path`; resolves with the bytes saved (0 if it may not be saved). */
export async function saveCopy(path: string, response: Response): Promise<number> {
  if (!savable(response)) return 0;
  const body = await response.blob();
  const cache = await caches.open(cacheFor(path));
  await cache.put(path, new Response(body, { status: 200, statusText: 'OK', headers: savedHeaders(response.headers, new Date()) }));
  return body.size;
}
