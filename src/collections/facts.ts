/** Reading the facts' labels and the source documents' names (content/facts.yaml). */
import { getEntry } from 'astro:content';
import type { FactsFile } from '../schemas/facts.ts';

/** Each fact's label by its id, and each source document's name by its letter. */
export async function factLabels(): Promise<FactsFile> {
  const entry = await getEntry('facts', 'file');
  if (!entry) throw new Error('content/facts.yaml was not loaded, though the content checks passed.');
  return entry.data;
}
