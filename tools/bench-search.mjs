#!/usr/bin/env node
/**
 * Search benchmark (`npm run bench:search`, after a build): what the site search and the
 * contact finder download and how long a search takes, measured in Chromium on the real
 * built site (dist/) and on a generated site of 2,000 pages. Bytes are as sent by a host
 * that compresses text with brotli. It prints figures; it passes or fails nothing.
 * `--verbose` lists every request of every search.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serveCounting } from './bench/counting-server.mjs';
import { generateSite } from './bench/generate-site.mjs';

const VERBOSE = process.argv.includes('--verbose');
const KB = (n) => `${(n / 1024).toFixed(1)} KB`;
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Runs one search from the search page; returns the time until its results are shown. */
async function timeSearch(page, query) {
  return page.evaluate(async (q) => {
    const form = document.querySelector('form[data-site-search]');
    const list = document.querySelector('[data-search-results]');
    form.querySelector('input[type="search"]').value = q;
    const start = performance.now();
    const done = new Promise((resolve) => {
      const check = () => list.dataset.query === q && resolve(performance.now() - start);
      new MutationObserver(check).observe(list, { attributes: true });
    });
    form.requestSubmit();
    return done;
  }, query);
}

/** Measures the site search on the site served at `origin`. */
async function benchSearch(browser, origin, meter, terms) {
  const page = await browser.newPage();
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  const arrival = meter.take();
  await page.focus('#search-input');
  await page.waitForSelector('form[data-site-search][data-ready]', { state: 'attached' });
  const onFocus = meter.take();
  const rows = [];
  for (const [i, term] of terms.entries()) {
    const ms = await timeSearch(page, term);
    const results = await page.locator('.search-result').count();
    const { bytes, requests } = meter.take();
    const all = i === 0 ? [...onFocus.requests, ...requests] : requests;
    rows.push({ term, ms, bytes: bytes + (i === 0 ? onFocus.bytes : 0), requests: all.length, results });
    if (VERBOSE) console.log(`    ${term}: ${all.join(', ')}`);
  }
  await page.close();
  return { arrival, rows };
}

function printSearch(title, { arrival, rows }) {
  console.log(`\n${title}`);
  console.log(`  search page on arrival: ${KB(arrival.bytes)} (${arrival.requests.length} requests; no search code)`);
  for (const [i, r] of rows.entries()) {
    const label = i === 0 ? 'first search' : 'further term';
    console.log(
      `  ${label.padEnd(12)} ${JSON.stringify(r.term).padEnd(22)} ${KB(r.bytes).padStart(9)} in ${String(r.requests).padStart(2)} requests, results in ${r.ms.toFixed(0).padStart(4)} ms (${r.results} shown)`,
    );
  }
  const further = rows.slice(1).map((r) => r.bytes);
  if (further.length > 0)
    console.log(`  further terms: at most ${KB(Math.max(...further))}, mean ${KB(further.reduce((a, b) => a + b, 0) / further.length)}`);
}

/** Measures the contact finder: JavaScript on arrival, and what its first use loads. */
async function benchFinder(browser, origin, meter) {
  const page = await browser.newPage();
  await page.goto(`${origin}/contacts/`, { waitUntil: 'networkidle' });
  const inline = await page.locator('script:not([src]):not([type*="json"])').evaluateAll((s) => s.map((e) => e.textContent ?? '').join(''));
  const arrival = meter.take().requests.filter((r) => r.includes('.js '));
  const start = Date.now();
  await page.fill('#contact-finder-input', 'out of hours');
  await page.waitForSelector('[data-contact-finder][data-ready]', { state: 'attached' });
  const firstUse = meter.take();
  console.log('\nContact finder (/contacts/)');
  console.log(
    `  JavaScript on arrival: ${arrival.map((r) => r.replace(/^\/_astro\//, '')).join(', ')} (+ ${inline.length} B inline, before compression)`,
  );
  console.log(
    `  first use: ${KB(firstUse.bytes)} in ${firstUse.requests.length} requests (${firstUse.requests.map((r) => r.split(' ')[0].replace(/^\/_astro\//, '')).join(', ')}), ready in ${Date.now() - start} ms`,
  );
  await page.close();
}

if (!existsSync('dist/pagefind/pagefind.js')) {
  console.error('No search index in dist/. Build first: npm run build');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const real = await serveCounting('dist');
await benchFinder(browser, real.origin, real.meter);
printSearch(
  'Site search, real site (dist/)',
  await benchSearch(browser, real.origin, real.meter, [
    'consent',
    'early help',
    'significant harm',
    'cluster',
    'recording',
    'who do I call at night',
  ]),
);
real.server.close();

const root = mkdtempSync(join(tmpdir(), 'search-bench-'));
try {
  const t0 = Date.now();
  const pages = await generateSite({ root, count: 2000 });
  console.log(`\nGenerated ${pages} pages and indexed them in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const big = await serveCounting(root);
  printSearch(
    'Site search, generated site of 2,000 pages',
    await benchSearch(browser, big.origin, big.meter, ['consent', 'assessment', 'practitioner', 'kobelu', 'family support', 'rimo']),
  );
  big.server.close();
} finally {
  rmSync(root, { recursive: true, force: true });
  await browser.close();
}
