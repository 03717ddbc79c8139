/**
 * The scenario handouts: one printable document per scenario, from the `scenarios`
 * collection. A handout holds only what a room discusses before anything is revealed
 * (see src/pages/documents/scenarios/[id].astro): never feedback, endings or debriefs.
 */
import { getCollection } from 'astro:content';
import { handoutDocument, type PrintDocument } from '../lib/documents.ts';
import { stepsInRouteOrder } from '../lib/handout.ts';
import type { Scenario, Step } from '../schemas/scenario.ts';

/** A scenario with its handout. */
export interface Handout {
  id: string;
  scenario: Scenario;
  doc: PrintDocument;
  /** The conversation route's steps, nearest the start first. */
  steps: Step[];
}

/** Every scenario's handout, in title order. */
export async function handouts(): Promise<Handout[]> {
  const scenarios = await getCollection('scenarios');
  return scenarios
    .map(({ id, data }) => ({ id, scenario: data, doc: handoutDocument(id, data.title), steps: stepsInRouteOrder(data) }))
    .sort((a, b) => a.scenario.title.localeCompare(b.scenario.title, 'en-GB'));
}
