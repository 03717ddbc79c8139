/**
 * Static checks of the built HTML: it is valid (html-validate, and the W3C Nu HTML
 * checker), and every internal link and #anchor points at something that exists.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { builtHtml, builtPages } from './support/site.ts';
import { findJava, VNU_JAR } from './support/java.ts';

const pages = builtPages();
const ids = new Map(pages.map((path) => [path, new Set([...builtHtml(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));

test('every page is valid HTML', async () => {
  const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
  const failures: string[] = [];
  for (const path of pages) {
    const report = await validator.validateString(builtHtml(path), path);
    for (const result of report.results) {
      for (const m of result.messages) failures.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(failures).toEqual([]);
});

test('every page passes the W3C Nu HTML checker', async () => {
  const java = findJava();
  // Without Java the check cannot run: it says so in the report, and CI never skips it.
  test.skip(!java && !process.env['CI'], 'No Java found (java on PATH or JAVA_HOME), so the W3C Nu HTML checker was not run.');
  expect(java, 'Java is needed for the W3C Nu HTML checker: install a Java runtime or set JAVA_HOME').toBeTruthy();
  const files = pages.map((path) => join('dist', path.endsWith('.html') ? path : join(path, 'index.html')));
  // vnu writes its JSON report to stderr and exits 1 when it finds errors.
  const report = await new Promise<string>((done, fail) =>
    execFile(java!, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) =>
      stderr.trim().startsWith('{') ? done(stderr) : fail(error ?? new Error(`vnu gave no report: ${stderr}`)),
    ),
  );
  const messages = (JSON.parse(report) as { messages: { type: string; url: string; lastLine?: number; message: string }[] }).messages;
  const errors = messages.map((m) => `${m.url.replace(/^file:.*?\/dist\//, 'dist/')}:${m.lastLine ?? 0} ${m.type}: ${m.message}`);
  expect(files.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

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
