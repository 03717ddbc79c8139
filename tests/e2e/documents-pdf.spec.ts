/**
 * Every printable document as the build printed it (tools/build-pdfs.ts, with the
 * page.pdf() options of src/features/documents/pdf-pages.ts): one build, whose PDFs are the ones the site
 * offers, checked here rather than printed again. Its pages are A4, their number keeps to
 * the document's rule (the poster and the contacts card exactly one), and its text, read
 * back out of the PDF, holds the numbers it must carry. Then the PDFs are offered on the
 * documents page with their real page counts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { DOCUMENTS, keepsToRule, pagesLabel, type Carries } from '../../src/features/documents/documents.ts';
import { readPrintSpec, type PrintSpec } from '../../src/features/documents/pdf-pages.ts';
import { contacts as contactEntries, guidancePages, scenarioIds } from './support/content.ts';
import { builtHtml } from './support/site.ts';

/** Every page under dist/documents/ that prints as a document. */
function documentPages(): { path: string; spec: PrintSpec }[] {
  return readdirSync('dist/documents', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/documents/${f.replace(/\\/g, '/').replace(/index\.html$/, '')}`.replace(/\/\/$/, '/'))
    .flatMap((path) => {
      const spec = readPrintSpec(builtHtml(path));
      return spec ? [{ path, spec }] : [];
    })
    .sort((a, b) => a.spec.id.localeCompare(b.spec.id));
}

/** Each contact's number (national digits) or web address, and whether it is in the urgent panel. */
function contactsOnFile(): { file: string; shows: string; urgent: boolean }[] {
  return contactEntries().map((c) => ({
    file: `content/contacts/${c.id}.mdx`,
    shows: c.phone ? c.phone.national : (c.website ?? '').replace(/^https:\/\//, '').replace(/\/$/, ''),
    urgent: c.urgent !== undefined,
  }));
}

/** Handouts carry the urgent numbers; the fixed documents say what they carry in src/features/documents/documents.ts. */
function carries(id: string): Carries {
  return DOCUMENTS.find((d) => d.id === id)?.carries ?? 'urgent';
}

/** A4 in PDF points. */
const A4 = { width: 595.28, height: 841.89 };
const pages = documentPages();
const contacts = contactsOnFile();

test('every document is there to print: the guidance, poster, contacts card, record, and a handout per scenario', () => {
  const ids = pages.map((p) => p.spec.id);
  for (const doc of DOCUMENTS) expect(ids, `${doc.path} should be built as a document`).toContain(doc.id);
  const scenarios = scenarioIds();
  expect(scenarios.length).toBeGreaterThan(0);
  for (const id of scenarios) expect(ids).toContain(`scenario-${id}`);
  expect(contacts.filter((c) => c.urgent).length).toBeGreaterThanOrEqual(4);
});

for (const { spec } of pages) {
  test(`${spec.id} prints on A4 within its page rule and shows its numbers`, async () => {
    const file = `dist/documents/${spec.id}.pdf`;
    expect(existsSync(file), `${file} is missing: build with \`npm run build\`, which makes the PDFs after \`astro build\``).toBe(true);
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));

    if (spec.id === 'poster' || spec.id === 'contacts-card') expect(pdf.numPages, `${spec.id} must fit one page`).toBe(1);
    expect(
      keepsToRule(spec.pages, pdf.numPages),
      `${spec.id} has ${pagesLabel(pdf.numPages)}; its rule is ${JSON.stringify(spec.pages)}`,
    ).toBe(true);
    for (let n = 1; n <= pdf.numPages; n++) {
      const { width, height } = (await pdf.getPage(n)).getViewport({ scale: 1 });
      // Chromium rounds A4 to its own inches, so allow a point or two.
      expect(Math.abs(width - A4.width), `page ${n} of ${spec.id} is ${width} pt wide, not A4`).toBeLessThan(2);
      expect(Math.abs(height - A4.height), `page ${n} of ${spec.id} is ${height} pt high, not A4`).toBeLessThan(2);
    }

    const { text } = await extractText(pdf, { mergePages: true });
    const squeezed = text.replace(/\s+/g, '');
    const wanted = contacts.filter((c) => c.shows !== '' && (carries(spec.id) === 'all' || c.urgent));
    for (const contact of wanted) expect(squeezed, `${spec.id} should show ${contact.shows} (${contact.file})`).toContain(contact.shows);
    if (spec.pageNumbers) expect(text).toContain(`Page 1 of ${pdf.numPages}`);
  });
}

test('the built site offers each PDF, with its real page count', async () => {
  const index = builtHtml('/documents/');
  for (const { spec } of pages) {
    const file = `dist/documents/${spec.id}.pdf`;
    expect(existsSync(file), `${file} is missing: build with \`npm run build\`, which makes the PDFs after \`astro build\``).toBe(true);
    const count = (await getDocumentProxy(new Uint8Array(readFileSync(file)))).numPages;
    const link = new RegExp(`<a href="/documents/${spec.id}\\.pdf">[^<]*\\(PDF, ${pagesLabel(count)}, \\d+ KB\\)</a>`);
    expect(index, `the documents page should link to ${spec.id}.pdf saying ${pagesLabel(count)}`).toMatch(link);
    expect(builtHtml(`/documents/${spec.id.startsWith('scenario-') ? `scenarios/${spec.id.slice(9)}` : spec.id}/`)).toMatch(link);
  }
});

test("the guidance PDF's contents list gives the page each section starts on", async () => {
  const file = 'dist/documents/guidance.pdf';
  expect(existsSync(file), `${file} is missing: build with \`npm run build\``).toBe(true);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(file))), { mergePages: false });
  const contents = (text[0] ?? '').replace(/\s+/g, ' ').split(' Contents ')[1] ?? '';
  const entries = [...contents.matchAll(/(\d+)\. (.+?), page (\d+)/g)].map(([, n, title, page]) => ({
    heading: `${n}. ${title}`,
    page: Number(page),
  }));
  const sections = guidancePages().length + 2;
  expect(entries.map((e) => e.heading.split('.')[0])).toEqual(Array.from({ length: sections }, (_, i) => String(i + 1)));
  for (const { heading, page } of entries) {
    expect((text[page - 1] ?? '').replace(/\s+/g, ''), `"${heading}" should start on page ${page}`).toContain(heading.replace(/\s+/g, ''));
  }
});
