/**
 * Printing ordinary pages (print media emulated): navigation and controls hidden, link
 * addresses printed after the links, folded-away content open; and a document page
 * prints the document alone.
 */
import { expect, test, type Locator } from '@playwright/test';
import { guidancePage } from './support/content.ts';

/** What a link's ::after box says, as CSS generated it ("none" when there is none). */
function afterContent(link: Locator): Promise<string> {
  return link.evaluate((a) => getComputedStyle(a, '::after').content);
}

test('a guidance page prints without its navigation, and with the address of each link', async ({ page }) => {
  await page.goto(guidancePage('consent').path);
  const nav = page.getByRole('navigation', { name: 'Main' });
  const link = page.locator('main article a[href^="/guidance/"]:not(.term)').first();
  const href = await link.getAttribute('href');
  expect(href, 'the page should link to another guidance page').toMatch(/^\/guidance\/[a-z-]+\/$/);
  await expect(nav).toBeVisible();
  expect(await afterContent(link)).toBe('none');

  await page.emulateMedia({ media: 'print' });
  await expect(nav).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByRole('link', { name: /Exit this page/ })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Guidance pages' })).toBeHidden();
  expect(await afterContent(link)).toBe(`" (${href})"`);
  // The urgent numbers still print, and glossary terms do not get an address.
  await expect(page.getByRole('complementary', { name: /Worried about a child/ })).toBeVisible();
  const term = page.locator('main a.term').first();
  expect(await afterContent(term)).toBe('none');
});

test('folded-away content prints open', async ({ page }) => {
  await page.goto(guidancePage('consent').path);
  // No guidance page folds anything away yet, so add a closed <details> and a hidden panel marked to print, as a page would.
  await page
    .locator('main article')
    .evaluate((article) =>
      article.insertAdjacentHTML(
        'beforeend',
        '<details><summary>More about consent</summary><p>Folded text</p></details><div hidden data-print-show><p>Accordion panel</p></div>',
      ),
    );
  const folded = page.getByText('Folded text');
  const panel = page.getByText('Accordion panel');
  await expect(folded).toBeHidden();
  await expect(panel).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(folded).toBeVisible();
  await expect(panel).toBeVisible();
});

test('a document page prints the document alone', async ({ page }) => {
  await page.goto('/documents/poster/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: 'Right conversation, right people, right time' })).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('complementary', { name: /Worried about a child/ })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByText('This page is laid out to print on A4 paper.')).toBeHidden();
});
