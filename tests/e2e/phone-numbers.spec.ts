import { expect, test } from '@playwright/test';
import { builtPages, contactNumbers } from './support/site.ts';

const known = contactNumbers();

test('every contact entry has a number the tests know', () => {
  expect(known.size).toBeGreaterThanOrEqual(7);
});

test('every tel: link dials the number it shows, and belongs to a contact', async ({ page }) => {
  let checked = 0;
  for (const path of builtPages()) {
    await page.goto(path);
    const links = await page.locator('a[href^="tel:"]').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })),
    );
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
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(0);
});
