/** Helpers for the scenario player's browser tests. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Every built scenario page, such as "/scenarios/leo-goes-quiet/". */
export const isScenarioPage = (path: string) => /^\/scenarios\/[^/]+\/$/.test(path);

/** Waits until the player island has hydrated (Astro removes its `ssr` attribute). */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[component-url*="ScenarioPlayer"]:not([ssr])')).toHaveCount(1);
}

/**
 * axe on the player alone, with the same rules as the whole-page scan in crawl.spec.ts
 * (which already covers the rest of each scenario page; scanning the long map again at
 * every step would only slow the tests).
 */
export async function playerViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('.player')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}
