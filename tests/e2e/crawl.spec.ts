/**
 * The crawl: one visit to every built page in a real browser, checking on that visit all
 * that every page must do. A person should never meet a CSP violation, a console error, a
 * request off the site's own origin, a cookie or anything in local or session storage. The
 * page stays within its byte budget (everything it loads on arrival, after brotli; figures
 * from tools/budgets.ts, shared with `npm run bench`), with no web fonts. It has its
 * frame, and axe finds no violations. Every tel: link dials the number it shows, and that
 * number belongs to a contact. The urgent-help panel is where it is on the home page, and
 * the page reflows at 320 px without scrolling sideways.
 *
 * Each page gets a fresh browser context on purpose: a cold cache, so the budget counts
 * everything, and empty storage, so anything found was written by this page.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync } from 'node:zlib';
import { expect, test as base, type Page } from '@playwright/test';
import { pageKind, totalBudget } from '../../tools/budgets.ts';
import { contacts, urgentContacts } from './support/content.ts';
import { arrived, axeViolations, builtPages, iconsNotFetched, watchNetwork, watchProblems } from './support/site.ts';

/** Every contact's number, as national digits. */
const known = new Set(contacts().flatMap((c) => (c.phone ? [c.phone.national] : [])));
const urgent = urgentContacts();

/** Brotli sizes by content: the same hashed stylesheet or script is on many pages. */
const brotliSizes = new Map<string, number>();
function brotli(body: Buffer): number {
  const key = createHash('sha1').update(body).digest('hex');
  if (!brotliSizes.has(key)) brotliSizes.set(key, brotliCompressSync(body).length);
  return brotliSizes.get(key)!;
}

/** Where the urgent-help panel sits on a 390 px phone. */
const PHONE = { width: 390, height: 844 };
const urgentPanel = (page: Page) => page.getByRole('complementary', { name: /Worried about a child/ });
async function panelPosition(page: Page): Promise<string> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await urgentPanel(page).boundingBox();
  return `${box?.x},${box?.y}`;
}

const test = base.extend<object, { homePanel: string }>({
  // The panel's place on the home page, measured once per worker; every page must match it.
  homePanel: [
    async ({ browser }, use) => {
      const page = await browser.newPage({ viewport: PHONE });
      await page.goto('/');
      await use(await panelPosition(page));
      await page.close();
    },
    { scope: 'worker' },
  ],
});

test('every contact entry has a number the tests know, and the urgent-help panel has its four', () => {
  expect(known.size).toBeGreaterThanOrEqual(7);
  expect(urgent.length).toBeGreaterThanOrEqual(4);
});

for (const path of builtPages()) {
  const kind = pageKind(path);
  // Content pages may block rendering on one stylesheet only; interactive pages add their own.
  const oneStylesheet = ['home', 'guidance', 'glossary', 'contacts'].includes(kind);

  test(`crawl ${path}`, async ({ page, context, baseURL, homePanel }) => {
    const origin = new URL(baseURL!).origin;
    const problems = await watchProblems(page, origin);
    const network = watchNetwork(page);
    const sizes: Promise<{ type: string; bytes: number }>[] = [];
    page.on('response', (r) => {
      sizes.push(
        r.body().then(
          (body) => ({ type: r.request().resourceType(), bytes: brotli(body) }),
          () => ({ type: r.request().resourceType(), bytes: 0 }),
        ),
      );
    });

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await arrived(page, network);

    await test.step('within its byte budget, with no web fonts', async () => {
      // The icons a person's browser fetches after the load event count too, even when this
      // browser (the headless shell) does not ask for them.
      for (const href of await iconsNotFetched(page, network)) {
        expect(new URL(href).origin, `${path}: the icon ${href} should be on the site`).toBe(origin);
        const icon = await context.request.get(href);
        expect(icon.status(), href).toBe(200);
        sizes.push(icon.body().then((body) => ({ type: 'icon', bytes: brotli(body) })));
      }
      const loaded = await Promise.all(sizes);
      const bytes = loaded.reduce((n, s) => n + s.bytes, 0);
      test
        .info()
        .annotations.push({ type: 'bytes on arrival (brotli)', description: `${bytes} of ${totalBudget(kind)} in ${loaded.length} files` });
      expect(bytes).toBeLessThanOrEqual(totalBudget(kind));
      expect(loaded.filter((s) => s.type === 'font')).toEqual([]);
      if (oneStylesheet) expect(loaded.filter((s) => s.type === 'stylesheet').length).toBeLessThanOrEqual(1);
    });

    await test.step('renders its frame and has no accessibility violations', async () => {
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeAttached();
      await expect(page.getByRole('link', { name: /Exit this page/ })).toBeVisible();
      const panel = urgentPanel(page);
      for (const { phone } of urgent) await expect(panel.getByRole('link', { name: phone.display })).toBeVisible();
      await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' })).toBeVisible();
      await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Privacy notice' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    await test.step('every tel: link dials the number it shows, and belongs to a contact', async () => {
      const links = await page
        .locator('a[href^="tel:"]')
        .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
      // Every page has the urgent-help panel, so every page has numbers to check.
      expect(links.length).toBeGreaterThan(0);
      for (const { href, text } of links) {
        const dialled = href.slice(4);
        const national = dialled.startsWith('+44') ? '0' + dialled.slice(3) : dialled;
        expect(text.replace(/\s/g, ''), `${path}: link text "${text}" for ${href}`).toMatch(/^\d+$/);
        expect(text.replace(/\D/g, ''), `${path}: ${href} shows "${text}"`).toBe(national);
        expect(known.has(national), `${path}: ${href} is not the number of any contact in content/contacts/`).toBe(true);
        if (national.length === 11) {
          expect(dialled, `${path}: ${href} should be in international form`).toMatch(/^\+44[1-9]\d{9}$/);
          // Groups are joined by non-breaking spaces so that a number never wraps.
          expect(text, `${path}: "${text}" should be grouped the UK way`).toMatch(/^0\d{3,4}\u00A0\d{3,6}(\u00A0\d{4})?$/);
        }
      }
    });

    await test.step('the urgent-help panel is where it is on the home page, on a phone', async () => {
      await page.setViewportSize(PHONE);
      expect(await panelPosition(page)).toBe(homePanel);
    });

    await test.step('reflows at 320 px without scrolling sideways', async () => {
      await page.setViewportSize({ width: 320, height: 568 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    await test.step('used a little, it stores nothing and breaks no rule', async () => {
      // Use the page a little, as a person would: focus the first field, if any, and wait
      // for whatever that loads (the contact finder, site search) to arrive.
      const field = page.locator('main input, main textarea, main select').first();
      if (await field.count()) await field.focus();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
      await expect.poll(() => network.inFlight, { message: 'requests still loading after the field was focused' }).toBe(0);
      const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
      expect(problems).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      expect(storage).toEqual({ local: 0, session: 0 });
    });
  });
}
