import { describe, expect, it } from 'vitest';
import { buildLexicon, correctWord } from './search-lexicon.ts';
import { fits, hitFits, matchedWords, mergeHits, rankByTitle, runPlan, type Hit } from './search-ranking.ts';
import { planSearch } from './query-plan.ts';

const lexicon = buildLexicon({
  glossary: [
    { term: 'Early Help Assessment', abbreviations: ['EHA'], synonyms: ['early help form'] },
    { term: 'Child in need', abbreviations: ['CIN'], synonyms: [] },
    { term: 'Early help', abbreviations: [], synonyms: [] },
  ],
  contacts: [
    { name: "Children's Emergency Duty Team", aliases: ['at night', 'out of hours'], phone: '0113 240 9536' },
    { name: 'Duty and Advice Team', aliases: ['D&A'], phone: '0113 376 0336' },
    { name: 'Early Help Assessment support', aliases: ['early help'] },
  ],
  texts: ['Recording conversations', 'Consent and sharing information', 'Thresholds and checklists'],
});

describe('buildLexicon', () => {
  it('points abbreviations, synonyms and aliases at what they stand for', () => {
    expect(lexicon.phrases).toContainEqual(['eha', ['early help assessment']]);
    expect(lexicon.phrases).toContainEqual(['at night', ["children's emergency duty team"]]);
    expect(lexicon.phrases).toContainEqual(['d&a', ['duty and advice team']]);
  });
  it('leaves an alias that is a glossary term to the glossary', () => {
    expect(lexicon.phrases.map(([p]) => p)).not.toContain('early help');
  });
  it('knows which one-word phrases the site text uses anyway', () => {
    const plain = buildLexicon({
      glossary: [{ term: 'Significant harm', abbreviations: [], synonyms: ['neglect', 'harm'] }],
      contacts: [],
      texts: ['Harm to a child'],
    });
    expect(plain.plain).toEqual(['harm']);
  });
  it('knows the words of the site and the contacts numbers', () => {
    expect(lexicon.words).toContain('consent');
    expect(lexicon.numbers).toContainEqual(['01133760336', 'duty and advice team']);
  });
});

describe('correctWord', () => {
  it.each([
    ['concent', 'consent'],
    ['reccording', 'recording'],
    ['thresholds', 'thresholds'],
    ['cons', 'cons'],
    ['zzzzzz', 'zzzzzz'],
  ])('corrects %j to %j', (word, expected) => expect(correctWord(word, lexicon.words)).toBe(expected));
});

describe('planSearch', () => {
  const texts = (q: string) => planSearch(q, lexicon).main.map((m) => m.text);

  it('searches the meaningful words, and what an abbreviation stands for, plainly and as a phrase', () => {
    expect(texts('EHA')).toEqual(['eha', 'early help assessment', '"early help assessment"']);
  });
  it('searches a glossary term named in the query as a phrase', () => {
    expect(texts('child in need')).toContain('"child in need"');
  });
  it('turns a plain question into its meaningful words and what they stand for', () => {
    expect(planSearch('who do I call at night', lexicon)).toMatchObject({
      main: [
        { text: 'call night', weight: 1 },
        { text: "children's emergency duty team", weight: 0.5 },
        { text: '"children\'s emergency duty team"', weight: 0.5 },
      ],
      fallback: [
        { text: 'call', weight: 0.4 },
        { text: 'night', weight: 0.4 },
      ],
    });
  });
  it('searches what a plain site word may stand for only when it finds little', () => {
    const withPlain = {
      ...lexicon,
      plain: ['night'],
      phrases: [...lexicon.phrases, ['night', ["children's emergency duty team"]] as [string, string[]]],
    };
    expect(planSearch('night', withPlain)).toMatchObject({
      main: [{ text: 'night' }],
      fallback: [{ text: "children's emergency duty team" }, { text: '"children\'s emergency duty team"' }],
    });
  });
  it('adds the corrected spelling', () => {
    expect(texts('concent')).toEqual(['concent', 'consent']);
  });
  it('turns a number, in any format, into its contact', () => {
    expect(texts('+44 113 376 0336')).toContain('"duty and advice team"');
    expect(texts('01132409536')).toContain('"children\'s emergency duty team"');
  });
  it.each(['0113 376 0337', '', '   ', '🙂', '<b></b>', 'a', '.*+?'])('plans nothing for %j', (q) => {
    expect(planSearch(q, lexicon).main).toEqual([]);
  });
});

describe('checking what Pagefind matched', () => {
  it.each([
    ['recording', 'record', true],
    ['assessments', 'assessment', true],
    ['cons', 'consent', true],
    ['asdfghjkl', 'as', false],
    ['alert', 'a', false],
    ['document', 'doc', false],
  ])('%j fits %j: %s', (searched, matched, expected) => expect(fits(searched, matched)).toBe(expected));

  it('needs every searched word to fit a matched word', () => {
    expect(hitFits('call night', ['Call', 'night.'])).toBe(true);
    expect(hitFits('call nightingale', ['Call', 'night.'])).toBe(false);
  });
  it('reads the matched words from the content and from matched metadata', () => {
    const data = { content: 'Call the team at night.', locations: [0, 4], meta: { keywords: 'EHA, D&A' } };
    expect(matchedWords(data, ['keywords'])).toEqual(['Call', 'night.', 'EHA', 'D&A']);
  });
});

describe('merging and running', () => {
  it('scales each query to its best hit, weights it, and sums across queries', () => {
    const merged = mergeHits([
      {
        weight: 1,
        hits: [
          { id: 'a', score: 4 },
          { id: 'b', score: 2 },
        ],
      },
      { weight: 0.5, hits: [{ id: 'b', score: 10 }] },
    ]);
    expect(merged).toEqual([
      { id: 'a', score: 1 },
      { id: 'b', score: 1 },
    ]);
  });

  it('runs the fallback only when the main queries find little, and drops hits that do not fit', async () => {
    const index: Record<string, Hit[]> = { 'call night': [], call: [{ id: 'x', score: 1 }], night: [{ id: 'y', score: 1 }] };
    const ran: string[] = [];
    const hits = await runPlan(
      planSearch('who do I call at night', lexicon),
      async (text) => (ran.push(text), index[text] ?? []),
      async (text) => text !== 'night',
    );
    expect(ran).toContain('call');
    expect(hits.map((h) => h.id)).toEqual(['x']);
  });
});

describe('rankByTitle', () => {
  it('puts a page whose title holds every searched word first', () => {
    const ranked = rankByTitle(
      [
        { score: 1.5, title: 'Contacts' },
        { score: 1, title: 'Early help in Leeds' },
      ],
      ['early', 'help'],
    );
    expect(ranked.map((r) => r.title)).toEqual(['Early help in Leeds', 'Contacts']);
  });
  it('does not count a longer word that merely starts with a searched one', () => {
    const ranked = rankByTitle(
      [
        { score: 1.5, title: 'Significant harm' },
        { score: 1, title: "How we respond to children's needs" },
      ],
      ['child', 'need'],
    );
    expect(ranked[0]!.title).toBe('Significant harm');
  });
});
