/** The site's ids and titles the studio offers to link to, embedded in the page at build time. */
import type { KnownIds } from '../../rules/content-text.ts';
import type { ScenarioRefs } from '../scenarios/refs.ts';
import type { ContactRef } from '../../schemas/contact.ts';

export interface Titled {
  id: string;
  title: string;
}

export interface StudioCatalogue {
  guidance: Titled[];
  glossary: Titled[];
  contacts: ContactRef[];
  /** Fact ids from the sources, with their short reminders. */
  facts: Titled[];
  /** The site's scenarios, to start from. */
  scenarios: Titled[];
}

/** The ids the checks know, from the catalogue (the same lists the build reads from content/). */
export function knownFromCatalogue(c: StudioCatalogue): KnownIds {
  return {
    guidance: new Set(c.guidance.map((g) => g.id)),
    glossary: new Set(c.glossary.map((g) => g.id)),
    contacts: new Set(c.contacts.map((g) => g.id)),
  };
}

/** What the player needs to show links: every title and contact (the draft may link to any). */
export function refsFromCatalogue(c: StudioCatalogue): ScenarioRefs {
  return {
    guidance: Object.fromEntries(c.guidance.map((g) => [g.id, g.title])),
    glossary: Object.fromEntries(c.glossary.map((g) => [g.id, g.title])),
    contacts: Object.fromEntries(c.contacts.map((contact) => [contact.id, contact])),
  };
}
