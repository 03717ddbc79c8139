import { describe, expect, it } from 'vitest';
import * as compare from './compare.ts';
import { bestEndings, compareOutcomes, totalOutcome } from './compare.ts';
import { outcomeWord, OUTCOME_WORDS } from '../../vocabulary/scenario.ts';
import { validScenario } from '../../rules/scenario/fixture.ts';

const scenario = validScenario();
const ending = (id: string) => [...scenario.checklist.endings, ...scenario.conversation.endings].find((e) => e.id === id)!;

const NEEDS = "The child's needs met";
const TRUST = "The family's trust";
const STRENGTHS = 'Strengths recognised';
const TIME = 'Time to the right help';
const SHARED = 'Responsibility shared between agencies';

describe('comparing outcomes', () => {
  it('adds up an ending’s scores only to rank endings, and offers no maximum to show a total against', () => {
    expect(totalOutcome(ending('good').outcomes)).toBe(19);
    expect(totalOutcome(ending('checklist-none').outcomes)).toBe(1);
    expect(compare).not.toHaveProperty('MAX_TOTAL');
  });

  it('sets two endings side by side, dimension by dimension, with no total', () => {
    const comparison = compareOutcomes([ending('checklist-none').outcomes, ending('good').outcomes]);
    expect(comparison.rows.map((r) => [r.label, ...r.scores, r.difference])).toEqual([
      [NEEDS, 0, 4, 4],
      [TRUST, 1, 4, 3],
      [STRENGTHS, 0, 3, 3],
      [TIME, 0, 4, 4],
      [SHARED, 0, 4, 4],
    ]);
    expect(Object.keys(comparison).sort()).toEqual(['better', 'rows', 'same', 'worse']);
    expect(comparison).toMatchObject({ better: [NEEDS, TRUST, STRENGTHS, TIME, SHARED], same: [], worse: [] });
  });

  it('names the dimensions on which the last column did better, the same and worse', () => {
    // checklist-referral: 1, 0, 0, 1, 1; checklist-none: 0, 1, 0, 0, 0.
    expect(compareOutcomes([ending('checklist-referral').outcomes, ending('checklist-none').outcomes])).toMatchObject({
      better: [TRUST],
      same: [STRENGTHS],
      worse: [NEEDS, TIME, SHARED],
    });
    expect(compareOutcomes([ending('good').outcomes, ending('good').outcomes])).toMatchObject({
      better: [],
      same: [NEEDS, TRUST, STRENGTHS, TIME, SHARED],
      worse: [],
    });
  });

  it('takes more than two columns, as training mode will, judging the last against the first', () => {
    const comparison = compareOutcomes([ending('good').outcomes, ending('passed-on').outcomes, ending('checklist-referral').outcomes]);
    expect(comparison.rows.map((r) => r.scores)).toEqual([
      [4, 1, 1],
      [4, 1, 0],
      [3, 0, 0],
      [4, 1, 1],
      [4, 1, 1],
    ]);
    expect(comparison.rows.map((r) => r.difference)).toEqual([-3, -4, -3, -3, -3]);
    // The middle column is worse than the first everywhere, but the last is the same as the first: same.
    const middleWorse = compareOutcomes([ending('good').outcomes, ending('checklist-none').outcomes, ending('good').outcomes]);
    expect(middleWorse).toMatchObject({ better: [], same: [NEEDS, TRUST, STRENGTHS, TIME, SHARED], worse: [] });
  });

  it('finds the best endings, all of them when they tie', () => {
    expect(bestEndings(scenario.conversation.endings).map((e) => e.id)).toEqual(['good']);
    expect(bestEndings([ending('good'), ending('good')])).toHaveLength(2);
  });
});

describe('outcomes in words', () => {
  it('gives each score from 0 to 4 a word, worst first', () => {
    expect([0, 1, 2, 3, 4].map(outcomeWord)).toEqual(['Very poor', 'Poor', 'Fair', 'Good', 'Very good']);
    expect(OUTCOME_WORDS).toHaveLength(5);
  });

  it('keeps a score outside 0 to 4 to the nearest word', () => {
    expect(outcomeWord(-1)).toBe('Very poor');
    expect(outcomeWord(7)).toBe('Very good');
  });
});
