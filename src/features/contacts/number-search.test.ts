import { describe, expect, it } from 'vitest';
import { isNumberQuery, matchNumber, numberCandidates, type NumberRecord } from './number-search.ts';

const records: NumberRecord[] = [
  { id: 'duty', digits: '01133760336' },
  { id: 'longer', digits: '011337603361' },
  { id: 'assessment', digits: '01133781840' },
  { id: 'web', digits: '' },
];

describe('isNumberQuery', () => {
  it.each(['0113 376 0336', '01133760336', '+44 113 376 0336', '0113-376-0336', '(0113) 376 0336', '0113', '999', 'tel 0113 376 0336'])(
    'treats %j as a number',
    (q) => expect(isNumberQuery(q)).toBe(true),
  );
  it.each(['EHA', 'out of hours', 'option 3 please', 'D&A', ''])('treats %j as words', (q) => expect(isNumberQuery(q)).toBe(false));
});

describe('numberCandidates', () => {
  it.each([
    ['+44 113 376', ['0113376']],
    ['0044 113 376', ['0113376']],
    ['44 113', ['0113', '44113']],
    ['113 376', ['113376', '0113376']],
    ['+1 212 555 0100', []],
  ])('reads %j as %j', (q, expected) => expect(numberCandidates(q)).toEqual(expected));
});

describe('matchNumber', () => {
  it('puts an exact match before contacts it is merely the start of', () => {
    const both = matchNumber(records, '01133760336');
    expect(both.map((r) => r.id)).toEqual(['duty', 'longer']);
  });

  it('matches by prefix only as far as the digits go', () => {
    expect(matchNumber(records, '0113 37').map((r) => r.id)).toEqual(['duty', 'longer', 'assessment']);
    expect(matchNumber(records, '0113 378').map((r) => r.id)).toEqual(['assessment']);
  });

  it('never matches a contact without a number', () => {
    expect(matchNumber(records, '0').map((r) => r.id)).not.toContain('web');
  });
});
