/**
 * Reading the words of the site's fixed pages (content/pages/) and of the blocks shown
 * inside pages (content/blocks/). The content checks have already made sure each file is
 * there and valid (src/rules/frontmatter.ts), so a missing one here is a bug in the code.
 */
import { getEntry, type CollectionEntry } from 'astro:content';
import { parsePhone } from '../vocabulary/phone.ts';
import type { BlockId, PageId } from '../schemas/page.ts';
import { contactById } from './content.ts';

export type Page = CollectionEntry<'pages'>;
export type Block = CollectionEntry<'blocks'>;

/** A page's entry, by its id (its file name in content/pages/ without .mdx). */
export async function pageById(id: PageId): Promise<Page> {
  const entry = await getEntry('pages', id);
  if (!entry) throw new Error(`content/pages/${id}.mdx was not loaded, though the content checks passed.`);
  return entry;
}

/** A block's entry, by its id (its file name in content/blocks/ without .mdx). */
export async function blockById(id: BlockId): Promise<Block> {
  const entry = await getEntry('blocks', id);
  if (!entry) throw new Error(`content/blocks/${id}.mdx was not loaded, though the content checks passed.`);
  return entry;
}

const CONTACT = /<Contact\s+id="([^"]+)"(?:\s+variant="([a-z]+)")?\s*\/>/g;

/**
 * A frontmatter text (a description or a lead) with each <Contact id="…" variant="number" />
 * replaced by that contact's number as the site shows it, and any other <Contact> by its
 * name: frontmatter is plain text, but a number is still written only in its contact.
 */
export async function plainText(text: string, usedIn: string): Promise<string> {
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(CONTACT)) {
    const contact = (await contactById(match[1]!, usedIn)).data;
    const number = contact.phone && `${parsePhone(contact.phone).display}${contact.option ? ` (option ${contact.option})` : ''}`;
    parts.push(text.slice(last, match.index), match[2] === 'number' && number ? number : contact.name);
    last = match.index + match[0].length;
  }
  return parts.join('') + text.slice(last);
}

/** A page's entry with its description and lead as plain text, ready for the layout. */
export async function pageWords(id: PageId): Promise<{ page: Page; description: string; lead: string | undefined }> {
  const page = await pageById(id);
  const usedIn = `content/pages/${id}.mdx`;
  return {
    page,
    description: await plainText(page.data.description, usedIn),
    lead: page.data.lead === undefined ? undefined : await plainText(page.data.lead, usedIn),
  };
}
