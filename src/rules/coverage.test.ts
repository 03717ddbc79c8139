import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder, checkContentRoot } from './content-checks.ts';

describe('the real content', () => {
  it('passes the content checks (frontmatter, every fact carried, no hand-typed numbers, no broken references)', () => {
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
