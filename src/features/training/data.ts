/**
 * What the training page reads from the content besides the scenarios themselves
 * (src/features/scenarios/data.ts, which also gives each scenario's titles and contacts):
 * the guidance each learning outcome points at.
 */
import { getCollection, getEntry } from 'astro:content';
import { ContentReferenceError } from '../../collections/content.ts';

/** What participants can do by the end of a session, each tied to the guidance that explains it. */
export const LEARNING_OUTCOMES: readonly { guidance: string; outcome: string }[] = [
  { guidance: 'early-help-in-leeds', outcome: 'say what early help is, and why acting early in the life of a problem matters' },
  {
    guidance: 'conversations-not-checklists',
    outcome: 'explain why Leeds uses conversations, not checklists or thresholds, to understand a child’s needs',
  },
  {
    guidance: 'right-conversation',
    outcome: 'explain why assessing the children you meet is everybody’s job, and when to start a conversation',
  },
  {
    guidance: 'quality-conversations',
    outcome: 'hold a quality conversation: clarify the concerns, hear the child and family, and agree the response and who coordinates it',
  },
  {
    guidance: 'how-we-respond',
    outcome: 'describe universal, targeted and specialist services as one continuum, not levels to qualify for',
  },
  { guidance: 'consent', outcome: 'consider consent every time they talk to another service about a child or family' },
  { guidance: 'recording-conversations', outcome: 'record a conversation, what was agreed and when it will be reviewed' },
  { guidance: 'when-conversations-are-hard', outcome: 'know where to go when practitioners or families disagree' },
  {
    guidance: 'moving-between-services',
    outcome: 'plan a safe move between services, and keep support going until it is no longer needed',
  },
  {
    guidance: 'significant-harm',
    outcome: 'recognise when a child may be suffering significant harm, and call the Duty and Advice Team straight away',
  },
];

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
