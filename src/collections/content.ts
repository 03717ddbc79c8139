/**
 * Reading the content collections, with the cross-entry checks the schemas cannot make.
 * Every error names the file and says how to fix it.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type Contact = CollectionEntry<'contacts'>;
export type Guidance = CollectionEntry<'guidance'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;

/** Named so that a reader of the build log knows this is about the content, not the code. */
export class ContentReferenceError extends Error {
  override name = 'ContentReferenceError';
}

/** Every contact, in their `order`. */
export async function contactsInOrder(): Promise<Contact[]> {
  return (await getCollection('contacts')).sort((a, b) => a.data.order - b.data.order);
}

/** The contacts with an `urgent` label, in order: shown in the panel on every page. */
export async function urgentContacts(): Promise<Contact[]> {
  return (await contactsInOrder()).filter((c) => c.data.urgent !== undefined);
}

/** One contact by id (its file name without .mdx), or an error listing the ids there are. */
export async function contactById(id: string, usedIn = 'a page'): Promise<Contact> {
  const entry = await getEntry('contacts', id);
  if (entry) return entry;
  const ids = (await getCollection('contacts')).map((c) => c.id).sort();
  throw new ContentReferenceError(
    `${usedIn} asks for the contact "${id}", but there is no content/contacts/${id}.mdx. Use one of: ${ids.join(', ')}.`,
  );
}

/** Every guidance page, in its `order`. */
export async function guidanceInOrder(): Promise<Guidance[]> {
  return (await getCollection('guidance')).sort((a, b) => a.data.order - b.data.order);
}

/** Every glossary term from A to Z. (Each `related` id is checked at build time: src/rules/frontmatter.ts.) */
export async function glossaryAtoZ(): Promise<GlossaryTerm[]> {
  const terms = await getCollection('glossary');
  return terms.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en-GB', { sensitivity: 'base' }));
}

/** The glossary terms with the given ids, in the order given. */
export function pick<T extends { id: string }>(entries: T[], ids: readonly string[]): T[] {
  return ids.flatMap((id) => entries.filter((e) => e.id === id));
}
