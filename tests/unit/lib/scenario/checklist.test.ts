import { describe, expect, it } from 'vitest';
import { bandFor, maxThresholdScore, reviewChecklist, thresholdScore } from '../../../../src/lib/scenario/checklist.ts';
import { validScenario } from './fixture.ts';

const scenario = validScenario();

describe('the threshold score', () => {
  it('adds the points of the ticked items', () => {
    expect(thresholdScore(scenario, [])).toBe(0);
    expect(thresholdScore(scenario, ['tired', 'late'])).toBe(5);
    expect(maxThresholdScore(scenario)).toBe(7);
  });

  it('falls in the last band whose minimum it reaches', () => {
    expect(bandFor(scenario, 0).service).toBe('Universal: no further action');
    expect(bandFor(scenario, 3).ending).toBe('checklist-none');
    expect(bandFor(scenario, 4).ending).toBe('checklist-referral');
    expect(bandFor(scenario, 99).ending).toBe('checklist-referral');
  });

  it('sets the ticks beside what the case supports', () => {
    expect(reviewChecklist(scenario, ['late']).map(({ item, ticked, applies }) => [item.id, ticked, applies])).toEqual([
      ['tired', false, true],
      ['late', true, false],
      ['hungry', false, true],
    ]);
  });
});
