import { z } from 'astro/zod';
import { required, slugSchema } from './common.ts';
import { DATE_FIELD, FIELD_KINDS } from '../vocabulary/conversation-record.ts';

/** One question on the form. */
export const recordFieldSchema = z
  .object({
    /** Required. The form control's name and id: lower-case words joined by hyphens, used once in the form. */
    id: slugSchema,
    /** Required. The question, as its label (or legend, for a choice or a date). */
    label: z.string(required('label', 'the question, as it is shown on the form.')).min(1),
    /** Optional. A hint under the label, read out with the question by screen readers. */
    hint: z.string().min(1).optional(),
    /** Required. What kind of answer: date, text (one line), textarea (several lines) or choice (one of `options`). */
    kind: z.enum(FIELD_KINDS, { error: `Add \`kind\`: one of ${FIELD_KINDS.join(', ')}.` }),
    /** For a textarea, optional (4 if left out): how many lines it shows, and so how much writing space it prints with. */
    rows: z.number({ error: '`rows` should be a whole number of lines, for example 5.' }).int().min(1).max(20).optional(),
    /** For a choice, required: the answers, one radio button each. */
    options: z.array(z.string().min(1)).min(2, 'A choice needs at least two `options`.').optional(),
  })
  .strict()
  .refine((f) => f.kind !== 'choice' || f.options !== undefined, {
    error: 'Add `options`: the answers to choose from, for example [Yes, No].',
    path: ['options'],
  })
  .refine((f) => f.kind === 'choice' || f.options === undefined, {
    error: 'Only a question of kind `choice` has `options`. Remove them, or set `kind: choice`.',
    path: ['options'],
  })
  .refine((f) => f.kind === 'textarea' || f.rows === undefined, {
    error: 'Only a question of kind `textarea` has `rows`. Remove it, or set `kind: textarea`.',
    path: ['rows'],
  });

/** A part of the form, printed and saved under its own heading. */
export const recordSectionSchema = z
  .object({
    /** Required. The heading of this part of the form. */
    heading: z.string(required('heading', 'the heading of this part of the form.')).min(1),
    /** Required. Its questions, in order, at least one. */
    fields: z.array(recordFieldSchema, required('fields', 'the questions in this part of the form.')).min(1),
  })
  .strict();

/** `content/conversation-record.yaml`: the conversation record's questions, and the note on a saved file. */
export const conversationRecordSchema = z
  .object({
    /** Required. The line under the title of a saved file, saying what the file is and is not. */
    savedNote: z.string(required('savedNote', 'the line under the title of a saved file, saying what it is.')).min(1),
    /** Required. The parts of the form, in order, at least one. */
    sections: z.array(recordSectionSchema, required('sections', 'the parts of the form, each with a heading and its questions.')).min(1),
  })
  .strict()
  .superRefine((record, ctx) => {
    const seen = new Set<string>();
    record.sections.forEach((section, s) =>
      section.fields.forEach((field, f) => {
        if (seen.has(field.id))
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'fields', f, 'id'],
            message: `The id \`${field.id}\` is used twice. Each question needs its own id: it names the answer in the form.`,
          });
        seen.add(field.id);
      }),
    );
    const date = record.sections.flatMap((s) => s.fields).find((f) => f.id === DATE_FIELD);
    if (date?.kind !== 'date')
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        message: `Keep a question with \`id: ${DATE_FIELD}\` and \`kind: date\`, the date of the conversation: the saved file is named after it.`,
      });
  });

/** One validated question. */
export type RecordField = z.infer<typeof recordFieldSchema>;
/** One validated part of the form. */
export type RecordSection = z.infer<typeof recordSectionSchema>;
/** The validated `content/conversation-record.yaml`. */
export type ConversationRecord = z.infer<typeof conversationRecordSchema>;
