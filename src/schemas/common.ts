import { z } from 'astro/zod';
import { FACT_IDS, isFactId } from '../vocabulary/facts.ts';

/** A fact id from the sources, such as `R4` or `E13`. */
export const factIdSchema = z.string().refine(isFactId, {
  error: (issue) => `"${String(issue.input)}" is not a fact id. Use one of ${FACT_IDS.join(', ')} (see src/vocabulary/facts.ts).`,
});

/** The date a page was last checked against the sources, written YYYY-MM-DD. */
export const reviewedSchema = z.coerce.date({
  error: 'Add `reviewed`: the date someone last checked this page against the sources, as YYYY-MM-DD.',
});

/** An id of another entry: lower-case words joined by hyphens, like the file name without `.mdx`. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Write an id as lower-case words joined by hyphens, like a file name without ".mdx".');

/** Builds "Add `field`: what it is." messages for required fields. */
export function required(field: string, what: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? `Add \`${field}\`: ${what}` : `\`${field}\` is the wrong type. It should be ${what}`,
  };
}
