/**
 * What the scenario studio embeds at build time: the ids and titles of the site's
 * guidance pages, glossary terms, contacts, facts and scenarios, so trainers choose
 * links from the real ones, and the checks know the same ids the build knows.
 */
import type { StudioCatalogue } from './catalogue.ts';
import { contactsInOrder, glossaryAtoZ, guidanceInOrder } from '../../collections/content.ts';
import { factLabels } from '../../collections/facts.ts';
import { FACT_IDS } from '../../vocabulary/facts.ts';
import { contactRef } from '../../schemas/contact.ts';
import { scenariosByTitle } from '../scenarios/data.ts';

/** Every fact with its label, in source order. */
async function factCatalogue(): Promise<StudioCatalogue['facts']> {
  const labels = (await factLabels()).facts;
  return FACT_IDS.map((id) => ({ id, title: labels[id] ?? id }));
}

export async function studioCatalogue(): Promise<StudioCatalogue> {
  return {
    guidance: (await guidanceInOrder()).map((g) => ({ id: g.id, title: g.data.title })),
    glossary: (await glossaryAtoZ()).map((t) => ({ id: t.id, title: t.data.term })),
    contacts: (await contactsInOrder()).map(contactRef),
    facts: await factCatalogue(),
    scenarios: (await scenariosByTitle()).map((s) => ({ id: s.id, title: s.data.title })),
  };
}
