/**
 * What the scenario studio embeds at build time: the ids and titles of the site's
 * guidance pages, glossary terms, contacts, facts and scenarios, so trainers choose
 * links from the real ones, and the checks know the same ids the build knows.
 */
import { FACTS } from '../../vocabulary/facts.ts';
import { contactRef } from '../../schemas/contact.ts';
import type { StudioCatalogue } from './catalogue.ts';
import { contactsInOrder, glossaryAtoZ, guidanceInOrder } from '../../collections/content.ts';
import { scenariosByTitle } from '../scenarios/data.ts';

export async function studioCatalogue(): Promise<StudioCatalogue> {
  return {
    guidance: (await guidanceInOrder()).map((g) => ({ id: g.id, title: g.data.title })),
    glossary: (await glossaryAtoZ()).map((t) => ({ id: t.id, title: t.data.term })),
    contacts: (await contactsInOrder()).map(contactRef),
    facts: Object.entries(FACTS).map(([id, title]) => ({ id, title })),
    scenarios: (await scenariosByTitle()).map((s) => ({ id: s.id, title: s.data.title })),
  };
}
