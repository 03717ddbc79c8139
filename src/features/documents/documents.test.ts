import { describe, expect, it } from 'vitest';
import {
  DOCUMENTS,
  documentById,
  handoutDocument,
  keepsToRule,
  pageRuleAttribute,
  pagesLabel,
  parsePageRule,
  pdfHref,
} from './documents.ts';
import { DOCUMENT_IDS } from '../../vocabulary/documents.ts';

describe('page rules', () => {
  it('round-trips through the data-pdf-pages attribute', () => {
    expect(parsePageRule(pageRuleAttribute({ exactly: 1 }))).toEqual({ exactly: 1 });
    expect(parsePageRule(pageRuleAttribute({ atMost: 30 }))).toEqual({ atMost: 30 });
  });

  it('rejects anything else', () => {
    for (const text of ['', 'exactly:0', 'at-most:', 'about:3', 'exactly: 1', 'exactly:1 ']) expect(parsePageRule(text)).toBeUndefined();
  });

  it('holds a count to exactly or at most', () => {
    expect(keepsToRule({ exactly: 1 }, 1)).toBe(true);
    expect(keepsToRule({ exactly: 1 }, 2)).toBe(false);
    expect(keepsToRule({ atMost: 3 }, 3)).toBe(true);
    expect(keepsToRule({ atMost: 3 }, 4)).toBe(false);
    expect(keepsToRule({ atMost: 3 }, 0)).toBe(false);
  });

  it('says 1 page and 2 pages', () => {
    expect(pagesLabel(1)).toBe('1 page');
    expect(pagesLabel(2)).toBe('2 pages');
  });
});

describe('the documents', () => {
  it('has the poster and the contacts card on exactly one page each', () => {
    expect(documentById('poster').pages).toEqual({ exactly: 1 });
    expect(documentById('contacts-card').pages).toEqual({ exactly: 1 });
  });

  it('has rules for every document the vocabulary names, in its order, and no others', () => {
    expect(DOCUMENTS.map((d) => d.id)).toEqual([...DOCUMENT_IDS]);
  });

  it('gives every document a unique id, a page under /documents/ and a PDF beside it', () => {
    const ids = DOCUMENTS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const doc of DOCUMENTS) {
      expect(doc.path).toBe(`/documents/${doc.id}/`);
      expect(pdfHref(doc)).toBe(`/documents/${doc.id}.pdf`);
    }
  });

  it('makes a handout per scenario with its own id and page', () => {
    const words = { title: '{scenario}: scenario handout', name: 'the handout for “{scenario}”', purpose: 'The case.' };
    const doc = handoutDocument('leo-goes-quiet', 'Leo goes quiet', words);
    expect(doc.id).toBe('scenario-leo-goes-quiet');
    expect(doc.path).toBe('/documents/scenarios/leo-goes-quiet/');
    expect(pdfHref(doc)).toBe('/documents/scenario-leo-goes-quiet.pdf');
    expect(doc.name).toBe('the handout for “Leo goes quiet”');
    expect(doc.title).toBe('Leo goes quiet: scenario handout');
  });
});
