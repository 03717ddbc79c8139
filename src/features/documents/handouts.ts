/**
 * The scenario handouts: one printable document per scenario, from the `scenarios`
 * collection. What a handout holds is in src/features/training/Handout.astro.
 */
import { handoutDocument, type PrintDocument } from './documents.ts';
import { handoutWords } from './data.ts';
import { scenariosByTitle, type ScenarioEntry } from '../scenarios/data.ts';

/** A scenario with its handout document. */
export interface ScenarioHandout {
  entry: ScenarioEntry;
  doc: PrintDocument;
}

/** Every scenario's handout, in title order. */
export async function handouts(): Promise<ScenarioHandout[]> {
  const words = await handoutWords();
  return (await scenariosByTitle()).map((entry) => ({ entry, doc: handoutDocument(entry.id, entry.data.title, words) }));
}
