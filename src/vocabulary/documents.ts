/**
 * The printable documents there are, by id: the words about each are in
 * content/documents.yaml (checked by src/rules/data-files.ts), and the rules of each
 * (its page, its PDF's page limit) in src/features/documents/documents.ts.
 */
export const DOCUMENT_IDS = ['guidance', 'poster', 'contacts-card', 'conversation-record'] as const;

/** The id of one of the fixed documents. */
export type DocumentId = (typeof DOCUMENT_IDS)[number];

/** The key in content/documents.yaml of the words every scenario handout shares. */
export const HANDOUT_WORDS = 'scenario-handout';
