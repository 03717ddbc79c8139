/**
 * What the PDF script and the tests read from, and write into, the built document pages.
 * Pure string work, so that it can be tested without a browser: finding a page's print
 * settings, the options for Playwright's page.pdf(), and filling in the PDF links.
 */
import { pagesLabel, parsePageRule, type PageRule } from './documents.ts';

/** What a document page asks of its PDF (read from the data-pdf-* attributes of its article). */
export interface PrintSpec {
  /** The document's id; the PDF is /documents/<id>.pdf. */
  readonly id: string;
  /** Its title, printed in the footer. */
  readonly title: string;
  readonly pages: PageRule;
  readonly pageNumbers: boolean;
}

/** A PDF that was made: its size in pages and bytes. */
export interface MadePdf {
  readonly pages: number;
  readonly bytes: number;
}

/** Reads one attribute from an opening tag's text. */
function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Undoes the escaping Astro applies to attribute values. */
function unescape(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The print settings of a built page, or undefined when it is not a document.
 * @throws {Error} when a document page's settings are unreadable, naming the attribute.
 */
export function readPrintSpec(html: string): PrintSpec | undefined {
  const tag = /<article\s[^>]*data-pdf-document="[^"]*"[^>]*>/.exec(html)?.[0];
  if (!tag) return undefined;
  const id = attribute(tag, 'data-pdf-document') ?? '';
  const rule = parsePageRule(attribute(tag, 'data-pdf-pages') ?? '');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new Error(`data-pdf-document="${id}" is not a document id.`);
  if (!rule) throw new Error(`Document "${id}": data-pdf-pages should be "exactly:N" or "at-most:N".`);
  return {
    id,
    title: unescape(attribute(tag, 'data-pdf-title') ?? id),
    pages: rule,
    pageNumbers: attribute(tag, 'data-pdf-page-numbers') === 'true',
  };
}

/** Margins in millimetres: a one-page document gets the whole sheet; a numbered one leaves room for its footer. */
const MARGIN = { plain: '10mm', side: '15mm', top: '15mm', footer: '18mm' } as const;

/** The options for Playwright's page.pdf(): A4, backgrounds, and page numbers where the document has them. */
export function pdfOptions(spec: PrintSpec) {
  const base = { format: 'A4', printBackground: true, tagged: true, outline: true } as const;
  if (!spec.pageNumbers) {
    return { ...base, margin: { top: MARGIN.plain, right: MARGIN.plain, bottom: MARGIN.plain, left: MARGIN.plain } };
  }
  return {
    ...base,
    margin: { top: MARGIN.top, right: MARGIN.side, bottom: MARGIN.footer, left: MARGIN.side },
    displayHeaderFooter: true,
    // An empty header: Chromium prints the date and title there unless it is given one.
    headerTemplate: '<span></span>',
    // Chromium draws the footer at a tiny default size unless the template sets one.
    footerTemplate: `<div style="font: 8pt system-ui, sans-serif; color: #484949; width: 100%; margin: 0 15mm; display: flex; justify-content: space-between;"><span>${escapeHtml(spec.title)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  };
}

/** "Download the poster (PDF, 1 page, 86 KB)". */
export function pdfLinkText(label: string, made: MadePdf): string {
  const kb = Math.max(1, Math.round(made.bytes / 1024));
  return `${label} (PDF, ${pagesLabel(made.pages)}, ${kb} KB)`;
}

/**
 * Puts a link to each PDF that was made into the PDF slots of a built page (see
 * src/features/documents/PdfLink.astro). Slots whose PDF was not made keep saying so.
 */
export function fillPdfSlots(html: string, made: ReadonlyMap<string, MadePdf>): string {
  return html.replace(/<p(\s[^>]*\sdata-pdf-slot="([^"]+)"[^>]*)>[\s\S]*?<\/p>/g, (whole, attributes: string, id: string) => {
    const pdf = made.get(id);
    const href = attribute(attributes, 'data-pdf-href');
    const label = attribute(attributes, 'data-pdf-label');
    if (!pdf || !href || !label) return whole;
    return `<p${attributes}><a href="${href}">${escapeHtml(pdfLinkText(unescape(label), pdf))}</a></p>`;
  });
}

/** Text compared without its spacing, which PDF text extraction does not keep reliably. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * The page (counting from 1) each heading is printed on, given the text of each page of
 * a PDF. Headings are looked for in order, each from the page of the one before, so a
 * title that is also mentioned earlier (in the contents list) is not mistaken for it.
 * `from` is the first page to look on. Undefined for a heading that is not found.
 */
export function pagesOfHeadings(pageTexts: readonly string[], headings: readonly string[], from = 1): (number | undefined)[] {
  const pages = pageTexts.map(squeeze);
  let start = from - 1;
  return headings.map((heading) => {
    const at = pages.findIndex((text, i) => i >= start && text.includes(squeeze(heading)));
    if (at < 0) return undefined;
    start = at;
    return at + 1;
  });
}
