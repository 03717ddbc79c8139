/**
 * Byte budgets, measured in a real browser: everything a page loads on arrival, after
 * brotli. Figures and budgets come from src/lib/budgets.ts, shared with `npm run bench`.
 */
import { brotliCompressSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { BUDGETS, pageKind, totalBudget } from '../../src/lib/budgets.ts';
import { builtHtml, builtPages } from './support/site.ts';

const brotli = (b: Buffer | string) => brotliCompressSync(typeof b === 'string' ? Buffer.from(b) : b).length;

test('the home page HTML plus CSS fits in the first round trip, with the Contact Centre number in its first 4 KB', async ({ page }) => {
  const css: Buffer[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'stylesheet') css.push(await r.body());
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  const html = builtHtml('/');
  expect(brotli(html) + css.reduce((n, b) => n + brotli(b), 0)).toBeLessThanOrEqual(BUDGETS.homeHtmlPlusCss);
  const at = Buffer.from(html).indexOf('tel:+441132224403');
  expect(at).toBeGreaterThan(0);
  expect(at).toBeLessThan(BUDGETS.contactCentreWithin);
});

for (const path of builtPages()) {
  const kind = pageKind(path);
  // Content pages may block rendering on one stylesheet only; interactive pages add their own.
  const oneStylesheet = ['home', 'guidance', 'glossary', 'contacts'].includes(kind);
  test(`${path} stays within its byte budget, with no web fonts${oneStylesheet ? ' and one stylesheet' : ''}`, async ({ page }) => {
    const sizes: { type: string; bytes: number }[] = [];
    page.on('response', async (r) => {
      const body = await r.body().catch(() => Buffer.alloc(0));
      sizes.push({ type: r.request().resourceType(), bytes: brotli(body) });
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    const total = sizes.reduce((n, s) => n + s.bytes, 0);
    expect(total).toBeLessThanOrEqual(totalBudget(kind));
    expect(sizes.filter((s) => s.type === 'font')).toEqual([]);
    if (oneStylesheet) expect(sizes.filter((s) => s.type === 'stylesheet').length).toBeLessThanOrEqual(1);
  });
}
