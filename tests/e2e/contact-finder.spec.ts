/**
 * The contact finder on /contacts/: the full list without JavaScript; with it, a search
 * field that works by keyboard alone, announces the count, copes with any input and,
 * when nothing matches, says who to call instead.
 */
import { expect, test, type Page } from '@playwright/test';
import { contact, contacts, oneDigitOut, phoneOf } from './support/content.ts';
import { tabTo } from './support/keyboard.ts';
import { axeViolations } from './support/site.ts';

const CONTACT_COUNT = contacts().length;
const outOfHours = contact('emergency-duty');
const dutyAndAdvice = contact('duty-and-advice');
const contactCentre = phoneOf('contact-centre');
const emergency = phoneOf('emergency-999');
const cards = (page: Page) => page.locator('#contact-list [data-contact]');
const field = (page: Page) => page.getByRole('searchbox', { name: 'Find a contact' });
const status = (page: Page) => page.locator('[data-contact-finder]').getByRole('status');

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the contacts page lists every contact, with no search field', async ({ page }) => {
    await page.goto('/contacts/');
    await expect(cards(page)).toHaveCount(CONTACT_COUNT);
    for (const card of await cards(page).all()) await expect(card).toBeVisible();
    await expect(field(page)).toHaveCount(0);
    await expect(page.getByText('No contact matches what you typed.')).toBeHidden();
  });
});

test('the finder works by keyboard alone and announces the count', async ({ page }) => {
  await page.goto('/contacts/');
  await tabTo(page, field(page), 40);
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('out of hours');
  await expect(status(page)).toHaveText(/^\d+ contacts? found$/);
  await expect(cards(page).filter({ visible: true }).first()).toHaveAttribute('data-contact', outOfHours.id);
  // The next Tab reaches the best match's number: the cards are reordered, not only hidden.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', /^tel:/);
  await expect(page.locator(`[data-contact="${outOfHours.id}"] a[href^="tel:"]`)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(field(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(status(page)).toHaveText(`Showing all ${CONTACT_COUNT} contacts`);
  await expect(cards(page).filter({ visible: true })).toHaveCount(CONTACT_COUNT);
});

test('a number in any format finds its one contact, and a wrong digit finds none', async ({ page }) => {
  await page.goto('/contacts/');
  // Written the international way, with the leading 0 in brackets: "+44 (0)" and the rest of the number.
  await field(page).fill(`+44 (0)${dutyAndAdvice.phone!.display.slice(1)}`);
  await expect(status(page)).toHaveText('1 contact found');
  await expect(cards(page).filter({ visible: true })).toHaveAttribute('data-contact', dutyAndAdvice.id);
  await field(page).fill(oneDigitOut(dutyAndAdvice.id).display);
  await expect(status(page)).toHaveText('No contacts found');
  await expect(cards(page).filter({ visible: true })).toHaveCount(0);
});

const hostile = {
  'regex characters': '.*+?^${}()|[]\\',
  '5,000 characters': 'a'.repeat(5000),
  emoji: '🙂👶🏽📞',
  HTML: '<img src=x onerror=alert(1)><script>alert(1)</script>',
  nonsense: 'qwertyuiop asdfgh',
};

test('odd input is handled without error and shows who to call instead', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
  // The count is announced once typing pauses for a moment: the page's clock, stopped once the
  // finder has loaded (a minute ahead of the page's time, never in its past), is moved on past
  // that moment after each input rather than waited for.
  await page.clock.install();
  await page.goto('/contacts/');
  await field(page).focus();
  await expect(page.locator('[data-contact-finder][data-ready]')).toBeAttached();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 60_000);
  // One visit for every kind of input: the field is cleared between them, so each answer is its own.
  for (const [what, query] of Object.entries(hostile)) {
    await test.step(`${what} are handled without error and show who to call instead`, async () => {
      if ((await field(page).inputValue()) !== '') {
        await field(page).fill('');
        await page.clock.runFor(1000);
        await expect(status(page)).toHaveText(`Showing all ${CONTACT_COUNT} contacts`);
      }
      await field(page).fill(query);
      await page.clock.runFor(1000);
      await expect(status(page)).toHaveText('No contacts found');
      const help = page.locator('[data-contact-finder-none]');
      await expect(help).toBeVisible();
      await expect(help.getByRole('link', { name: contactCentre.display })).toHaveAttribute('href', contactCentre.href);
      await expect(help.getByRole('link', { name: emergency.display })).toHaveAttribute('href', emergency.href);
      expect(errors).toEqual([]);
    });
  }
});

test('axe finds no violations with results shown and with none', async ({ page }) => {
  await page.goto('/contacts/');
  await field(page).fill('night');
  await expect(status(page)).toHaveText(/found$/);
  expect(await axeViolations(page)).toEqual([]);
  await field(page).fill('qwertyuiop');
  await expect(status(page)).toHaveText('No contacts found');
  expect(await axeViolations(page)).toEqual([]);
});
