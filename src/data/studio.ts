/**
 * What the scenario studio embeds at build time: the ids and titles of the site's
 * guidance pages, glossary terms, contacts, facts and scenarios, so trainers choose
 * links from the real ones, and the checks know the same ids the build knows.
 */
import type { StudioCatalogue } from '../lib/studio/catalogue.ts';
import { contactsInOrder, glossaryAtoZ, guidanceInOrder } from './content.ts';
import { factLabels } from './facts.ts';
import { FACT_IDS } from '../lib/facts.ts';
import { scenariosByTitle } from './scenarios.ts';

/** Every fact with its label, in source order. */
async function factCatalogue(): Promise<StudioCatalogue['facts']> {
  const labels = (await factLabels()).facts;
  return FACT_IDS.map((id) => ({ id, title: labels[id] ?? id }));
}

export async function studioCatalogue(): Promise<StudioCatalogue> {
  return {
    guidance: (await guidanceInOrder()).map((g) => ({ id: g.id, title: g.data.title })),
    glossary: (await glossaryAtoZ()).map((t) => ({ id: t.id, title: t.data.term })),
    contacts: (await contactsInOrder()).map((c) => ({
      id: c.id,
      name: c.data.name,
      phone: c.data.phone,
      option: c.data.option,
      website: c.data.website,
    })),
    facts: await factCatalogue(),
    scenarios: (await scenariosByTitle()).map((s) => ({ id: s.id, title: s.data.title })),
  };
}
