import { z } from 'astro/zod';

/** A short label, one line. */
const label = z.string().min(1);

/**
 * `content/facts.yaml`: the labels of the facts the site carries, and the names of the
 * two source documents. The fact ids themselves are fixed in src/vocabulary/facts.ts; the
 * build checks that this file labels each of them, and nothing else
 * (src/rules/data-files.ts).
 */
export const factsFileSchema = z
  .object({
    /** Required. Each source document's name, by the letter its facts' ids start with: `R: Right conversation, …`. */
    sources: z.record(z.string(), label, {
      error: 'Add `sources`: the name of each source document, by the letter its facts’ ids start with, such as `R: Early help`.',
    }),
    /** Required. Each fact's label, by its id: `R1: Continual assessment …`. A short reminder for reviewers, in our own words. */
    facts: z.record(z.string(), label, {
      error: 'Add `facts`: each fact’s id and a short label, one a line, such as `R1: Continual assessment …`.',
    }),
  })
  .strict();

/** The validated `content/facts.yaml`. */
export type FactsFile = z.infer<typeof factsFileSchema>;
