import { describe, expect, it } from 'vitest';
import { bestEndings, compareOutcomes, MAX_TOTAL, totalOutcome } from '../../../../src/lib/scenario/compare.ts';
import { validScenario } from './fixture.ts';

const scenario = validScenario();
const ending = (id: string) => [...scenario.checklist.endings, ...scenario.conversation.endings].find((e) => e.id === id)!;

describe('comparing outcomes', () => {
  it('totals an ending’s scores out of 20', () => {
    expect(totalOutcome(ending('good').outcomes)).toBe(19);
    expect(MAX_TOTAL).toBe(20);
  });

  it('sets two endings side by side, dimension by dimension', () => {
    const comparison = compareOutcomes([ending('checklist-none').outcomes, ending('good').outcomes]);
    expect(comparison.rows.map((r) => [r.label, ...r.scores, r.difference])).toEqual([
      ["The child's needs met", 0, 4, 4],
      ["The family's trust", 1, 4, 3],
      ['Strengths recognised', 0, 3, 3],
      ['Time to the right help', 0, 4, 4],
      ['Responsibility shared between agencies', 0, 4, 4],
    ]);
    expect(comparison.totals).toEqual([1, 19]);
    expect(comparison.difference).toBe(18);
  });

  it('takes more than two columns, as training mode will', () => {
    expect(compareOutcomes([ending('good').outcomes, ending('passed-on').outcomes, ending('good').outcomes]).totals).toEqual([19, 4, 19]);
  });

  it('finds the best endings, all of them when they tie', () => {
    expect(bestEndings(scenario.conversation.endings).map((e) => e.id)).toEqual(['good']);
    expect(bestEndings([ending('good'), ending('good')])).toHaveLength(2);
  });
});
