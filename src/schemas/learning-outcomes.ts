import { z } from 'astro/zod';
import { required, slugSchema } from './common.ts';

/** One learning outcome on the training page. */
export const learningOutcomeSchema = z
  .object({
    /** Required. What participants can do, finishing "By the end of a session, participants can:", in lower case. */
    outcome: z.string(required('outcome', 'what participants can do by the end of a session.')).min(1),
    /** Required. The id of the guidance page that explains it (its file name in content/guidance/ without .mdx). */
    guidance: slugSchema,
  })
  .strict();

/** `content/learning-outcomes.yaml`. */
export const learningOutcomesFileSchema = z
  .object({
    /** Required. The learning outcomes, in the order the training page lists them, at least one. */
    outcomes: z
      .array(learningOutcomeSchema, {
        error: 'Add `outcomes`: a list of learning outcomes, each starting with "- outcome:" and with a `guidance` line.',
      })
      .min(1, 'List at least one learning outcome under `outcomes`.'),
  })
  .strict();

/** One validated learning outcome. */
export type LearningOutcome = z.infer<typeof learningOutcomeSchema>;
