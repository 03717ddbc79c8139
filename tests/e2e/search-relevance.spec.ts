/**
 * The relevance set (search-relevance.json) against the built site: each contact query
 * must put the expected contact first in the contact finder; each site query must show
 * the expected page among the search page's first three results, under its title from the
 * content. The queries are what people type; the contacts and pages they must find are
 * checked against the content and the build. Prints the hit rates.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { contacts, guidancePages } from './support/content.ts';
import { attributeBecomes, builtPages } from './support/site.ts';

interface ContactCase {
  query: string;
  first: string | null;
  only?: string[];
}
interface SiteCase {
  query: string;
  top3: string;
}
const set = JSON.parse(readFileSync(new URL('./search-relevance.json', import.meta.url), 'utf8')) as {
  contacts: ContactCase[];
  site: SiteCase[];
};

const percent = (n: number, of: number) => `${n}/${of} (${Math.round((100 * n) / of)}%)`;

test('the relevance set has at least 40 queries, each expecting a contact or page that exists', () => {
  expect(set.contacts.length + set.site.length).toBeGreaterThanOrEqual(40);
  const ids = contacts().map((c) => c.id);
  for (const c of set.contacts) for (const id of [c.first ?? [], c.only ?? []].flat()) expect(ids, `${c.query}: ${id}`).toContain(id);
  const pages = builtPages();
  for (const c of set.site) expect(pages, c.query).toContain(c.top3);
});

/** The title the search shows for a guidance page: its title in content/guidance/. */
const guidanceTitles = new Map(guidancePages().map((g) => [g.path, g.title]));

/**
 * Types the query into the finder and returns the ids of the contacts shown, in order.
 * The finder sorts the cards as the query is typed, and says what it found (and marks
 * itself with the query) once typing has paused for a moment; the page's clock, paused,
 * is moved on past that moment rather than waited for.
 */
async function finderResults(page: Page, query: string): Promise<string[]> {
  await page.getByRole('searchbox', { name: 'Find a contact' }).fill(query);
  await page.clock.runFor(1000);
  await expect(page.locator('[data-contact-finder]')).toHaveAttribute('data-query', query);
  return page
    .locator('#contact-list [data-contact]:visible')
    .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset['contact'] ?? ''));
}

test('the contact finder puts the right contact first', async ({ page }) => {
  await page.clock.install();
  await page.goto('/contacts/');
  // Focusing the field loads the finder; once it is there, the clock stops, a minute ahead of
  // the page's time (never in its past), and moves only when finderResults moves it.
  await page.getByRole('searchbox', { name: 'Find a contact' }).focus();
  await expect(page.locator('[data-contact-finder][data-ready]')).toBeAttached();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 60_000);
  const failures: string[] = [];
  let top1 = 0;
  let top3 = 0;
  for (const c of set.contacts) {
    const shown = await finderResults(page, c.query);
    const none = await page.getByText('No contact matches what you typed.').isVisible();
    const ok = c.first === null ? shown.length === 0 && none : shown[0] === c.first && !none && (!c.only || shown.join() === c.only.join());
    if (ok) top1++;
    else
      failures.push(
        `${JSON.stringify(c.query)}: expected ${c.first ?? 'nothing'}${c.only ? ` (only ${c.only.join(', ')})` : ''}, got [${shown.join(', ')}]`,
      );
    if (c.first === null ? ok : shown.slice(0, 3).includes(c.first)) top3++;
  }
  console.log(`Contact finder: top-1 ${percent(top1, set.contacts.length)}, top-3 ${percent(top3, set.contacts.length)}`);
  expect(failures).toEqual([]);
});

test('the site search shows the right page in its first three results', async ({ page }) => {
  await page.goto('/search/');
  const field = page.getByRole('searchbox', { name: 'Words to search for' });
  const failures: string[] = [];
  let top1 = 0;
  let top3 = 0;
  for (const c of set.site) {
    await field.fill(c.query);
    await field.press('Enter');
    await attributeBecomes(page.locator('[data-search-results]'), 'data-query', c.query);
    const shown = await page
      .locator('.search-result__title a')
      .evaluateAll((links) => links.slice(0, 3).map((a) => ({ href: a.getAttribute('href'), title: a.textContent?.trim() })));
    const urls = shown.map((s) => s.href);
    if (urls[0] === c.top3) top1++;
    if (urls.includes(c.top3)) top3++;
    else failures.push(`${JSON.stringify(c.query)}: expected ${c.top3} in the first three, got [${urls.join(', ')}]`);
    const title = guidanceTitles.get(c.top3);
    const hit = shown.find((s) => s.href === c.top3);
    if (title && hit && hit.title !== title)
      failures.push(`${JSON.stringify(c.query)}: ${c.top3} is shown as "${hit.title}", not "${title}"`);
  }
  console.log(`Site search: top-1 ${percent(top1, set.site.length)}, top-3 ${percent(top3, set.site.length)}`);
  expect(failures).toEqual([]);
});
