import { describe, expect, it } from 'vitest';
import { createContactSearch, type ContactRecord } from './contact-search.ts';

// Three 0113 numbers that share their first digits: the trap a fuzzy matcher falls into.
const records: ContactRecord[] = [
  {
    id: 'emergency',
    name: 'Emergency services',
    for: 'Anyone, when a child is in immediate danger',
    when: 'Call now.',
    aliases: ['police'],
    digits: '999',
  },
  {
    id: 'centre',
    name: 'Contact Centre',
    for: 'Members of the public worried about a child',
    when: 'Ring if you are worried.',
    aliases: ['social services', 'neighbour'],
    digits: '01132224403',
  },
  {
    id: 'duty',
    name: 'Duty and Advice Team',
    for: 'Practitioners worried about significant harm',
    when: 'Call at once.',
    aliases: ['social services', 'social care', 'D&A'],
    digits: '01133760336',
  },
  {
    id: 'assessment',
    name: 'Early Help Assessment support',
    for: 'Practitioners completing an assessment',
    when: 'Call for help.',
    aliases: ['EHA'],
    digits: '01133781840',
  },
  {
    id: 'night',
    name: "Children's Emergency Duty Team",
    for: 'Practitioners out of hours',
    when: 'Call when the office is closed.',
    aliases: ['out of hours', 'at night'],
    digits: '01132409536',
  },
  {
    id: 'freephone',
    name: 'Family Information Service',
    for: 'Families looking for universal services',
    when: 'Use it to find childcare.',
    aliases: ['nursery'],
    digits: '08007310640',
  },
  { id: 'web', name: 'Safeguarding Board', for: 'Anyone wanting more', when: 'Visit the website.', aliases: ['poster'], digits: '' },
];
const search = createContactSearch(records);
const ids = (query: string) => search(query)?.map((r) => r.id);

describe('matching numbers in the finder', () => {
  it.each([
    '0113 376 0336',
    '01133760336',
    '+44 113 376 0336',
    '+44 (0)113 376 0336',
    '0113-376-0336',
    '0044 113 376 0336',
    '113 376 0336',
  ])('finds the one contact for %j', (q) => expect(ids(q)).toEqual(['duty']));

  it('never matches a number that is one digit out (the 0113 trap)', () => {
    expect(ids('0113 376 0337')).toEqual([]);
    expect(ids('0113 240 9535')).toEqual([]);
  });

  it('lists every 0113 contact, and only those, for the area code alone', () => {
    expect(ids('0113')).toEqual(['centre', 'duty', 'assessment', 'night']);
  });

  it('narrows by prefix as more digits are typed', () => {
    expect(ids('0113 3')).toEqual(['duty', 'assessment']);
    expect(ids('0113 37')).toEqual(['duty', 'assessment']);
    expect(ids('0113 376')).toEqual(['duty']);
  });

  it('finds a local number typed without its area code', () => {
    expect(ids('376 0336')).toEqual(['duty']);
    expect(ids('222 4403')).toEqual(['centre']);
  });

  it('finds 999 and freephone numbers', () => {
    expect(ids('999')).toEqual(['emergency']);
    expect(ids('0800 731 0640')).toEqual(['freephone']);
  });

  it('finds nothing for a number from another country', () => {
    expect(ids('+1 212 555 0100')).toEqual([]);
  });
});

describe('matching words', () => {
  it('returns null (show everything) when nothing is typed', () => {
    expect(search('   ')).toBeNull();
  });

  it.each([
    ['EHA', 'assessment'],
    ['d&a', 'duty'],
    ['social care', 'duty'],
    ['at night', 'night'],
    ['who do I call at night', 'night'],
    ['out of hours', 'night'],
    ['nursery', 'freephone'],
    ['police', 'emergency'],
    ["worried about my neighbour's child", 'centre'],
    ['poster', 'web'],
  ])('puts the right contact first for %j', (q, first) => {
    expect(ids(q)?.[0]).toBe(first);
  });

  it.each([
    ['duty and advise', 'duty'],
    ['familly information', 'freephone'],
    ['nursury', 'freephone'],
    ['emergancy', 'emergency'],
  ])('forgives the typo in %j', (q, first) => {
    expect(ids(q)?.[0]).toBe(first);
  });

  it("keeps the contacts' own order when two fit equally well", () => {
    const twins = [records[2]!, { ...records[1]!, aliases: records[2]!.aliases }];
    expect(createContactSearch(twins)('social services')?.map((r) => r.id)).toEqual(['duty', 'centre']);
    expect(createContactSearch([...twins].reverse())('social services')?.map((r) => r.id)).toEqual(['centre', 'duty']);
  });

  it.each(['qwertyuiop', '.*+?[(', '<script>alert(1)</script>', '🙂🙂🙂', 'x'.repeat(5000), '((((((((((a+)+)+)+)+)+)+)+)+)+$'])(
    'finds nothing, without error, for %j',
    (q) => expect(ids(q)).toEqual([]),
  );
});
