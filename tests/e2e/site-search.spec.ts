/**
 * Whole-site search: the header form on every page, and the search page built on
 * Pagefind. Nothing loads until the field is focused or the form sent; results carry a
 * count in a live region, marked excerpts and links to the matching sections; filters
 * narrow by kind of page; any input is handled; without JavaScript the page explains.
 */
import { expect, test, type Page } from '@playwright/test';
import { glossaryTerm, guidancePage, oneDigitOut, phoneOf } from './support/content.ts';
import { tabTo } from './support/keyboard.ts';
import { attributeBecomes, axeViolations } from './support/site.ts';

const field = (page: Page) => page.getByRole('searchbox', { name: 'Words to search for' });
const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('.search-result');

/** Sends a search from the search page and waits until its results are shown. */
async function search(page: Page, query: string) {
  await field(page).fill(query);
  await field(page).press('Enter');
  await attributeBecomes(page.locator('[data-search-results]'), 'data-query', query);
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form goes to the search page, which explains and offers the lists', async ({ page }) => {
    await page.goto('/guidance/');
    const header = page.getByRole('search', { name: 'Site' });
    await header.getByRole('searchbox', { name: 'Search this site' }).fill('EHA');
    await header.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=EHA$/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    const main = page.getByRole('main');
    for (const href of ['/guidance/', '/glossary/', '/contacts/']) await expect(main.locator(`a[href="${href}"]`).first()).toBeVisible();
  });
});

test('nothing is loaded for search until the field is focused', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/guidance/', { waitUntil: 'networkidle' });
  await page.getByRole('searchbox', { name: 'Search this site' }).focus();
  await page.goto('/search/', { waitUntil: 'networkidle' });
  expect(requests.filter((p) => p.startsWith('/pagefind/') || p === '/search/lexicon.json')).toEqual([]);
  await field(page).focus();
  await expect(page.locator('form[data-site-search][data-ready]')).toBeAttached();
  expect(requests).toContain('/pagefind/pagefind.js');
  expect(requests).toContain('/search/lexicon.json');
});

test('if the search cannot load, the page says so and offers the lists again', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/search/?q=consent');
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await expect(page.getByRole('main').locator('a[href="/glossary/"]').first()).toBeVisible();
});

test('a search from the header shows results with a count, marked excerpts and links to sections', async ({ page }) => {
  const consent = guidancePage('consent');
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search this site' }).fill('consent');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=consent$/);
  await expect(status(page)).toHaveText(/^\d+ pages? found for ‘consent’$/);
  await expect(status(page)).toHaveAttribute('role', 'status');
  await expect(results(page).first().getByRole('heading', { level: 2 }).getByRole('link', { name: consent.title })).toHaveAttribute(
    'href',
    consent.path,
  );
  await expect(results(page).first().locator('mark').first()).toHaveText(/consent/i);
  const section = results(page).first().locator('.search-result__sections a').first();
  const href = await section.getAttribute('href');
  expect(href).toMatch(/^\/guidance\/consent\/#.+/);
  await section.click();
  await expect(page.locator(`[id="${decodeURIComponent(href!.split('#')[1]!)}"]`)).toBeInViewport();
});

test('the search works by keyboard alone', async ({ page }) => {
  await page.goto('/search/');
  await tabTo(page, field(page), 40);
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('stepping down');
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(/found for ‘stepping down’/);
  await expect(field(page)).toBeFocused();
  // Past the search button and the filters, the next stop is the first result.
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)); i++)
    await page.keyboard.press('Tab');
  await expect(page.locator('.search-result a:focus')).toHaveCount(1);
});

test('filters narrow the results to a kind of page, and the address records them', async ({ page }) => {
  await page.goto('/search/?q=cluster');
  await expect(status(page)).toHaveText(/found for ‘cluster’$/);
  expect(await page.locator('.search-result__kind').allTextContents()).toContain('Guidance');
  await page.getByRole('checkbox', { name: 'Glossary' }).check();
  await expect(status(page)).toHaveText(/found for ‘cluster’ in Glossary$/);
  expect(new Set(await page.locator('.search-result__kind').allTextContents())).toEqual(new Set(['Glossary']));
  // The glossary's entry for the word, under its term from the content, is among the sections the result links to.
  const term = glossaryTerm('cluster');
  const entry = results(page).locator('.search-result__sections').getByRole('link', { name: term.term, exact: true }).first();
  await expect(entry).toHaveAttribute('href', new RegExp(`^/glossary/#${term.id}(-heading)?$`));
  await expect(page).toHaveURL(/\?q=cluster&kind=Glossary$/);
});

const hostile = {
  'regex characters': '.*+?^${}()|[]\\',
  '5,000 characters': 'consent '.repeat(625),
  emoji: '🙂👶🏽📞',
  HTML: '<img src=x onerror=alert(1)><script>alert(1)</script>',
  nonsense: 'asdfghjkl',
  'a wrong number': oneDigitOut('duty-and-advice').display,
};

test('odd input is handled without error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
  await page.goto('/search/');
  // One visit for every kind of input: search() waits for each query's own results.
  for (const [what, query] of Object.entries(hostile)) {
    const nothingFound = !what.startsWith('5,000') && what !== 'HTML';
    await test.step(`${what}: handled without error${nothingFound ? ', with the "nothing found" help' : ''}`, async () => {
      await search(page, query);
      if (what.startsWith('5,000')) {
        // Cut to a sensible length, it is still a search for "consent".
        await expect(results(page).first()).toBeVisible();
      } else if (what === 'HTML') {
        // Its words ("src", "script") may be on a page that explains the project's files; whether
        // or not anything is found, what was typed is shown back as text, never as markup.
        await expect(status(page)).toContainText(`‘${query}’`);
      } else {
        await expect(status(page)).toHaveText(/^No pages found for/);
        await expect(page.getByRole('heading', { name: 'Nothing found' })).toBeVisible();
        await expect(page.locator('[data-search-none]').getByRole('link', { name: phoneOf('contact-centre').display })).toBeVisible();
      }
      // Nothing typed ever becomes markup.
      expect(await page.locator('[data-search-results] img, [data-search-results] script, [data-search-status] *').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }
});

test('axe finds no violations with results shown and with none', async ({ page }) => {
  await page.goto('/search/');
  await search(page, 'early help');
  await expect(results(page).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await search(page, 'qwertyuiop');
  await expect(page.getByRole('heading', { name: 'Nothing found' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
