/**
 * Scenario pages without the player and before it: no island JavaScript loads until
 * the player nears the viewport, guidance pages load none, the JavaScript on a scenario
 * page stays within its budget, and with JavaScript off the case and the map are there.
 */
import { brotliCompressSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { builtHtml, builtPages, watchNetwork } from './support/site.ts';
import { hydrated, isScenarioPage } from './support/player.ts';

const pages = builtPages();
const scenarios = pages.filter(isScenarioPage);
const guidance = pages.filter((p) => p.startsWith('/guidance/'));
const SCENARIO_JS_BUDGET = 75 * 1024;

/** The island's own script and React's renderer, as the built scenario page names them. */
function islandScripts(): string[] {
  const html = builtHtml(scenarios[0]!);
  const urls = ['component-url', 'renderer-url'].map((name) => new RegExp(`${name}="([^"]+)"`).exec(html)?.[1]);
  expect(urls.every(Boolean), 'the scenario page should have a player island').toBe(true);
  return urls as string[];
}

/** Records the scripts a page requests, with their bodies. */
function recordScripts(page: Page): { url: string; body: Promise<Buffer> }[] {
  const scripts: { url: string; body: Promise<Buffer> }[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push({ url: new URL(response.url()).pathname, body: response.body() });
  });
  return scripts;
}

test.describe('a scenario page on a small screen', () => {
  test.use({ viewport: { width: 390, height: 600 } });

  for (const path of scenarios) {
    test(`${path} loads the player's JavaScript only when the player comes into view, within ${SCENARIO_JS_BUDGET / 1024} KB`, async ({
      page,
    }) => {
      const island = islandScripts();
      const network = watchNetwork(page);
      const scripts = recordScripts(page);
      // A quiet half second after the load event: nothing of the player's may have loaded by then.
      await page.goto(path, { waitUntil: 'networkidle' });
      await expect(page.locator('.player')).not.toBeInViewport();
      expect(scripts.map((s) => s.url).filter((url) => island.includes(url))).toEqual([]);
      await expect(page.locator('astro-island[ssr]')).toHaveCount(1);

      await page.locator('.player').scrollIntoViewIfNeeded();
      // Hydrated, the island has loaded its scripts; wait for anything else it asked for.
      await hydrated(page);
      await expect.poll(() => network.inFlight, { message: 'requests still in flight' }).toBe(0);
      for (const url of island) expect(scripts.map((s) => s.url)).toContain(url);

      const inline = await page.locator('script:not([src])').evaluateAll((s) => s.map((e) => e.textContent ?? ''));
      const bodies = [...(await Promise.all(scripts.map((s) => s.body))), ...inline.map((s) => Buffer.from(s))];
      const total = bodies.reduce((n, b) => n + brotliCompressSync(b).length, 0);
      test.info().annotations.push({ type: 'JavaScript (brotli)', description: `${path}: ${total} bytes` });
      expect(total).toBeLessThanOrEqual(SCENARIO_JS_BUDGET);
    });
  }
});

test('guidance pages load no island and none of its JavaScript', async ({ context }) => {
  expect(guidance.length).toBeGreaterThan(0);
  const island = islandScripts();
  // Side by side, each page in its own tab, so that their quiet half seconds overlap.
  await Promise.all(
    guidance.map(async (path) => {
      const page = await context.newPage();
      const scripts = recordScripts(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      await expect(page.locator('astro-island'), path).toHaveCount(0);
      expect(
        scripts.map((s) => s.url).filter((url) => island.includes(url) || url.includes('ScenarioPlayer')),
        path,
      ).toEqual([]);
      await page.close();
    }),
  );
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of scenarios) {
    test(`${path} shows the case, labelled fictional, and the whole map`, async ({ page }) => {
      await page.goto(path);
      const caseSection = page.getByRole('region', { name: /^The case/ });
      await expect(caseSection.getByRole('heading', { level: 2 })).toContainText('Fictional');
      await expect(caseSection.getByText('This case is fictional.')).toBeVisible();
      // The player says why it is not there, and shows no button that cannot work.
      await expect(page.locator('.player').getByRole('button')).toHaveCount(0);
      await expect(page.locator('.player').getByRole('link', { name: 'map of the whole scenario' })).toBeVisible();

      const map = page.getByRole('region', { name: 'Map of the whole scenario, for trainers' });
      await expect(map).toBeVisible();
      await expect(map.getByRole('heading', { name: 'The checklist route' })).toBeVisible();
      await expect(map.getByRole('table', { name: "The form's indicators" })).toBeVisible();
      expect(await map.locator('.map-step').count()).toBeGreaterThanOrEqual(3);
      expect(await map.locator('.map-ending').count()).toBeGreaterThanOrEqual(3);
      // Every in-page link in the map leads to a step or ending that is there.
      const targets = await map.locator('a[href^="#map-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
      expect(targets.length).toBeGreaterThan(0);
      for (const id of new Set(targets)) await expect(page.locator(`[id="${id}"]`), `#${id}`).toHaveCount(1);
    });
  }

  test('the map prints in full, without the player', async ({ page }) => {
    await page.goto(scenarios[0]!);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.player')).toBeHidden();
    for (const node of await page.locator('.map-node').all()) await expect(node).toBeVisible();
  });
});
