import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uncarriedFacts } from '../vocabulary/facts.ts';
import { checkContentFolder, checkContentRoot } from './content-checks.ts';
import { readFrontmatter } from './frontmatter.ts';

/** The `facts:` list of each guidance page, read from its frontmatter. */
function guidanceFacts(): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  for (const file of readdirSync('content/guidance').filter((f) => f.endsWith('.mdx'))) {
    const facts = readFrontmatter(readFileSync(join('content/guidance', file), 'utf8'))?.['facts'];
    pages.set(file, Array.isArray(facts) ? facts.map(String) : []);
  }
  return pages;
}

describe('the real content', () => {
  it('carries every fact from the sources on at least one guidance page', () => {
    expect(uncarriedFacts(guidanceFacts().values())).toEqual([]);
  });

  it('passes the content checks (frontmatter, no hand-typed numbers, no broken references)', () => {
    expect(checkContentRoot('content')).toEqual([]);
    expect(checkContentFolder('content')).toEqual([]);
  });

  it('has at least 20 glossary terms', () => {
    expect(readdirSync('content/glossary').filter((f) => f.endsWith('.mdx')).length).toBeGreaterThanOrEqual(20);
  });

  it('has every contact the sources name', () => {
    const names = readdirSync('content/contacts').map((f) => readFileSync(join('content/contacts', f), 'utf8'));
    for (const name of [
      'Duty and Advice Team',
      "Children's Emergency Duty Team",
      'Early Help Assessment support',
      'Contact Centre',
      'Family Information Service',
      'Integrated Processes Team',
      'Leeds Safeguarding Children Board',
    ]) {
      expect(
        names.some((text) => text.includes(`name: ${name}\n`)),
        name,
      ).toBe(true);
    }
  });
});
