/**
 * The home page's first round trip, measured in a real browser, after brotli. Figures come
 * from tools/budgets.ts, shared with `npm run bench`. Every page's own byte budget is
 * checked on its one visit in crawl.spec.ts.
 */
import { brotliCompressSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { BUDGETS } from '../../tools/budgets.ts';
import { contact } from './support/content.ts';
import { arrived, builtHtml, watchNetwork } from './support/site.ts';

const contactCentre = contact('contact-centre');
const brotli = (b: Buffer | string) => brotliCompressSync(typeof b === 'string' ? Buffer.from(b) : b).length;

test(`the home page HTML plus CSS fits in the first round trip, with the ${contactCentre.name} number in its first 4 KB`, async ({
  page,
}) => {
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'stylesheet') bodies.push(r.body());
  });
  const network = watchNetwork(page);
  await page.goto('/');
  await arrived(page, network);
  const css = await Promise.all(bodies);
  expect(css.length, 'the home page loads its stylesheet').toBeGreaterThan(0);
  const html = builtHtml('/');
  expect(brotli(html) + css.reduce((n, b) => n + brotli(b), 0)).toBeLessThanOrEqual(BUDGETS.homeHtmlPlusCss);
  const at = Buffer.from(html).indexOf(contactCentre.phone!.href);
  expect(at).toBeGreaterThan(0);
  expect(at).toBeLessThan(BUDGETS.contactCentreWithin);
});
