import { z } from 'astro/zod';
import { factIdSchema, required, slugSchema } from './common.ts';

/** A glossary term: one MDX file in `content/glossary/`, named after its id. */
export const glossarySchema = z
  .object({
    /** Required. The term as written in the guidance, for example "Early Help Assessment". */
    term: z.string(required('term', 'the term as it is written in the guidance.')).min(1),
    /** Required. A one-sentence definition in plain English, shown in lists and search. */
    summary: z.string(required('summary', 'a one-sentence definition in plain English.')).min(1),
    /** Defaulted to []. Abbreviations people use, for example ["EHA"]. Feed search. */
    abbreviations: z.array(z.string()).default([]),
    /** Defaulted to []. Other words for the same thing, for example ["social services"]. Feed search. */
    synonyms: z.array(z.string()).default([]),
    /** Defaulted to []. Ids of related glossary terms (their file names without .mdx). */
    related: z.array(slugSchema).default([]),
    /** Defaulted to []. Fact ids the definition carries. */
    facts: z.array(factIdSchema).default([]),
  })
  .strict();

/** A glossary term's validated frontmatter. */
export type GlossaryData = z.infer<typeof glossarySchema>;
