/**
 * Static checks of the built site: every internal link and #anchor points at something
 * that exists, and the security headers and CSP are there. (The HTML itself is checked by
 * html-validate and the W3C Nu checker in `npm run test:html`, tools/check-html.mjs.)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtHtml, builtPages } from './support/site.ts';

const pages = builtPages();
const ids = new Map(pages.map((path) => [path, new Set([...builtHtml(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));

test('every internal link and anchor resolves', () => {
  const broken: string[] = [];
  for (const path of pages) {
    const html = builtHtml(path);
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (!href || /^(https?:|mailto:|tel:|data:)/.test(href)) continue;
      const url = new URL(href.replaceAll('&amp;', '&'), `http://site${path.endsWith('.html') ? '/' : path}`);
      const target = url.pathname;
      const file = target.endsWith('/') ? join('dist', target, 'index.html') : join('dist', target);
      if (!existsSync(file)) {
        broken.push(`${path}: link to ${href} (no ${file})`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('/') && !ids.get(target)?.has(anchor)) broken.push(`${path}: link to ${href} (no id "${anchor}")`);
    }
  }
  expect(broken).toEqual([]);
});

test('the security headers from public/_headers are sent, and each page carries a strict CSP', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  expect(headers['strict-transport-security']).toMatch(/max-age=\d{8,}/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  for (const path of pages) {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(builtHtml(path))?.[1] ?? '';
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  }
});
