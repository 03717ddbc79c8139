/**
 * The frontmatter checks (src/rules/frontmatter.ts), each shown failing on a small entry
 * with one thing wrong. The messages are locked with inline snapshots: they are what an
 * author reads in the build output.
 */
import { describe, expect, it } from 'vitest';
import type { KnownIds } from './content-text.ts';
import { checkDuplicateNumbers, checkEntryText, readFrontmatter } from './frontmatter.ts';

const known: KnownIds = {
  contacts: new Set(['duty-and-advice']),
  glossary: new Set(['cluster', 'targeted-services']),
  guidance: new Set(['consent']),
};
const page = (frontmatter: string) => `---\n${frontmatter}\n---\n\nSome words.\n`;
const GOOD_PAGE = 'title: Consent\ndescription: Always consider consent.\norder: 1\nfacts: [R13]\nreviewed: 2026-12-06';

describe('checkEntryText', () => {
  it('passes a sound guidance page', () => {
    expect(checkEntryText(page(GOOD_PAGE), 'content/guidance/consent.mdx', 'guidance', known)).toEqual([]);
  });

  it('names a misspelt key, its line, and the field it was meant to be', () => {
    const text = page(GOOD_PAGE.replace('reviewed:', 'reveiwed:'));
    expect(checkEntryText(text, 'content/guidance/consent.mdx', 'guidance', known)).toMatchInlineSnapshot(`
      [
        "content/guidance/consent.mdx (line 6): reveiwed: \`reveiwed\` is not a field here. Did you mean \`reviewed\`? Correct its name (see src/schemas/guidance.ts).",
      ]
    `);
  });

  it('gives the line of a bad value', () => {
    const text = page(GOOD_PAGE.replace('order: 1', 'order: first'));
    expect(checkEntryText(text, 'content/guidance/consent.mdx', 'guidance', known)).toEqual([
      'content/guidance/consent.mdx (line 4): order: `order` is the wrong type. It should be a number giving its place in the guidance list (lower comes first).',
    ]);
  });

  it("turns zod wording into an author's words for a field the schema gives no message of its own", () => {
    const text = page('term: Cluster\nsummary: A group of schools.\nsynonyms: cluster support');
    const [message] = checkEntryText(text, 'content/glossary/cluster.mdx', 'glossary', known);
    expect(message).toBe(
      'content/glossary/cluster.mdx (line 4): synonyms: `synonyms` is the wrong kind of value: expected array, received string (see src/schemas/glossary.ts).',
    );
  });

  it('names a related glossary id that does not exist, with its line and a suggestion', () => {
    const text = page('term: Cluster\nsummary: A group of schools.\nrelated: [targeted-service, nowhere]');
    expect(checkEntryText(text, 'content/glossary/cluster.mdx', 'glossary', known)).toMatchInlineSnapshot(`
      [
        "content/glossary/cluster.mdx (line 4): related.0: \`related\` lists \`targeted-service\`, but there is no content/glossary/targeted-service.mdx. Did you mean \`targeted-services\`? Use the id of a glossary term (its file name without .mdx).",
        "content/glossary/cluster.mdx (line 4): related.1: \`related\` lists \`nowhere\`, but there is no content/glossary/nowhere.mdx. Use the id of a glossary term (its file name without .mdx).",
      ]
    `);
  });

  it('asks for frontmatter when a file has none', () => {
    expect(checkEntryText('Just words.\n', 'content/glossary/x.mdx', 'glossary', known)).toEqual([
      'content/glossary/x.mdx (line 1): the file has no frontmatter. Start it with a line of three hyphens (---), then its fields, then another line of three hyphens (see src/schemas/glossary.ts).',
    ]);
  });

  it('reports frontmatter that is not YAML, with its line', () => {
    const [message] = checkEntryText(page('term: Cluster\nsummary: [unclosed'), 'content/glossary/x.mdx', 'glossary', known);
    expect(message).toMatch(/^content\/glossary\/x\.mdx \(line \d+\): the frontmatter is not valid YAML: /);
  });
});

describe('readFrontmatter', () => {
  it('reads a block-style list as well as a flow-style one', () => {
    expect(readFrontmatter('---\nfacts:\n  - R1\n  - E7\n---\n')).toEqual({ facts: ['R1', 'E7'] });
    expect(readFrontmatter('---\nfacts: [R1, E7]\n---\n')).toEqual({ facts: ['R1', 'E7'] });
    expect(readFrontmatter('No frontmatter')).toBeUndefined();
  });
});

describe('checkDuplicateNumbers', () => {
  it('finds a number written in two contacts, however it is grouped', () => {
    expect(
      checkDuplicateNumbers([
        { file: 'content/contacts/a.mdx', name: 'Duty and Advice Team', phone: '0113 376 0336', option: 3 },
        { file: 'content/contacts/b.mdx', name: 'Copy', phone: '+44 113 3760336', option: 3 },
        { file: 'content/contacts/c.mdx', name: 'Same line, another option', phone: '01133760336', option: 1 },
      ]),
    ).toMatchInlineSnapshot(`
      [
        "content/contacts/b.mdx: phone: \`phone\` +44 113 3760336 (option 3) is also the number of Duty and Advice Team in content/contacts/a.mdx. Each number lives in one contact entry: remove it here and show that contact instead, or correct the number.",
      ]
    `);
  });
});
