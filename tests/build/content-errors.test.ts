/**
 * Bad content must fail the build with a message that names the file, the field and
 * the fix. Each case is the base fixture with one named mistake (support/cases.ts), and
 * runs the real `astro sync` over it; the messages name the case's folder as `content`.
 * Every case's full list of problems is locked in src/rules/content-cases.test.ts;
 * these prove that the build stops and prints them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { asContent, removeWrittenCases, writeCase, type CaseName } from './support/cases.ts';
import { syncContent } from './support/sync.ts';

afterAll(removeWrittenCases);

async function sync(name: CaseName | 'base') {
  const root = writeCase(name);
  const { status, output } = await syncContent(root);
  return { status, output: asContent(output, root) };
}

describe.concurrent('content errors fail the build', { timeout: 60_000 }, () => {
  it('accepts the base fixture: valid content in every collection, with a sound scenario', async () => {
    const { status, output } = await sync('base');
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  });

  it('names each missing contact field and how to fill it', async () => {
    const { status, output } = await sync('contact-missing-fields');
    expect(status).not.toBe(0);
    expect(output).toContain('content/contacts/contact-centre.mdx (line 2): for: Add `for`: who the contact is for, as a short phrase.');
    expect(output).toContain('hours: Add `hours`: one of working-hours, out-of-hours, any-time, or not-stated');
    expect(output).toContain('source: Add `source`: one of right-conversation, early-help, both, national.');
  });

  it('rejects a phone number that is not a UK number', async () => {
    const { status, output } = await sync('contact-bad-phone');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/contacts/contact-centre.mdx (line 5): phone: "0113 376 033" is not a UK phone number. Write it with its area code, for example "0113 376 0336".',
    );
  });

  it('rejects an unknown fact id and lists the real ones', async () => {
    const { status, output } = await sync('guidance-bad-fact');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/guidance\/consent\.mdx \(line 5\): facts\.0: "R99" is not a fact id\. Use one of R1, R2, .*E17 \(see src\/vocabulary\/facts\.ts\)\./,
    );
  });

  it('asks for a review date', async () => {
    const { status, output } = await sync('guidance-missing-reviewed');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/guidance/consent.mdx (line 2): reviewed: Add `reviewed`: the date someone last checked this page against the sources, as YYYY-MM-DD.',
    );
  });

  it('asks for a glossary summary', async () => {
    const { status, output } = await sync('glossary-missing-summary');
    expect(status).not.toBe(0);
    expect(output).toContain('content/glossary/cluster.mdx (line 2): summary: Add `summary`: a one-sentence definition in plain English.');
  });

  it('rejects a typed number and a missing glossary term, with file and line', async () => {
    const { status, output } = await sync('guidance-typed-number');
    expect(status).not.toBe(0);
    expect(output).toContain('content/guidance/consent.mdx:9: the phone number "0113 376 0336" is typed by hand.');
    expect(output).toContain(
      'content/guidance/consent.mdx:9: <Term id="missing"> points to nothing: there is no content/glossary/missing.mdx.',
    );
  });

  it('stops on a content folder that does not exist', async () => {
    const { status, output } = await sync('no-such-folder');
    expect(status).not.toBe(0);
    expect(output).toContain('The content folder `content` does not exist.');
  });

  it('stops on a misnamed folder, and says what it was meant to be', async () => {
    const { status, output } = await sync('folder-misnamed');
    expect(status).not.toBe(0);
    expect(output).toContain('content/glossery is not a content folder the site reads. Did you mean `glossary`?');
    expect(output).toContain('content/glossary is missing.');
  });

  it("names a misspelt key in a page's frontmatter, and the field it was meant to be", async () => {
    const { status, output } = await sync('page-key-typo');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/pages/home.mdx (line 3): descripton: `descripton` is not a field here. Did you mean `description`? Correct its name (see src/schemas/page.ts).',
    );
  });

  it("names a missing field in the conversation record's questions", async () => {
    const { status, output } = await sync('record-missing-field');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/conversation-record.yaml (line 5): sections.0.fields.0.label: Add `label`: the question, as it is shown on the form.',
    );
  });

  it('stops on a fact label for a fact id the site does not know', async () => {
    const { status, output } = await sync('fact-unknown-id');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/facts.yaml (line 23): facts.R18: `R18` is not a fact id. Did you mean `R1`? The ids are fixed in src/vocabulary/facts.ts:',
    );
  });
});
