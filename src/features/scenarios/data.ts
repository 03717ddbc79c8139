/**
 * Reading the scenarios collection, and what each scenario's pages need besides its
 * own data: the titles and contacts it links to, and facts about its graph.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contactById, ContentReferenceError, guidanceInOrder, glossaryAtoZ } from '../../collections/content.ts';
import { linkedIds, type ScenarioRefs } from './refs.ts';
import { longestPathSteps, strongestPath, type StrongestPath } from './paths.ts';
import { contactRef } from '../../schemas/contact.ts';
import type { Scenario } from '../../schemas/scenario.ts';

export type ScenarioEntry = CollectionEntry<'scenarios'>;

/** Every scenario, by title. */
export async function scenariosByTitle(): Promise<ScenarioEntry[]> {
  return (await getCollection('scenarios')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB'));
}

/** getStaticPaths for a page per scenario: the id in the address, the entry as a prop. */
export async function scenarioPaths(): Promise<{ params: { id: string }; props: { entry: ScenarioEntry } }[]> {
  return (await scenariosByTitle()).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** The file a scenario was read from, for messages and for the studio to open. */
export function scenarioFile(entry: ScenarioEntry): string {
  return entry.filePath ?? `content/scenarios/${entry.id}.yaml`;
}

/**
 * The titles and contacts a scenario links to. The build's graph checks have already
 * made sure each exists; this fails loudly rather than render a broken link if not.
 */
export async function scenarioRefs(entry: ScenarioEntry): Promise<ScenarioRefs> {
  const file = scenarioFile(entry);
  const ids = linkedIds(entry.data);
  const guidance = await guidanceInOrder();
  const glossary = await glossaryAtoZ();
  const refs: ScenarioRefs = { guidance: {}, glossary: {}, contacts: {} };
  for (const id of ids.guidance) {
    const page = guidance.find((g) => g.id === id);
    if (!page) throw new ContentReferenceError(`${file} links to the guidance page "${id}", but there is no content/guidance/${id}.mdx.`);
    refs.guidance[id] = page.data.title;
  }
  for (const id of ids.glossary) {
    const term = glossary.find((t) => t.id === id);
    if (!term) throw new ContentReferenceError(`${file} links to the glossary term "${id}", but there is no content/glossary/${id}.mdx.`);
    refs.glossary[id] = term.data.term;
  }
  for (const id of ids.contacts) refs.contacts[id] = contactRef(await contactById(id, file));
  return refs;
}

/** What the pages say about a scenario's shape. */
export interface ScenarioShape {
  /** Steps on the conversation route. */
  steps: number;
  /** Endings of both routes. */
  endings: number;
  /** The most steps a path takes to an ending. */
  longest: number;
  /** The strongest conversation path. */
  strongest: StrongestPath | undefined;
}

/** Counts and paths of a scenario, worked out once at build time. */
export function scenarioShape(scenario: Scenario): ScenarioShape {
  return {
    steps: scenario.conversation.steps.length,
    endings: scenario.conversation.endings.length + scenario.checklist.endings.length,
    longest: longestPathSteps(scenario),
    strongest: strongestPath(scenario),
  };
}
