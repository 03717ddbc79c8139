/**
 * The printable documents' rules: where each one's page is, how many A4 pages its PDF may
 * have, and which numbers it must carry. The pages under /documents/ render from this
 * list (with the words in content/documents.yaml), the PDF script (tools/build-pdfs.ts)
 * reads the rules back from the built HTML, and the tests hold every PDF to them, so a
 * rule written here cannot drift from what is checked.
 */
import type { DocumentWords } from '../../schemas/documents.ts';
import { HANDOUT_WORDS, type DocumentId } from '../../vocabulary/documents.ts';

export { HANDOUT_WORDS, type DocumentId };

/** How many A4 pages a document's PDF may have. */
export type PageRule = { readonly exactly: number } | { readonly atMost: number };

/** Which contacts' numbers a document must carry (the PDF tests check its text for them). */
export type Carries = 'all' | 'urgent';

/** The rules of one printable document: where it is and what its PDF must be. */
export interface DocumentRules {
  /** Lower-case words joined by hyphens; also names its PDF: /documents/<id>.pdf. */
  readonly id: string;
  /** The page that prints as this document. */
  readonly path: string;
  /** How many A4 pages its PDF may have. */
  readonly pages: PageRule;
  /** Whether the PDF has page numbers in its footer (pointless on a one-page document). */
  readonly pageNumbers: boolean;
  /** The contacts whose numbers it must show. */
  readonly carries: Carries;
}

/** One printable document: its rules, and its words from content/documents.yaml. */
export interface PrintDocument extends DocumentRules, Readonly<DocumentWords> {}

/**
 * The documents made from the guidance and the contacts, in the order the documents page
 * lists them. Their words (title, name, purpose) are in content/documents.yaml, by id.
 */
export const DOCUMENTS = [
  { id: 'guidance', path: '/documents/guidance/', pages: { atMost: 30 }, pageNumbers: true, carries: 'all' },
  { id: 'poster', path: '/documents/poster/', pages: { exactly: 1 }, pageNumbers: false, carries: 'urgent' },
  { id: 'contacts-card', path: '/documents/contacts-card/', pages: { exactly: 1 }, pageNumbers: false, carries: 'all' },
  { id: 'conversation-record', path: '/documents/conversation-record/', pages: { atMost: 3 }, pageNumbers: true, carries: 'urgent' },
] as const satisfies readonly (DocumentRules & { id: DocumentId })[];

/** The rules of one of the fixed documents, by its id. */
export function documentById(id: DocumentId): DocumentRules {
  const doc = DOCUMENTS.find((d) => d.id === id);
  if (!doc) throw new Error(`There is no document "${id}" in src/features/documents/documents.ts.`);
  return doc;
}

/** The scenario handouts are made one per scenario; this is the page rule they share. */
export const HANDOUT_PAGES: PageRule = { atMost: 4 };

/**
 * The handout for one scenario: its case, form and questions, with space for notes.
 * @param words the handouts' words, where {scenario} stands for the scenario's title
 */
export function handoutDocument(scenarioId: string, scenarioTitle: string, words: DocumentWords): PrintDocument {
  const fill = (text: string) => text.replaceAll('{scenario}', scenarioTitle);
  return {
    id: `scenario-${scenarioId}`,
    title: fill(words.title),
    name: fill(words.name),
    purpose: fill(words.purpose),
    path: `/documents/scenarios/${scenarioId}/`,
    pages: HANDOUT_PAGES,
    pageNumbers: true,
    carries: 'urgent',
  };
}

/** The address of a document's PDF. */
export function pdfHref(doc: Pick<PrintDocument, 'id'>): string {
  return `/documents/${doc.id}.pdf`;
}

/** A page rule as the `data-pdf-pages` attribute writes it: "exactly:1" or "at-most:30". */
export function pageRuleAttribute(rule: PageRule): string {
  return 'exactly' in rule ? `exactly:${rule.exactly}` : `at-most:${rule.atMost}`;
}

/** Reads a `data-pdf-pages` attribute back; undefined when it is not one. */
export function parsePageRule(text: string): PageRule | undefined {
  const match = /^(exactly|at-most):([1-9]\d*)$/.exec(text);
  if (!match) return undefined;
  const n = Number(match[2]);
  return match[1] === 'exactly' ? { exactly: n } : { atMost: n };
}

/** Whether a page count keeps to the rule. */
export function keepsToRule(rule: PageRule, count: number): boolean {
  return count >= 1 && ('exactly' in rule ? count === rule.exactly : count <= rule.atMost);
}

/** "1 page", "12 pages". */
export function pagesLabel(count: number): string {
  return count === 1 ? '1 page' : `${count} pages`;
}
