/** Helpers for the offline tests: waiting for the worker, reading its cache, a copy of the site to change. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serve } from '../../../tools/serve-dist.mjs';

/** Waits until the worker has saved the first-visit pages (it activates only then) and controls the page. */
export async function workerReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The addresses saved in the worker's caches (paths, with any query), as the page sees them. */
export function savedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        paths.push(url.origin === location.origin ? url.pathname + url.search : url.href);
      }
    }
    return paths.sort();
  });
}

/** A copy of dist/ in a temporary folder, served on a free port, that a test may change. */
export async function servedCopy(): Promise<{ root: string; origin: string; close: () => Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), 'offline-site-'));
  cpSync('dist', root, { recursive: true });
  const server: Server = await serve({ root, port: 0 });
  const { port } = server.address() as AddressInfo;
  return {
    root,
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise((done) => server.close(done));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
