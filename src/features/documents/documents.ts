/**
 * The printable documents: what each is for, where its page is, and how many A4 pages
 * its PDF may have. The pages under /documents/ render from this list, the PDF script
 * (tools/build-pdfs.mjs) reads the rules back from the built HTML, and the tests hold
 * every PDF to them, so a rule written here cannot drift from what is checked.
 */

/** How many A4 pages a document's PDF may have. */
export type PageRule = { readonly exactly: number } | { readonly atMost: number };

/** Which contacts' numbers a document must carry (the PDF tests check its text for them). */
export type Carries = 'all' | 'urgent';

/** One printable document. */
export interface PrintDocument {
  /** Lower-case words joined by hyphens; also names its PDF: /documents/<id>.pdf. */
  readonly id: string;
  /** Its title, as printed on it. */
  readonly title: string;
  /** How a sentence names it: "the poster". */
  readonly name: string;
  /** What it is for, in one plain sentence, shown on the documents page. */
  readonly purpose: string;
  /** The page that prints as this document. */
  readonly path: string;
  /** How many A4 pages its PDF may have. */
  readonly pages: PageRule;
  /** Whether the PDF has page numbers in its footer (pointless on a one-page document). */
  readonly pageNumbers: boolean;
  /** The contacts whose numbers it must show. */
  readonly carries: Carries;
}

/** The documents made from the guidance and the contacts, in the order the documents page lists them. */
export const DOCUMENTS = [
  {
    id: 'guidance',
    name: 'the guidance',
    title: 'Right conversation, right people, right time: early help in Leeds',
    purpose: 'All the guidance in one document, with a contents list, the words it uses and every contact, to read on paper or share.',
    path: '/documents/guidance/',
    pages: { atMost: 30 },
    pageNumbers: true,
    carries: 'all',
  },
  {
    id: 'poster',
    name: 'the poster',
    title: 'Right conversation, right people, right time (poster)',
    purpose:
      'The approach in brief and the numbers to call, for a staff room or noticeboard. It prints on A4 and is clear enough to enlarge to A3.',
    path: '/documents/poster/',
    pages: { exactly: 1 },
    pageNumbers: false,
    carries: 'urgent',
  },
  {
    id: 'contacts-card',
    name: 'the contacts card',
    title: 'Who to call about a child in Leeds (contacts card)',
    purpose: 'Every contact, who it is for and the number to call, on one side of A4 that folds in half to keep in a bag or diary.',
    path: '/documents/contacts-card/',
    pages: { exactly: 1 },
    pageNumbers: false,
    carries: 'all',
  },
  {
    id: 'conversation-record',
    name: 'the conversation record',
    title: 'Conversation record',
    purpose:
      'A form to record a quality conversation about a child: who took part, the concerns and needs, what was agreed and when it will be reviewed. Print it blank or fill it in on screen.',
    path: '/documents/conversation-record/',
    pages: { atMost: 3 },
    pageNumbers: true,
    carries: 'urgent',
  },
] as const satisfies readonly PrintDocument[];

/** The id of one of the fixed documents. */
export type DocumentId = (typeof DOCUMENTS)[number]['id'];

/** One of the fixed documents by its id. */
export function documentById(id: DocumentId): PrintDocument {
  const doc = DOCUMENTS.find((d) => d.id === id);
  if (!doc) throw new Error(`There is no document "${id}" in src/features/documents/documents.ts.`);
  return doc;
}

/** The scenario handouts are made one per scenario; this is the page rule they share. */
export const HANDOUT_PAGES: PageRule = { atMost: 4 };

/** The handout for one scenario: its case, form and questions, with space for notes. */
export function handoutDocument(scenarioId: string, scenarioTitle: string): PrintDocument {
  return {
    id: `scenario-${scenarioId}`,
    title: `${scenarioTitle}: scenario handout`,
    name: `the handout for “${scenarioTitle}”`,
    purpose: 'The case, the form and the questions to discuss, with space for notes. It gives no answers.',
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
