/**
 * What the browser tests need to know about the built site: every page, found by
 * reading dist/ (so a new page is tested without editing a list), and the contacts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const DIST = 'dist';

/** Every built HTML page as a URL path, for example "/guidance/consent/". */
export function builtPages(): string[] {
  const paths = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map(
      (f) =>
        '/' +
        f
          .replace(/\\/g, '/')
          .replace(/index\.html$/, '')
          .replace(/\.html$/, '/'),
    )
    .map((p) => (p === '/404/' ? '/404.html' : p));
  return paths.sort();
}

/** The HTML of a built page, read from disk. */
export function builtHtml(path: string): string {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return readFileSync(join(DIST, file), 'utf8');
}

/** The phone numbers of every contact entry, as national digits. */
export function contactNumbers(): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const file of readdirSync('content/contacts')) {
    const text = readFileSync(join('content/contacts', file), 'utf8');
    const phone = /^phone:\s*['"]?([^'"\n]+)['"]?\s*$/m.exec(text)?.[1];
    if (phone) numbers.set(phone.replace(/\D/g, ''), file);
  }
  return numbers;
}

/**
 * Runs axe with the tags the project holds itself to and returns the violations: on the
 * whole page, or only within `include` (a CSS selector) when the rest has been scanned.
 */
export async function axeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}
