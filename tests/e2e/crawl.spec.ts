/**
 * Visits every built page in a real browser and fails on anything a person should never
 * meet: a CSP violation, a console error, a request off the site's own origin, a cookie,
 * or anything written to local or session storage.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './support/site.ts';

for (const path of builtPages()) {
  test(`crawl ${path}`, async ({ page, context, baseURL }) => {
    const problems: string[] = [];
    const origin = new URL(baseURL!).origin;
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
      });
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol !== 'data:') problems.push(`request off the site: ${request.url()}`);
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    // Use the page a little, as a person would: focus the first field, if any.
    const field = page.locator('main input, main textarea, main select').first();
    if (await field.count()) await field.focus();
    await page.waitForLoadState('networkidle');
    const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
    expect(problems).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(storage).toEqual({ local: 0, session: 0 });
  });
}
