import { brotliCompressSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// Content pages ship no JavaScript beyond the small Exit this page enhancement.
const CONTENT_PAGES = ['/guidance/', '/guidance/significant-harm/', '/glossary/', '/contacts/', '/worried-about-a-child/'];
const EXIT_BUDGET = 2 * 1024;

for (const path of CONTENT_PAGES) {
  test(`${path} loads at most ${EXIT_BUDGET} bytes of JavaScript (brotli)`, async ({ page }) => {
    const scripts: Buffer[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.body());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    const inline = await page.locator('script:not([src])').evaluateAll((s) => s.map((e) => e.textContent ?? ''));
    const total = [...scripts, ...inline.map((s) => Buffer.from(s))].reduce((n, b) => n + brotliCompressSync(b).length, 0);
    expect(total).toBeLessThanOrEqual(EXIT_BUDGET);
    expect(await page.locator('astro-island').count()).toBe(0);
  });
}
