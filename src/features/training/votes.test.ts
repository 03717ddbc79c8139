import { describe, expect, it } from 'vitest';
import { choiceLetter, cleanCount, MAX_VOTES, roomChoice, setCount, tally, totalVotes } from './votes.ts';

const ids = ['a', 'b', 'c'];

describe('cleanCount', () => {
  it.each([
    [3, 3],
    ['7', 7],
    ['', 0],
    ['x', 0],
    [-2, 0],
    [2.9, 2],
    [5000, MAX_VOTES],
    [undefined, 0],
  ])('turns %j into %j', (input, expected) => {
    expect(cleanCount(input)).toBe(expected);
  });
});

describe('setCount and addVotes', () => {
  it('sets one count and leaves the others alone', () => {
    expect(setCount({ a: 1, b: 2 }, 'a', '5')).toEqual({ a: 5, b: 2 });
  });

  it('does not change the counts it is given', () => {
    const counts = { a: 1 };
    setCount(counts, 'a', 4);
    expect(counts).toEqual({ a: 1 });
  });
});

describe('tally', () => {
  it('gives each choice its votes and whole per cent, in the order shown', () => {
    expect(tally(ids, { a: 1, b: 2 })).toEqual([
      { choiceId: 'a', votes: 1, percent: 33 },
      { choiceId: 'b', votes: 2, percent: 67 },
      { choiceId: 'c', votes: 0, percent: 0 },
    ]);
  });

  it('gives 0% to every choice when nobody has voted', () => {
    expect(tally(ids, {}).map((b) => b.percent)).toEqual([0, 0, 0]);
  });

  it('counts only the choices listed', () => {
    expect(totalVotes(ids, { a: 2, stale: 9 })).toBe(2);
  });
});

describe('roomChoice', () => {
  it('takes the choice with the most votes', () => {
    expect(roomChoice(ids, { a: 2, b: 5, c: 1 })).toEqual({ choiceId: 'b', by: 'vote', leaders: ['b'] });
  });

  it('on a tie, takes the first of the tied choices in the order shown', () => {
    expect(roomChoice(ids, { a: 1, b: 4, c: 4 })).toEqual({ choiceId: 'b', by: 'tie', leaders: ['b', 'c'] });
  });

  it('makes no choice when nobody has voted', () => {
    expect(roomChoice(ids, {})).toEqual({ choiceId: undefined, by: 'none', leaders: [] });
    expect(roomChoice(ids, { a: 0, b: 0 })).toEqual({ choiceId: undefined, by: 'none', leaders: [] });
  });

  it('lets the trainer choose for the room, over the vote or the tie rule', () => {
    expect(roomChoice(ids, { a: 5 }, 'c')).toEqual({ choiceId: 'c', by: 'trainer', leaders: ['a'] });
    expect(roomChoice(ids, {}, 'a')).toEqual({ choiceId: 'a', by: 'trainer', leaders: [] });
  });

  it('ignores a trainer choice that is not one of the step’s choices', () => {
    expect(roomChoice(ids, { a: 1 }, 'gone')).toEqual({ choiceId: 'a', by: 'vote', leaders: ['a'] });
  });
});

describe('choiceLetter', () => {
  it('letters choices from A', () => {
    expect([0, 1, 2, 3].map(choiceLetter)).toEqual(['A', 'B', 'C', 'D']);
  });
});
