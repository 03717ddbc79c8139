import { z } from 'astro/zod';
import { factIdSchema, required, reviewedSchema } from './common.ts';

/** A guidance page: one MDX file in `content/guidance/`. */
export const guidanceSchema = z
  .object({
    /** Required. The page heading, in sentence case. */
    title: z.string(required('title', 'the page heading, in sentence case.')).min(1),
    /** Required. One sentence saying what the page is for; shown in lists and search results. */
    description: z.string(required('description', 'one sentence saying what the page is for.')).min(1),
    /** Required. Its place in the guidance list and in the printed guidance: lower comes first. */
    order: z.number(required('order', 'a number giving its place in the guidance list (lower comes first).')),
    /** Required. The fact ids (from src/vocabulary/facts.ts) the page carries, at least one. */
    facts: z
      .array(factIdSchema, required('facts', 'a list of the fact ids the page carries, for example [R1, E7].'))
      .min(1, 'List at least one fact id in `facts`.'),
    /** Required. When the page was last checked against the sources (YYYY-MM-DD). */
    reviewed: reviewedSchema,
    /** Defaulted to false. True marks pages about urgent action, shown first and styled as a warning. */
    urgent: z.boolean().default(false),
  })
  .strict();

/** A guidance page's validated frontmatter. */
export type GuidanceData = z.infer<typeof guidanceSchema>;
