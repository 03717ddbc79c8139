/**
 * The site on a slow network (issue 15): when the network does not answer within
 * NETWORK_TIMEOUT_MS, a saved page is shown from its copy, saying the network is slow (not
 * that the person is offline); a page never saved still comes, late, rather than the offline
 * page. The site is served through a proxy that holds back the answer for chosen addresses.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { NETWORK_TIMEOUT_MS } from '../../src/features/offline/policy.ts';
import { savedPaths, servedCopy, workerReady } from './support/offline.ts';
import { axeViolations } from './support/site.ts';

// Each test installs the worker in a fresh browser and waits out the network timeout.
test.slow();

/** How much later than the worker's timeout a held-back answer comes. */
const LATE_BY_MS = 2_000;

let site: Awaited<ReturnType<typeof servedCopy>>;
let proxy: Server;
let origin: string;
/** The addresses whose answers are held back. */
const slow = new Set<string>();
const held = new Set<ReturnType<typeof setTimeout>>();

test.beforeAll(async () => {
  site = await servedCopy();
  const upstream = new URL(site.origin);
  proxy = createServer((req, res) => {
    const pass = () => {
      const forward = request(
        { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      req.pipe(forward);
    };
    if (!slow.has(new URL(req.url ?? '/', 'http://x').pathname)) return pass();
    const timer = setTimeout(() => {
      held.delete(timer);
      pass();
    }, NETWORK_TIMEOUT_MS + LATE_BY_MS);
    held.add(timer);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

test.afterEach(() => slow.clear());

test.afterAll(async () => {
  for (const timer of held) clearTimeout(timer);
  proxy.closeAllConnections();
  await new Promise((done) => proxy.close(done));
  await site.close();
});

test('on a slow network a saved page comes from its copy, saying the network is slow', async ({ page }) => {
  await page.goto(`${origin}/guidance/consent/`);
  await workerReady(page);
  await expect.poll(() => savedPaths(page)).toContain('/guidance/consent/');

  slow.add('/guidance/consent/');
  const began = Date.now();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/consent/i);
  const waited = Date.now() - began;
  const notice = page.getByRole('region', { name: 'Saved copy' });
  await expect(notice).toHaveText(/^The network is slow\. This is a saved copy from \d{1,2} \w+ \d{4} at \d{2}:\d{2}\.$/);
  await expect(page.getByRole('region', { name: 'Offline' })).toHaveCount(0);
  expect(waited, 'the copy comes at the timeout, not when the slow answer arrives').toBeLessThan(NETWORK_TIMEOUT_MS + LATE_BY_MS);
  console.log(`[figure] saved page on a slow network: shown after ${waited} ms (timeout ${NETWORK_TIMEOUT_MS} ms)`);
  expect(await axeViolations(page)).toEqual([]);
});

test('on a slow network a page never saved still comes, late, not the offline page', async ({ page }) => {
  await page.goto(`${origin}/`);
  await workerReady(page);
  expect(await savedPaths(page)).not.toContain('/glossary/');

  slow.add('/glossary/');
  await page.goto(`${origin}/glossary/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  await expect(page.locator('[data-offline-notice]')).toBeHidden();
});
