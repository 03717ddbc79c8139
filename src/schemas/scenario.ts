import { z } from 'astro/zod';
import { factIdSchema, required, slugSchema } from './common.ts';
import { DIMENSIONS, ROLES, THEMES, type Dimension, type Role, type Theme } from '../vocabulary/scenario.ts';

/**
 * A practice scenario: one YAML file in `content/scenarios/`, named after its id.
 * One fictional case, played two ways: the checklist route (tick the indicators on a
 * levels-of-need form, whose rule decides the service) and the conversation route (a graph of steps and choices).
 * Both routes end in endings scored on the same outcome dimensions.
 */

export { DIMENSIONS, ROLES, THEMES, type Dimension, type Role, type Theme } from '../vocabulary/scenario.ts';

const score = z.number().int().min(0, 'Scores run from 0 to 4.').max(4, 'Scores run from 0 to 4.');

/** Scores on every dimension. */
export const outcomesSchema = z
  .object(Object.fromEntries(Object.keys(DIMENSIONS).map((d) => [d, score])) as Record<Dimension, typeof score>, {
    error: `Add \`outcomes\` with a score from 0 to 4 for each of: ${Object.keys(DIMENSIONS).join(', ')}.`,
  })
  .strict();

/** Links from feedback and debriefs to the rest of the site, checked at build time. */
const linksSchema = {
  /** Defaulted to []. Ids of guidance pages (content/guidance/<id>.mdx) that explain why. */
  guidance: z.array(slugSchema).default([]),
  /** Defaulted to []. Ids of glossary terms (content/glossary/<id>.mdx). */
  glossary: z.array(slugSchema).default([]),
  /** Defaulted to []. Ids of contacts (content/contacts/<id>.mdx); shown with their numbers. */
  contacts: z.array(slugSchema).default([]),
  /** Defaulted to []. Fact ids the feedback rests on. */
  facts: z.array(factIdSchema).default([]),
};

/** An ending of either route. */
export const endingSchema = z
  .object({
    /** Required. Unique within the scenario (steps and endings share one set of ids). */
    id: slugSchema,
    /** Required. A short title, such as "Support that fits". */
    title: z.string(required('title', 'a short title for the ending.')).min(1),
    /** Required. What happened to the child and family, in a few sentences. */
    text: z.string(required('text', 'what happened to the child and family.')).min(1),
    /** Required. Scores on every dimension, 0 to 4. */
    outcomes: outcomesSchema,
    /** Required. The debrief: why it turned out this way, what to take from it. */
    debrief: z.string(required('debrief', 'why it turned out this way and what to learn from it.')).min(1),
    /**
     * Optional. Why this ending's text, outcomes and debrief hold for every route that
     * reaches it. Needed only when both a route with a weak choice and a route without
     * one reach it (see src/rules/scenario/teaching.ts).
     */
    fitsEveryRoute: z.string().min(1).optional(),
    ...linksSchema,
  })
  .strict();

/** A choice on the conversation route. */
export const choiceSchema = z
  .object({
    /** Required. Unique within its step. */
    id: slugSchema,
    /** Required. What the player chooses to do, in the first person: "Ring the school nurse". */
    label: z.string(required('label', 'what the player chooses to do.')).min(1),
    /** Required. The id of the step or ending this choice leads to. */
    next: slugSchema,
    /** Required. Feedback shown after choosing: why this helps or does not. */
    feedback: z.string(required('feedback', 'why this choice helps the child or does not.')).min(1),
    /** Required. How good the choice is: "strong", "mixed" or "weak". */
    quality: z.enum(['strong', 'mixed', 'weak'], { error: 'Add `quality`: strong, mixed or weak.' }),
    ...linksSchema,
  })
  .strict();

/** A step on the conversation route. */
export const stepSchema = z
  .object({
    /** Required. Unique within the scenario. */
    id: slugSchema,
    /** Required. A short heading for the step. */
    title: z.string(required('title', 'a short heading for the step.')).min(1),
    /** Required. What happens, in a few short paragraphs (blank lines between). */
    text: z.string(required('text', 'what happens at this step.')).min(1),
    /** Required. The question put to the player, such as "What do you do next?". */
    prompt: z.string(required('prompt', 'the question put to the player.')).min(1),
    /** Required. Two to four choices. */
    choices: z.array(choiceSchema).min(2, 'Give each step at least two choices.').max(4, 'Give a step at most four choices.'),
    /** Defaulted to []. Questions a trainer can put to the room before the choice is revealed. */
    discussion: z.array(z.string()).default([]),
    /** Optional. Notes for the trainer (shown in the speaker notes). */
    facilitatorNotes: z.string().optional(),
    ...linksSchema,
  })
  .strict();

/** One indicator on the checklist route's form. */
export const checklistItemSchema = z
  .object({
    /** Required. Unique within the checklist. */
    id: slugSchema,
    /** Required. The indicator as a levels-of-need form words it: "Attendance below 90% this term". */
    label: z.string(required('label', 'the indicator as the form words it.')).min(1),
    /** Required. The id of the level of need this indicator points to (one of `checklist.levels`). */
    level: slugSchema,
    /** Required. Whether the case facts support ticking it (shown after submitting). */
    applies: z.boolean(required('applies', 'true if the facts of the case support ticking it.')),
  })
  .strict();

/**
 * A level of need on the checklist's form, and the service the form decides at that level.
 * The form decides the highest level whose `min` is met, counting the ticked indicators
 * at that level or a higher one; the first level is what it decides when no other is met.
 */
export const levelSchema = z
  .object({
    /** Required. Unique within the checklist; indicators name it in their `level`. */
    id: slugSchema,
    /** Required. The level as the form names it, such as "Level 2: Targeted". */
    name: z.string(required('name', 'the level as the form names it, such as "Level 2: Targeted".')).min(1),
    /**
     * Required on every level but the first, which must not have it. How many ticked
     * indicators at this level or a higher one make the form decide this level.
     */
    min: z
      .number(required('min', 'how many ticked indicators at this level or above reach it.'))
      .int()
      .min(1, '`min` is at least 1: the first level is what the form decides when nothing reaches another.')
      .optional(),
    /** Required. The service the form decides at this level, such as "Universal: no further action". */
    service: z.string(required('service', 'the service the form decides at this level.')).min(1),
    /** Required. The id of the checklist ending this level leads to. */
    ending: slugSchema,
  })
  .strict();

/** A scenario file. */
export const scenarioSchema = z
  .object({
    /** Required. The scenario's title. */
    title: z.string(required('title', 'the scenario title.')).min(1),
    /** Required, and must be true: every case is fictional, and the site says so. */
    fictional: z.literal(true, { error: 'Set `fictional: true`: every case must be fictional, and the page says so.' }),
    /** Required. One sentence on what the scenario teaches, shown in the library. */
    teaches: z.string(required('teaches', 'one sentence on what the scenario teaches.')).min(1),
    /** Required. The starting practitioner's role. */
    role: z.enum(Object.keys(ROLES) as [Role], { error: `Add \`role\`: one of ${Object.keys(ROLES).join(', ')}.` }),
    /** Required. One to four themes. */
    themes: z
      .array(z.enum(Object.keys(THEMES) as [Theme], { error: `Each theme is one of ${Object.keys(THEMES).join(', ')}.` }))
      .min(1)
      .max(4),
    /** Required. About how many minutes it takes to play both routes alone. */
    minutes: z.number(required('minutes', 'about how many minutes both routes take to play.')).int().positive(),
    /** Required. The case as the player first meets it: a few short paragraphs. */
    case: z.string(required('case', 'the case as the player first meets it.')).min(1),
    /** Required. Two to five learning points for the debrief and the trainer. */
    learningPoints: z.array(z.string()).min(2).max(5),
    /** Required. The checklist route. */
    checklist: z
      .object({
        /** Required. How the form is introduced. */
        intro: z.string().min(1),
        /** Required. Two to four levels of need, lowest first. */
        levels: z
          .array(levelSchema)
          .min(2, 'Give the form at least two levels of need.')
          .max(4, 'Give the form at most four levels of need.'),
        /** Required. The indicators to tick: three to twelve. */
        items: z
          .array(checklistItemSchema)
          .min(3, 'Give the form at least three indicators.')
          .max(12, 'Give the form at most twelve indicators.'),
        /** Required. Endings of the checklist route. */
        endings: z.array(endingSchema).min(1),
      })
      .strict(),
    /** Required. The conversation route. */
    conversation: z
      .object({
        /** Required. The id of the first step. */
        start: slugSchema,
        /** Required. The steps. */
        steps: z.array(stepSchema).min(3),
        /** Required. Endings of the conversation route. */
        endings: z.array(endingSchema).min(2),
      })
      .strict(),
    ...linksSchema,
  })
  .strict();

/** A scenario's validated data. */
export type Scenario = z.infer<typeof scenarioSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type Ending = z.infer<typeof endingSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Outcomes = z.infer<typeof outcomesSchema>;
