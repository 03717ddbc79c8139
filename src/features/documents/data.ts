/**
 * The printable documents, each with its rules (src/features/documents/documents.ts) and its words
 * (content/documents.yaml). The content checks have made sure every document has its
 * words (src/rules/data-files.ts).
 */
import { getEntry } from 'astro:content';
import { DOCUMENTS, HANDOUT_WORDS, documentById, type DocumentId, type PrintDocument } from './documents.ts';
import type { DocumentWords } from '../../schemas/documents.ts';

/** The words of a document, or of the scenario handouts, by id. */
export async function documentWords(id: string): Promise<DocumentWords> {
  const words = (await getEntry('documents', 'file'))?.data[id];
  if (!words) throw new Error(`content/documents.yaml has no words for "${id}", though the content checks passed.`);
  return words;
}

/** One fixed document, by its id. */
export async function printDocument(id: DocumentId): Promise<PrintDocument> {
  return { ...documentById(id), ...(await documentWords(id)) };
}

/** Every fixed document, in the order the documents page lists them. */
export async function printDocuments(): Promise<PrintDocument[]> {
  return Promise.all(DOCUMENTS.map((d) => printDocument(d.id)));
}

/** The words every scenario handout shares, where {scenario} stands for its title. */
export function handoutWords(): Promise<DocumentWords> {
  return documentWords(HANDOUT_WORDS);
}
