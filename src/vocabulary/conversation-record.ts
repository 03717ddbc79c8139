/**
 * The conversation record's words that code depends on: the kinds of question, and the
 * question whose answer names the saved file. Kept apart from the schema, so that the
 * form's browser script can use them without bundling zod (whose first parse tries eval,
 * which the site's Content Security Policy forbids).
 */

/** The kinds of question: a date is three boxes (day, month, year), as GOV.UK asks for dates. */
export const FIELD_KINDS = ['date', 'text', 'textarea', 'choice'] as const;

/** The id of the question whose answer names the saved file: conversation-record-<date>.txt. */
export const DATE_FIELD = 'date';
