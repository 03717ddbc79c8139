import { z } from 'astro/zod';
import { required } from './common.ts';

/** What a printable document is called and what it is for: its words. Its rules are in src/features/documents/documents.ts. */
export const documentWordsSchema = z
  .object({
    /** Required. The title printed on the document, and in its PDF's footer. */
    title: z.string(required('title', 'the title printed on the document.')).min(1),
    /** Required. How a sentence names it, after "Download": "the poster". */
    name: z.string(required('name', 'how a sentence names the document, such as "the poster".')).min(1),
    /** Required. What it is for, in one plain sentence, shown on the documents page and on the document's own page. */
    purpose: z.string(required('purpose', 'what the document is for, in one plain sentence.')).min(1),
  })
  .strict();

/**
 * `content/documents.yaml`: each document's words, by its id, and `scenario-handout`, the
 * words of every scenario's handout, where {scenario} stands for the scenario's title. The
 * build checks the ids against the documents in src/features/documents/documents.ts (src/rules/data-files.ts).
 */
export const documentsFileSchema = z.record(z.string(), documentWordsSchema, {
  error: 'Write each document as its id, then its `title`, `name` and `purpose` indented under it.',
});

/** One document's validated words. */
export type DocumentWords = z.infer<typeof documentWordsSchema>;
