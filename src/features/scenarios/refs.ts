/**
 * What a scenario links to, in a form the player island can carry: the titles of the
 * guidance pages and glossary terms, and the contacts with their numbers (which
 * src/features/contacts/PhoneLink.tsx turns into links). Only the entries the scenario uses
 * are included, to keep the island's props small.
 */
import type { ContactRef } from '../../schemas/contact.ts';
import type { Scenario } from '../../schemas/scenario.ts';

/** Titles and contacts by id. */
export interface ScenarioRefs {
  guidance: Record<string, string>;
  glossary: Record<string, string>;
  contacts: Record<string, ContactRef>;
}

/** The links any part of a scenario carries. */
export interface Links {
  guidance: readonly string[];
  glossary: readonly string[];
  contacts: readonly string[];
}

/** Every guidance page, glossary term and contact the scenario links to, anywhere in it. */
export function linkedIds(scenario: Scenario): { guidance: Set<string>; glossary: Set<string>; contacts: Set<string> } {
  const parts: Links[] = [
    scenario,
    ...scenario.checklist.endings,
    ...scenario.conversation.endings,
    ...scenario.conversation.steps,
    ...scenario.conversation.steps.flatMap((s) => s.choices),
  ];
  return {
    guidance: new Set(parts.flatMap((p) => p.guidance)),
    glossary: new Set(parts.flatMap((p) => p.glossary)),
    contacts: new Set(parts.flatMap((p) => p.contacts)),
  };
}

/** True when a part of a scenario links to anything at all. */
export function hasLinks(links: Links): boolean {
  return links.guidance.length + links.glossary.length + links.contacts.length > 0;
}

/** The text of a scenario field as paragraphs: YAML blocks separate them with blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0);
}
