import { describe, expect, it } from 'vitest';
import { fillPdfSlots, pagesOfHeadings, pdfLinkText, pdfOptions, readPrintSpec } from './pdf-pages.ts';

const article = (attributes: string) => `<main><article class="document" ${attributes}><h1>T</h1></article></main>`;

describe('readPrintSpec', () => {
  it('reads what a document page asks of its PDF', () => {
    const html = article(
      'data-pdf-document="poster" data-pdf-pages="exactly:1" data-pdf-page-numbers="false" data-pdf-title="Poster &amp; more"',
    );
    expect(readPrintSpec(html)).toEqual({ id: 'poster', title: 'Poster & more', pages: { exactly: 1 }, pageNumbers: false });
  });

  it('ignores pages that are not documents', () => {
    expect(readPrintSpec('<main><article><h1>Guidance</h1></article></main>')).toBeUndefined();
  });

  it('names the attribute when a page rule is unreadable', () => {
    expect(() => readPrintSpec(article('data-pdf-document="poster" data-pdf-pages="one"'))).toThrow(
      'Document "poster": data-pdf-pages should be "exactly:N" or "at-most:N".',
    );
  });
});

describe('pdfOptions', () => {
  const spec = { id: 'guidance', title: 'Guidance <1>', pages: { atMost: 30 }, pageNumbers: true };

  it('prints A4 with page numbers in the footer when the document has them', () => {
    const options = pdfOptions(spec);
    expect(options.format).toBe('A4');
    expect(options).toMatchObject({ displayHeaderFooter: true });
    expect('footerTemplate' in options && options.footerTemplate).toContain('<span class="pageNumber"></span>');
    expect('footerTemplate' in options && options.footerTemplate).toContain('Guidance &lt;1&gt;');
  });

  it('prints no footer on a one-page document', () => {
    expect(pdfOptions({ ...spec, pageNumbers: false })).not.toHaveProperty('displayHeaderFooter');
  });
});

describe('fillPdfSlots', () => {
  const slot =
    '<p class="pdf-link" data-pdf-slot="poster" data-pdf-href="/documents/poster.pdf" data-pdf-label="Download the poster">There is no PDF.</p>';

  it('links to a PDF that was made, with its page count and size', () => {
    const html = fillPdfSlots(`<div>${slot}</div>`, new Map([['poster', { pages: 1, bytes: 36_000 }]]));
    expect(html).toContain('<a href="/documents/poster.pdf">Download the poster (PDF, 1 page, 35 KB)</a>');
    expect(html).not.toContain('There is no PDF.');
  });

  it('leaves the slot saying there is no PDF when none was made', () => {
    expect(fillPdfSlots(slot, new Map())).toBe(slot);
  });

  it('escapes the label', () => {
    expect(pdfLinkText('Download “Leo” & co', { pages: 3, bytes: 2048 })).toBe('Download “Leo” & co (PDF, 3 pages, 2 KB)');
    const html = fillPdfSlots(slot.replace('Download the poster', 'A &amp; B'), new Map([['poster', { pages: 2, bytes: 1 }]]));
    expect(html).toContain('>A &amp; B (PDF, 2 pages, 1 KB)</a>');
  });
});

describe('pagesOfHeadings', () => {
  const pages = [
    'Contents 1. Consent 2. Contacts',
    'Intro text',
    '1. Con sent\nAsk first. See the contacts below.',
    'More',
    '2. Contacts\nCall',
  ];

  it('finds each heading in order, from the page of the one before, ignoring spacing', () => {
    expect(pagesOfHeadings(pages, ['1. Consent', '2. Contacts'], 2)).toEqual([3, 5]);
    expect(pagesOfHeadings(pages, ['1. Consent', '3. Missing', '2. Contacts'], 2)).toEqual([3, undefined, 5]);
  });

  it('does not match a heading before the first page it is told to look on', () => {
    expect(pagesOfHeadings(pages, ['Contents'], 2)).toEqual([undefined]);
    expect(pagesOfHeadings(pages, ['Contents'])).toEqual([1]);
  });
});
