/**
 * Page numbers for a document's contents list. A browser cannot know on which page a
 * section will print until it has printed it, so the PDF script prints once, finds each
 * section's heading in the PDF's text, writes the page numbers into the contents list,
 * and prints again. The contents list sits on its own cover page, so adding the numbers
 * moves nothing else.
 */
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { pagesOfHeadings } from '../../src/features/documents/pdf-pages.ts';

/** The sections the page's contents list links to, with their headings' text. */
async function contentsEntries(page: Page): Promise<{ id: string; heading: string }[]> {
  return page.$$eval('.document__contents a[href^="#"]', (links) =>
    links.map((link) => {
      const id = link.getAttribute('href')?.slice(1) ?? '';
      return { id, heading: document.getElementById(id)?.querySelector('h2')?.textContent ?? '' };
    }),
  );
}

/**
 * Numbers the contents list from a first printing; returns true when it changed the
 * page (so it must be printed again), false when the page has no contents list.
 */
export async function numberContents(page: Page, firstPrint: Uint8Array): Promise<boolean> {
  const entries = await contentsEntries(page);
  if (entries.length === 0) return false;
  const { text } = await extractText(await getDocumentProxy(firstPrint), { mergePages: false });
  // Page 1 holds the contents list itself, so the sections are looked for from page 2.
  const pages = pagesOfHeadings(
    text,
    entries.map((e) => e.heading),
    2,
  );
  const found = entries.flatMap((entry, i) => (pages[i] ? [{ id: entry.id, page: pages[i] }] : []));
  await page.evaluate((list) => {
    for (const { id, page: n } of list)
      document.querySelector(`.document__contents a[href="#${id}"]`)?.setAttribute('data-page', String(n));
  }, found);
  return found.length > 0;
}
