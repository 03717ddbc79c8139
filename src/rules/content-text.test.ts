import { describe, expect, it } from 'vitest';
import { checkContentText, type KnownIds } from './content-text.ts';

const known: KnownIds = {
  contacts: new Set(['contact-centre', 'emergency-999']),
  glossary: new Set(['cluster']),
  guidance: new Set(['consent']),
};

describe('checkContentText', () => {
  it('accepts content that uses components and existing links', () => {
    const text =
      'Ring the <Contact id="contact-centre" />, read about <Term id="cluster">clusters</Term> and [consent](/guidance/consent/).';
    expect(checkContentText(text, known, false)).toEqual([]);
  });

  it('rejects a phone number typed by hand, naming the line and the fix', () => {
    expect(checkContentText('Intro\nRing 0113 222 4403.', known, false)).toMatchInlineSnapshot(`
      [
        {
          "line": 2,
          "message": "the phone number "0113 222 4403" is typed by hand. Numbers live only in content/contacts/: show it with <Contact id="…" />, using the id of the contact it belongs to.",
        },
      ]
    `);
  });

  it('allows numbers in contact entries', () => {
    expect(checkContentText('phone: 0113 222 4403', known, true)).toEqual([]);
  });

  it('does not mistake an id such as emergency-999 for a number', () => {
    expect(checkContentText('Call <Contact id="emergency-999" variant="number" />.', known, false)).toEqual([]);
  });

  it('rejects a tel: link typed by hand', () => {
    expect(checkContentText('[ring us](tel:+441132224403)', known, false).map((p) => p.message)).toContain(
      'a tel: link is typed by hand. Use <Contact id="…" /> instead.',
    );
  });

  it('rejects a contact that does not exist and lists the ones that do', () => {
    expect(checkContentText('<Contact id="duty" />', known, false)[0]?.message).toBe(
      '<Contact id="duty"> points to nothing: there is no content/contacts/duty.mdx. Use one of: contact-centre, emergency-999.',
    );
  });

  it('rejects a component without an id', () => {
    expect(checkContentText('<Term>x</Term>', known, false)[0]?.message).toBe('<Term> needs an id, for example <Term id="cluster" />.');
  });

  it('rejects a glossary term that does not exist', () => {
    expect(checkContentText('<Term id="clusters">x</Term>', known, false)[0]?.message).toMatch(/no content\/glossary\/clusters\.mdx/);
  });

  it('rejects a link to a guidance page that does not exist, in Markdown or HTML', () => {
    const problems = checkContentText('[a](/guidance/nope/)\n<a href="/guidance/gone/#x">b</a>', known, false);
    expect(problems.map((p) => p.line)).toEqual([1, 2]);
    expect(problems[0]?.message).toBe(
      'the link to /guidance/nope/ is broken: there is no content/guidance/nope.mdx. Guidance pages are: consent.',
    );
  });
});
