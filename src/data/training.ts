/**
 * What the training pages read from the content besides the scenarios themselves
 * (src/data/scenarios.ts): the learning outcomes and the guidance each points at, and
 * the contacts the presenter island shows.
 */
import { getCollection, getEntry } from 'astro:content';
import { ContentReferenceError, contactById } from './content.ts';
import type { ScenarioEntry } from './scenarios.ts';
import { linkedIds } from '../lib/scenario/refs.ts';
import type { ContactSummary } from '../lib/training/types.ts';

/** What participants can do by the end of a session (content/learning-outcomes.yaml), each with the guidance page that explains it. */
export async function learningOutcomes(): Promise<{ outcome: string; link: { href: string; title: string } }[]> {
  const entry = await getEntry('learningOutcomes', 'file');
  return Promise.all(
    (entry?.data.outcomes ?? []).map(async (o) => ({
      outcome: o.outcome,
      link: await guidanceLink(o.guidance, 'content/learning-outcomes.yaml'),
    })),
  );
}

/** A guidance page's title and address, or an error naming the missing page. */
export async function guidanceLink(id: string, usedIn: string): Promise<{ href: string; title: string }> {
  const entry = await getEntry('guidance', id);
  if (!entry) {
    const ids = (await getCollection('guidance')).map((g) => g.id).sort();
    throw new ContentReferenceError(
      `${usedIn} links to the guidance page "${id}", but there is no content/guidance/${id}.mdx. Use one of: ${ids.join(', ')}.`,
    );
  }
  return { href: `/guidance/${id}/`, title: entry.data.title };
}

/** Titles of every guidance page by id, for islands that link to guidance. */
export async function guidanceTitles(): Promise<Record<string, string>> {
  return Object.fromEntries((await getCollection('guidance')).map((g) => [g.id, g.data.title]));
}

/** The contacts a scenario links to anywhere (steps, choices, endings), with their ids, for its presenter view. */
export async function scenarioContacts(scenario: ScenarioEntry): Promise<Record<string, ContactSummary>> {
  const entries = await Promise.all(
    [...linkedIds(scenario.data).contacts].map((id) => contactById(id, `content/scenarios/${scenario.id}.yaml`)),
  );
  return Object.fromEntries(
    entries.map((c) => [c.id, { id: c.id, name: c.data.name, phone: c.data.phone, option: c.data.option, website: c.data.website }]),
  );
}
