import { brotliCompressSync } from 'node:zlib';
import { expect, test, type Page, type Response } from '@playwright/test';
import { BUDGETS } from '../../tools/budgets.ts';
import { arrived, watchNetwork } from './support/site.ts';

// Content pages ship no JavaScript on arrival beyond small enhancements: Exit this page,
// and on /contacts/ the contact finder's stub, which shows the field and nothing more.
const CONTENT_PAGES = ['/guidance/', '/guidance/significant-harm/', '/glossary/', '/contacts/', '/worried-about-a-child/'];
const ARRIVAL_BUDGET = 2 * 1024;
// The contact finder proper (fuse.js and the ranking), loaded the first time the field is used.
const FINDER_BUDGET = 15 * 1024;

const brotli = (b: Buffer) => brotliCompressSync(b).length;

/** Records every script response, as it arrives (its body is read later, in order). */
function recordScripts(page: Page): Response[] {
  const scripts: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  });
  return scripts;
}

/** The total size of the responses' bodies after brotli. */
async function bytes(responses: readonly Response[]): Promise<number> {
  let total = 0;
  for (const response of responses) total += brotli(await response.body());
  return total;
}

/** Inline scripts that run: JSON data blocks (the finder's contact list) are data, not code. */
async function inlineScriptBytes(page: Page): Promise<number> {
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((scripts) => scripts.filter((s) => !(s as HTMLScriptElement).type.includes('json')).map((s) => s.textContent ?? ''));
  return inline.reduce((n, s) => n + brotli(Buffer.from(s)), 0);
}

for (const path of CONTENT_PAGES) {
  test(`${path} loads at most ${ARRIVAL_BUDGET} bytes of JavaScript on arrival (brotli)`, async ({ page }) => {
    const network = watchNetwork(page);
    const scripts = recordScripts(page);
    await page.goto(path);
    await arrived(page, network);
    expect((await bytes(scripts)) + (await inlineScriptBytes(page))).toBeLessThanOrEqual(ARRIVAL_BUDGET);
    expect(await page.locator('astro-island').count()).toBe(0);
  });
}

test(`the contact finder loads only when first used, and then at most ${FINDER_BUDGET} bytes (brotli)`, async ({ page }) => {
  const scripts = recordScripts(page);
  await page.goto('/contacts/', { waitUntil: 'networkidle' });
  const onArrival = scripts.length;
  const field = page.getByRole('searchbox', { name: 'Find a contact' });
  // networkidle above waited until nothing had loaded for half a second.
  await expect(page.locator('[data-contact-finder][data-ready]'), 'the finder is not loaded until the field is used').toHaveCount(0);
  expect(scripts.length, 'nothing more loads until the field is used').toBe(onArrival);

  await field.focus();
  await expect(page.locator('[data-contact-finder][data-ready]'), 'focusing the field loads the finder').toBeAttached();
  const finder = scripts.slice(onArrival);
  expect(finder.length).toBeGreaterThan(0);
  expect(await bytes(finder)).toBeLessThanOrEqual(FINDER_BUDGET);
  await field.fill('out of hours');
  await expect(page.locator('#contact-list [data-contact]:visible').first()).toHaveAttribute('data-contact', 'emergency-duty');
});

test(`the scenario studio loads at most ${BUDGETS.studioPageJs} bytes of JavaScript on arrival (brotli), and only on its own page`, async ({
  page,
}) => {
  const network = watchNetwork(page);
  const scripts = recordScripts(page);
  await page.goto('/training/studio/');
  await arrived(page, network);
  await expect(page.locator('astro-island[component-url*="Studio"]:not([ssr])')).toHaveCount(1, { timeout: 30_000 });
  const total = (await bytes(scripts)) + (await inlineScriptBytes(page));
  test.info().annotations.push({ type: 'studio-js-brotli-bytes', description: String(total) });
  console.log(`Scenario studio JavaScript on arrival: ${(total / 1024).toFixed(1)} KB brotli`);
  expect(total).toBeLessThanOrEqual(BUDGETS.studioPageJs);
  // The training page and the scenario library only link to it.
  for (const path of ['/training/', '/scenarios/']) {
    const others = recordScripts(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(others.map((r) => r.url()).filter((u) => /Studio/.test(u))).toEqual([]);
  }
});
