/**
 * The site offline (issue 15): the worker saves the first-visit pages and the pages visited,
 * shows a saved copy with a dated notice when the network is cut, the offline page for a page
 * never saved, and a whole training session after "Save this session"; online, a changed
 * number shows at once. Figures for the README are logged with `[figure]`.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { CACHE_PREFIX, FIRST_VISIT_PAGES, NETWORK_TIMEOUT_MS } from '../../src/features/offline/policy.ts';
import { guidancePage, phoneOf, scenarioIds, urgentContacts } from './support/content.ts';
import { savedPaths, servedCopy, workerReady } from './support/offline.ts';
import { axeViolations } from './support/site.ts';
import { presenter } from './support/training.ts';

// Each test installs the worker in a fresh browser and some run axe: slow on a busy machine.
test.slow();

const urgentPanel = (page: Page) => page.getByRole('complementary', { name: /Worried about a child/ });
const notice = (page: Page) => page.locator('[data-offline-notice]');
const nbsp = (text: string) => text.replaceAll(' ', '\u00a0');

test('the worker stays within 3 KB after brotli', () => {
  const bytes = brotliCompressSync(readFileSync('dist/sw.js')).length;
  console.log(`[figure] sw.js: ${readFileSync('dist/sw.js').length} bytes, ${bytes} brotli`);
  expect(bytes).toBeLessThanOrEqual(3 * 1024);
});

const consent = guidancePage('consent');

test('a visited guidance page reloads offline as a dated saved copy, with the urgent help where it was', async ({ page, context }) => {
  await page.goto(consent.path);
  await workerReady(page);
  await expect(notice(page)).toBeHidden();
  const before = await urgentPanel(page).boundingBox();
  const saved = await savedPaths(page);
  for (const path of [...FIRST_VISIT_PAGES, consent.path]) expect(saved).toContain(path);
  const bytes = await page.evaluate(async (prefix) => {
    let total = 0;
    for (const name of await caches.keys()) {
      if (!name.startsWith(prefix)) continue;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) total += (await (await cache.match(request))!.blob()).size;
    }
    return total;
  }, CACHE_PREFIX);
  console.log(`[figure] first visit saves ${saved.length} files, ${bytes} bytes: ${saved.join(' ')}`);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(consent.title);
  await expect(notice(page)).toBeVisible();
  const timing = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return { response: Math.round(nav!.responseEnd - nav!.startTime), shown: Math.round(nav!.domContentLoadedEventEnd - nav!.startTime) };
  });
  console.log(`[figure] saved page offline: response in ${timing.response} ms, shown (DOMContentLoaded) in ${timing.shown} ms`);
  expect(timing.response, 'the saved copy comes at once, not after the network timeout').toBeLessThan(NETWORK_TIMEOUT_MS);
  await expect(notice(page)).toHaveText(/^You are offline\. This is a saved copy from \d{1,2} \w+ \d{4} at \d{2}:\d{2}\.$/);
  await expect(notice(page).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  expect(await urgentPanel(page).boundingBox()).toEqual(before);
  expect(await axeViolations(page)).toEqual([]);
  // "Exit this page" still leaves at once from a saved copy.
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
  );
  await context.setOffline(false);
  await page.getByRole('link', { name: /Exit this page/ }).click();
  await expect(page).toHaveURL('https://www.bbc.co.uk/weather');
});

test('a page never visited shows the offline page: the urgent numbers to call and the saved pages', async ({ page, context }) => {
  await page.goto('/');
  await workerReady(page);
  await context.setOffline(true);
  await page.goto('/glossary/');
  await expect(page).toHaveURL(/\/glossary\/$/);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  for (const { phone } of urgentContacts()) {
    await expect(main.getByRole('link', { name: phone.display })).toHaveAttribute('href', phone.href);
  }
  const saved = main.getByRole('list', { name: 'Pages saved on this device' });
  await expect(saved.getByRole('link', { name: 'Contacts' })).toHaveAttribute('href', '/contacts/');
  await expect(saved.getByRole('link', { name: 'Worried about a child?' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // Each saved page it lists opens.
  await saved.getByRole('link', { name: 'Contacts' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/contact/i);
  await expect(notice(page)).toBeVisible();
});

test('offline, search says it needs a connection and links to the contacts', async ({ page, context }) => {
  await page.goto('/search/');
  await workerReady(page);
  await context.setOffline(true);
  await page.goto('/search/?q=consent');
  const message = page.locator('[data-search-offline]');
  await expect(message).toContainText('Search needs a connection');
  await expect(message.getByRole('link', { name: 'contacts page' })).toHaveAttribute('href', '/contacts/');
});

test('only the site’s own files are saved, never an address with what a person typed', async ({ page }) => {
  await page.goto('/');
  await workerReady(page);
  await page.goto('/search/?q=my+neighbour');
  await page.goto(`/training/plan/?s-${scenarioIds()[0]}=on`);
  await page.goto('/guidance/');
  await expect.poll(() => savedPaths(page)).toContain('/guidance/');
  const saved = await savedPaths(page);
  expect(saved.filter((p) => !p.startsWith('/') || p.includes('?') || p.startsWith('/pagefind/'))).toEqual([]);
});

test('after "Save this session", the presenter view, its notes window and a handout work offline', async ({ page, context }) => {
  const ids = scenarioIds().slice(0, 2);
  await page.goto('/training/planner/');
  await workerReady(page);
  for (const box of await page.locator('[data-planner] input[data-scenario]').all()) {
    if (!ids.includes((await box.getAttribute('data-scenario'))!)) await box.uncheck();
  }
  const region = page.getByRole('region', { name: 'Run the session without a connection' });
  await region.getByRole('button', { name: 'Save this session for offline use' }).click();
  const status = region.getByRole('status');
  await expect(status).toHaveText(/^Saved on this device: 2 scenarios, \d+ files \([\d,]+ KB\)\./, { timeout: 30_000 });
  console.log(`[figure] ${await status.textContent()}`);
  for (const id of ids)
    await expect(region.getByRole('link', { name: 'presenter view' }).and(page.locator(`[href="/training/present/${id}/"]`))).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await context.setOffline(true);
  const id = ids[1]!;
  await page.goto(`/training/present/${id}/`);
  await expect(page.locator('.presenter[data-ready]'), 'the presenter view is running').toHaveCount(1);
  await expect(presenter(page).heading).toBeVisible();
  // The button, as a trainer would use it: a key pressed the moment the island hydrates can
  // come before its key handler is attached on a busy machine (it failed so in one CI run).
  const [notes] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Speaker notes' }).click()]);
  await expect(notes).toHaveURL(new RegExp(`/training/notes/${id}/$`));
  await expect(notes.getByText('Following the presenter view.')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(notes.getByText('On the projector: The case')).toBeVisible();
  await notes.close();

  await page.goto(`/documents/scenarios/${id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(notice(page)).toBeVisible();
  const pdf = `/documents/scenario-${id}.pdf`;
  if (existsSync(join('dist', pdf))) expect(await page.evaluate((href) => fetch(href).then((r) => r.status), pdf)).toBe(200);
  await page.goto(`/training/run-sheet/${ids[0]}/`);
  await expect(notice(page)).toBeVisible();
});

test('on the training page, "Save this session" saves the scenarios ticked there, and asks for one if none is', async ({
  page,
  context,
}) => {
  const id = scenarioIds()[2]!;
  await page.goto('/training/');
  await workerReady(page);
  const region = page.getByRole('region', { name: 'Run the session without a connection' });
  const save = region.getByRole('button', { name: 'Save this session for offline use' });
  await save.click();
  await expect(region.getByRole('status')).toHaveText('Choose at least one scenario to save.');
  await region.locator(`input[data-scenario="${id}"]`).check();
  await save.click();
  await expect(region.getByRole('status')).toHaveText(/^Saved on this device: 1 scenario, \d+ files/, { timeout: 30_000 });
  await context.setOffline(true);
  await region.locator(`a[href="/training/notes/${id}/"]`).click();
  await expect(page).toHaveURL(new RegExp(`/training/notes/${id}/$`));
  await expect(page.getByText(/Waiting for the presenter view/)).toBeVisible();
  await expect(notice(page)).toBeVisible();
});

test.describe('on a copy of the site that changes under the worker', () => {
  let site: Awaited<ReturnType<typeof servedCopy>>;
  test.beforeEach(async () => {
    site = await servedCopy();
  });
  test.afterEach(async () => site.close());

  test('a number changed after the worker is installed shows at once online, on every saved page', async ({ page, context }) => {
    await page.goto(`${site.origin}${consent.path}`);
    await workerReady(page);
    const saved = (await savedPaths(page)).filter((p) => p.endsWith('/'));
    expect(saved.length).toBeGreaterThanOrEqual(FIRST_VISIT_PAGES.length);

    // A deploy changes the Contact Centre's number (display and tel: forms) in every file.
    const old = phoneOf('contact-centre');
    const changed = {
      display: old.display.replace(/\d$/, (d) => String((Number(d) + 1) % 10)),
      href: old.href.replace(/\d$/, (d) => String((Number(d) + 1) % 10)),
    };
    for (const file of readdirSync(site.root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
      const path = join(site.root, file);
      // Pages group the digits with no-break spaces; the PDFs are left as they are.
      const html = readFileSync(path, 'utf8').replaceAll(old.href, changed.href);
      writeFileSync(path, html.replaceAll(nbsp(old.display), nbsp(changed.display)).replaceAll(old.display, changed.display));
    }

    await page.reload();
    await expect(urgentPanel(page).getByRole('link', { name: changed.display })).toHaveAttribute('href', changed.href);
    for (const path of saved) {
      await page.goto(`${site.origin}${path}`);
      await expect(urgentPanel(page).getByRole('link', { name: changed.display }), path).toHaveAttribute('href', changed.href);
      await expect(page.getByRole('link', { name: old.display }), path).toHaveCount(0);
      await expect(notice(page)).toBeHidden();
    }
    // The saved copies were renewed on the way: offline they show the new number too.
    await context.setOffline(true);
    await page.goto(`${site.origin}/contacts/`);
    await expect(notice(page)).toBeVisible();
    await expect(urgentPanel(page).getByRole('link', { name: changed.display })).toBeVisible();
  });

  test('the kill switch, served as /sw.js, clears the saved copies and removes the worker', async ({ page }) => {
    await page.goto(`${site.origin}/`);
    await workerReady(page);
    expect((await savedPaths(page)).length).toBeGreaterThan(0);
    copyFileSync(join(site.root, 'sw-kill-switch.js'), join(site.root, 'sw.js'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([]);
  });
});
