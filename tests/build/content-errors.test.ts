/**
 * Bad content must fail the build with a message that names the file, the field and
 * the fix. Each case runs the real `astro sync` over a tiny fixture content folder.
 */
import { describe, expect, it } from 'vitest';
import { syncFixture as sync } from './support/sync.ts';

describe.concurrent('content errors fail the build', { timeout: 60_000 }, () => {
  it('accepts valid content', async () => {
    const { status, output } = await sync('valid');
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  });

  it('names each missing contact field and how to fill it', async () => {
    const { status, output } = await sync('contact-missing-fields');
    expect(status).not.toBe(0);
    expect(output).toContain('contact-missing-fields/contacts/helpline.mdx');
    expect(output).toContain('for: Add `for`: who the contact is for, as a short phrase.');
    expect(output).toContain('hours: Add `hours`: one of working-hours, out-of-hours, any-time, or not-stated');
    expect(output).toContain('source: Add `source`: one of right-conversation, early-help, both, national.');
  });

  it('rejects a phone number that is not a UK number', async () => {
    const { status, output } = await sync('contact-bad-phone');
    expect(status).not.toBe(0);
    expect(output).toContain('contact-bad-phone/contacts/helpline.mdx');
    expect(output).toContain('phone: "0113 376 033" is not a UK phone number. Write it with its area code, for example "0113 376 0336".');
  });

  it('rejects an unknown fact id and lists the real ones', async () => {
    const { status, output } = await sync('guidance-bad-fact');
    expect(status).not.toBe(0);
    expect(output).toContain('guidance-bad-fact/guidance/page.mdx');
    expect(output).toMatch(/facts\.0: "R99" is not a fact id\. Use one of R1, R2, .*E17 \(see src\/lib\/facts\.ts\)\./);
  });

  it('asks for a review date', async () => {
    const { status, output } = await sync('guidance-missing-reviewed');
    expect(status).not.toBe(0);
    expect(output).toContain('guidance-missing-reviewed/guidance/page.mdx');
    expect(output).toContain('reviewed: Add `reviewed`: the date someone last checked this page against the sources, as YYYY-MM-DD.');
  });

  it('asks for a glossary summary', async () => {
    const { status, output } = await sync('glossary-missing-summary');
    expect(status).not.toBe(0);
    expect(output).toContain('glossary-missing-summary/glossary/term.mdx');
    expect(output).toContain('summary: Add `summary`: a one-sentence definition in plain English.');
  });

  it('rejects a typed number and a missing glossary term, with file and line', async () => {
    const { status, output } = await sync('guidance-typed-number');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/content/guidance-typed-number/guidance/page.mdx:9: the phone number "0113 376 0336" is typed by hand.',
    );
    expect(output).toContain(
      'tests/fixtures/content/guidance-typed-number/guidance/page.mdx:9: <Term id="missing"> points to nothing: there is no content/glossary/missing.mdx.',
    );
  });

  it('stops on a content folder that does not exist', async () => {
    const { status, output } = await sync('no-such-folder');
    expect(status).not.toBe(0);
    expect(output).toContain('The content folder `tests/fixtures/content/no-such-folder` does not exist.');
  });

  it('stops on a misnamed folder, and says what it was meant to be', async () => {
    const { status, output } = await sync('folder-misnamed');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/content/folder-misnamed/glossery is not a content folder the site reads. Did you mean `glossary`?',
    );
    expect(output).toContain('tests/fixtures/content/folder-misnamed/glossary is missing.');
  });
});
