import { expect, test } from '@playwright/test';
import { axeViolations, builtPages } from './support/site.ts';

const pages = builtPages();

test('the site has its core pages', () => {
  for (const path of ['/', '/guidance/', '/contacts/', '/glossary/', '/accessibility/', '/privacy/', '/worried-about-a-child/', '/404.html']) {
    expect(pages, `${path} should be built`).toContain(path);
  }
});

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    test('renders its frame and has no accessibility violations', async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeAttached();
      await expect(page.getByRole('link', { name: /Exit this page/ })).toBeVisible();
      const urgent = page.getByRole('complementary', { name: /Worried about a child/ });
      await expect(urgent.getByRole('link', { name: '999' })).toBeVisible();
      await expect(urgent.getByRole('link', { name: '0113 222 4403' })).toBeVisible();
      await expect(urgent.getByRole('link', { name: '0113 376 0336' })).toBeVisible();
      await expect(urgent.getByRole('link', { name: '0113 240 9536' })).toBeVisible();
      await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' })).toBeVisible();
      await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Privacy notice' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('reflows at 320 px without scrolling sideways', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 568 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('the urgent-help panel is in the same place on every page', async ({ page }) => {
  const positions = new Set<string>();
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of pages) {
    await page.goto(path);
    const box = await page.getByRole('complementary', { name: /Worried about a child/ }).boundingBox();
    positions.add(`${box?.x},${box?.y}`);
  }
  expect([...positions]).toHaveLength(1);
});
