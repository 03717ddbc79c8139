/** The scenario handouts: one printable document per scenario. */
import { handoutDocument, type PrintDocument } from '../lib/documents.ts';
import type { Scenario } from '../schemas/scenario.ts';

/** A scenario with its handout. */
export interface Handout {
  id: string;
  scenario: Scenario;
  doc: PrintDocument;
}

/** Every scenario's handout, in title order. */
export async function handouts(): Promise<Handout[]> {
  const scenarios: { id: string; data: Scenario }[] = [];
  return scenarios
    .map(({ id, data }) => ({ id, scenario: data, doc: handoutDocument(id, data.title) }))
    .sort((a, b) => a.scenario.title.localeCompare(b.scenario.title, 'en-GB'));
}
