/**
 * What the training page reads from the content besides the scenarios themselves
 * (src/features/scenarios/data.ts, which also gives each scenario's titles and contacts):
 * the learning outcomes and the guidance each points at.
 */
import { getCollection, getEntry } from 'astro:content';
import { ContentReferenceError } from '../../collections/content.ts';

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
