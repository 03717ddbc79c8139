/**
 * Makes a PDF of each printable document after `astro build` (npm run build runs it):
 *
 *   node tools/build-pdfs.ts
 *
 * It serves dist/ on 127.0.0.1 (tools/serve-dist.mjs), opens each page under dist/documents/ whose article has
 * data-pdf-document, prints it to dist/documents/<id>.pdf with Chromium (Playwright's
 * page.pdf, so print CSS applies), checks its page count against the document's rule,
 * and writes the link, page count and size into the pages that offer it. A document with
 * a contents list is printed twice, the second time with page numbers in its contents.
 *
 * With no browser (or no Playwright, a dev dependency) it fails, saying how to get one:
 * PDFs are never skipped silently. SKIP_PDFS=1 builds without them, saying so loudly; the
 * pages then say that there is no PDF, and `npm test` fails on the missing files. A PDF
 * over its page rule fails.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { keepsToRule, pagesLabel, type PageRule } from '../src/features/documents/documents.ts';
import { fillPdfSlots, pdfOptions, readPrintSpec, type MadePdf, type PrintSpec } from '../src/features/documents/pdf-pages.ts';
import { findChromium, LAUNCH_ARGS } from './chromium.ts';
import { numberContents } from './pdf/contents.ts';
import { serve } from './serve-dist.mjs';

const DIST = resolve('dist');
const FOLDER = join(DIST, 'documents');
const say = (message: string) => console.log(`[pdfs] ${message}`);

interface BuiltPage {
  file: string;
  urlPath: string;
  html: string;
  spec: PrintSpec | undefined;
}

/** Every HTML page under dist/documents/, with its print settings if it is a document. */
async function builtPages(): Promise<BuiltPage[]> {
  const names = (await readdir(FOLDER, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.html'));
  return Promise.all(
    names.sort().map(async (name) => {
      const file = join(FOLDER, name);
      const html = await readFile(file, 'utf8');
      const urlPath =
        '/' +
        relative(DIST, file)
          .split(sep)
          .join('/')
          .replace(/index\.html$/, '');
      return { file, urlPath, html, spec: readPrintSpec(html) };
    }),
  );
}

function describeRule(rule: PageRule): string {
  return 'exactly' in rule ? `exactly ${pagesLabel(rule.exactly)}` : `at most ${pagesLabel(rule.atMost)}`;
}

/** Two tabs print side by side: most of the time goes on layout, and the machines have two cores. */
const TABS = 2;

/** Prints each document; returns what was made and any page-rule problems. */
async function makePdfs(documents: BuiltPage[], browserPath: string) {
  const { chromium } = await import('@playwright/test');
  const { getDocumentProxy } = await import('unpdf');
  // Port 0: any free port, so a build never clashes with a preview or test server already running.
  const server = await serve({ root: DIST, port: 0 });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: browserPath, args: LAUNCH_ARGS });
  const made = new Map<string, MadePdf>();
  const problems: string[] = [];
  const queue = documents.flatMap(({ urlPath, spec }) => (spec ? [{ urlPath, spec }] : []));

  const printNext = async (page: Page): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { urlPath, spec } = next;
      const response = await page.goto(origin + urlPath, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${urlPath} answered ${response?.status()} when printing it.`);
      let pdf = await page.pdf(pdfOptions(spec));
      if (await numberContents(page, new Uint8Array(pdf))) pdf = await page.pdf(pdfOptions(spec));
      const pages = (await getDocumentProxy(new Uint8Array(pdf))).numPages;
      await writeFile(join(FOLDER, `${spec.id}.pdf`), pdf);
      made.set(spec.id, { pages, bytes: pdf.length });
      say(`${spec.id}.pdf: ${pagesLabel(pages)}, ${Math.round(pdf.length / 1024)} KB`);
      if (!keepsToRule(spec.pages, pages)) {
        problems.push(
          `dist/documents/${spec.id}.pdf ("${spec.title}", from ${urlPath}) has ${pagesLabel(pages)}, but it must have ${describeRule(spec.pages)}. ` +
            'Shorten what the page shows, or tighten its layout in the print section of src/styles/global.css, or change its page rule in src/features/documents/documents.ts if the document should be longer.',
        );
      }
    }
  };
  try {
    const tabs = await Promise.all(Array.from({ length: TABS }, () => browser.newPage()));
    await Promise.all(tabs.map(printNext));
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
  return { made, problems };
}

async function main(): Promise<number> {
  if (!existsSync(FOLDER)) {
    console.error('[pdfs] There is no dist/documents/: run `astro build` first (npm run build does both).');
    return 1;
  }
  const started = Date.now();
  const pages = await builtPages();
  const documents = pages.filter((p) => p.spec);
  let made = new Map<string, MadePdf>();
  let problems: string[] = [];

  const playwright = await import('@playwright/test').catch(() => undefined);
  let ownChromium: string | undefined;
  try {
    ownChromium = playwright?.chromium.executablePath();
  } catch {
    ownChromium = undefined;
  }
  const browser = playwright ? findChromium(ownChromium) : { why: 'Playwright is not installed (it is a dev dependency)' };
  if (process.env['SKIP_PDFS']) {
    console.warn(
      `[pdfs] WARNING: SKIP_PDFS is set, so no PDFs were made. The documents pages say there is no PDF, and \`npm test\` will fail.`,
    );
  } else if (browser.path) {
    ({ made, problems } = await makePdfs(documents, browser.path));
  } else {
    console.error(
      `[pdfs] Could not make the PDFs: ${browser.why}. ` +
        'Run `npm test` or `npm start` once (they set up a browser), or set SKIP_PDFS=1 to build without PDFs.',
    );
    return 1;
  }

  for (const page of pages) {
    const filled = fillPdfSlots(page.html, made);
    if (filled !== page.html) await writeFile(page.file, filled);
  }
  if (made.size > 0) say(`Made ${made.size} PDFs in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  for (const problem of problems) console.error(`[pdfs] ${problem}`);
  return problems.length > 0 ? 1 : 0;
}

process.exitCode = await main();
