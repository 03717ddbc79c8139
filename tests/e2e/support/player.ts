/** Helpers for the scenario player's browser tests. */
import { expect, type Page } from '@playwright/test';
import { axeViolations } from './site.ts';

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
export function playerViolations(page: Page) {
  return axeViolations(page, '.player');
}
