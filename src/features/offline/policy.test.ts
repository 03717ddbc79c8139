import { describe, expect, test } from 'vitest';
import {
  CACHES,
  FIRST_VISIT_PAGES,
  NOTICE_DATE,
  NOTICE_HEADLINE,
  NOTICE_HIDDEN,
  OFFLINE_PAGE,
  SAVED_AT_HEADER,
  WORKER_URL,
  assetRefs,
  cacheFor,
  policyFor,
  revealNotice,
  savable,
  savedHeaders,
  savedPageList,
  sessionPages,
  withAssets,
} from './policy.ts';
import { WORKER_URL as REGISTERED_URL } from './register.ts';

const ORIGIN = 'https://site.example';
const policy = (path: string, { method = 'GET', navigate = false, origin = ORIGIN } = {}) =>
  policyFor(new URL(path, origin), ORIGIN, method, navigate);

describe('policyFor', () => {
  test('hashed files are kept for good', () => expect(policy('/_astro/Base.C5_Eacm8.css')).toBe('asset'));
  test('pages and other files go to the network first and are saved', () => {
    expect(policy('/guidance/consent/', { navigate: true })).toBe('page');
    expect(policy('/documents/scenario-leo-goes-quiet.pdf')).toBe('page');
    expect(policy('/favicon.svg')).toBe('page');
  });
  test('a page address with a query (what a person typed) is never saved', () => {
    expect(policy('/search/?q=my+child', { navigate: true })).toBe('network');
    expect(policy('/training/plan/?s-leo-goes-quiet=on', { navigate: true })).toBe('network');
    expect(policy('/_astro/x.js?v=1')).toBe('bypass');
  });
  test('other sites, other methods, search and the worker itself are left alone', () => {
    expect(policy('/', { origin: 'https://www.bbc.co.uk' })).toBe('bypass');
    expect(policy('/search/', { method: 'POST', navigate: true })).toBe('bypass');
    expect(policy('/pagefind/pagefind.js')).toBe('bypass');
    expect(policy('/sw.js')).toBe('bypass');
    expect(policy('/sw-kill-switch.js')).toBe('bypass');
  });
});

test('hashed files and everything else are kept apart', () => {
  expect(cacheFor('/_astro/a.js')).toBe(CACHES.assets);
  expect(cacheFor('/contacts/')).toBe(CACHES.pages);
});

test('the registered worker is the one the policy names', () => expect(REGISTERED_URL).toBe(WORKER_URL));

test('the offline page is saved on the first visit', () => expect(FIRST_VISIT_PAGES).toContain(OFFLINE_PAGE));

describe('assetRefs', () => {
  test('finds /_astro/ files in a page and the imports of a script', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/Base.x1.css"><astro-island component-url="/_astro/Presenter.y2.js" renderer-url="/_astro/client.z3.js">';
    expect(assetRefs(html)).toEqual(['/_astro/Base.x1.css', '/_astro/Presenter.y2.js', '/_astro/client.z3.js']);
    const js = 'const d=["_astro/finder.a.js"];import{t}from"./react.b.js";import(`./lazy.c.js`)';
    expect(assetRefs(js)).toEqual(['/_astro/finder.a.js', '/_astro/lazy.c.js', '/_astro/react.b.js']);
  });
  test('finds linked PDFs only when asked', () => {
    // A page built without PDFs only names its PDF in data-pdf-href, which is not a link.
    const html = '<p data-pdf-href="/documents/x.pdf"></p><a href="/documents/scenario-leo.pdf">PDF</a><a href="/guidance/">Guidance</a>';
    expect(assetRefs(html)).toEqual([]);
    expect(assetRefs(html, { pdfs: true })).toEqual(['/documents/scenario-leo.pdf']);
  });
});

test('withAssets follows a page to its scripts and their imports, once each', async () => {
  const files: Record<string, string> = {
    '/a/': '<script src="/_astro/one.js"></script><link href="/_astro/s.css"><a href="/d.pdf">',
    '/_astro/one.js': 'import"./two.js";',
    '/_astro/two.js': 'import"./one.js";',
  };
  const read = async (path: string) => files[path];
  expect((await withAssets(['/a/'], read)).sort()).toEqual(['/_astro/one.js', '/_astro/s.css', '/_astro/two.js', '/a/']);
  expect(await withAssets(['/a/'], read, { pdfs: true })).toContain('/d.pdf');
});

test('a session saves the training pages and, for each scenario, its four pages', () => {
  const pages = sessionPages(['leo']);
  expect(pages).toEqual(
    expect.arrayContaining([
      '/training/',
      '/training/planner/',
      '/training/plan/',
      '/training/present/leo/',
      '/training/notes/leo/',
      '/training/run-sheet/leo/',
      '/documents/scenarios/leo/',
    ]),
  );
  expect(sessionPages(['a', 'b'])).toHaveLength(3 + 8);
});

describe('revealNotice', () => {
  const page = `<section class="offline-notice"${NOTICE_HIDDEN}><p>${NOTICE_HEADLINE} This is a saved copy from ${NOTICE_DATE}.</p></section>`;
  test('shows the notice with the date it was saved', () => {
    const shown = revealNotice(page, '2026-12-06T22:30:00.000Z');
    expect(shown).not.toContain(' hidden');
    expect(shown).toContain('datetime="2026-12-06T22:30:00.000Z"');
    expect(shown).toMatch(/saved copy from <time data-saved-at datetime="[^"]+">\d{1,2} December 2026/);
  });
  test('says "an earlier visit" when the date is not known', () =>
    expect(revealNotice(page, null)).toContain('a saved copy from an earlier visit.'));
  test('leaves a page without a notice alone', () => expect(revealNotice('<p>Hi</p>', null)).toBe('<p>Hi</p>'));
  test('says the network is slow, not gone, when that is why the copy is shown', () => {
    const shown = revealNotice(page, null, 'slow');
    expect(shown).toContain('aria-label="Saved copy"');
    expect(shown).toContain('<strong>The network is slow.</strong> This is a saved copy');
    expect(shown).not.toMatch(/You are offline|aria-label="Offline"/);
  });
});

test('a saved copy keeps its headers but not its encoding, and is stamped', () => {
  const headers = savedHeaders(
    new Headers({ 'content-type': 'text/html', 'content-encoding': 'br', vary: 'Accept-Encoding', 'x-frame-options': 'DENY' }),
    new Date('2026-12-06T10:00:00Z'),
  );
  expect(headers.get('content-type')).toBe('text/html');
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.has('content-encoding')).toBe(false);
  expect(headers.has('vary')).toBe(false);
  expect(headers.get(SAVED_AT_HEADER)).toBe('2026-12-06T10:00:00.000Z');
});

test('only whole, successful answers from the site itself are saved', () => {
  const ok = { ok: true, status: 200, type: 'basic' as const, redirected: false };
  expect(savable(ok)).toBe(true);
  expect(savable({ ...ok, ok: false, status: 404 })).toBe(false);
  expect(savable({ ...ok, status: 206 })).toBe(false);
  expect(savable({ ...ok, type: 'opaque' })).toBe(false);
  expect(savable({ ...ok, redirected: true })).toBe(false);
});

test('the saved pages are listed by title, home first, without the offline page or files', () => {
  const list = savedPageList(
    [
      { path: '/contacts/', html: '<title>Contacts – Early help in Leeds</title>' },
      { path: '/offline/', html: '<title>You are offline – Early help in Leeds</title>' },
      { path: '/favicon.svg', html: '' },
      { path: '/', html: '<title>Right conversation: early help in Leeds</title>' },
      { path: '/guidance/consent/', html: '<title>Consent &amp; sharing – Early help in Leeds</title>' },
    ],
    (html) => html.replace('&amp;', '&'),
  );
  expect(list).toEqual([
    { path: '/', title: 'Right conversation: early help in Leeds' },
    { path: '/guidance/consent/', title: 'Consent & sharing' },
    { path: '/contacts/', title: 'Contacts' },
  ]);
});
