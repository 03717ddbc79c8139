import { describe, expect, it } from 'vitest';
import {
  checklistEndingFor,
  checklistResult,
  honestTicks,
  itemsByLevel,
  levelName,
  levelRule,
  orderTicks,
  reviewChecklist,
} from './checklist.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { validScenario } from '../../rules/scenario/fixture.ts';

/** The fixture's form: `hungry` at Level 1 (universal); `tired` and `late` at Level 2 (targeted, min 2). */
const scenario = validScenario();
const level = (s: Scenario, ticks: string[]) => checklistResult(s, ticks).level.id;
const level2 = (s: Scenario) => s.checklist.levels.find((l) => l.id === 'targeted')!;

/**
 * The fixture with a third level on top: Level 3 (specialist) reached by `min` ticked
 * indicators at Level 3, with two indicators there (`marks`, `disclosure`).
 */
function withSpecialist(min: number, targetedMin = 2): Scenario {
  const s = validScenario();
  level2(s).min = targetedMin;
  s.checklist.levels.push({
    id: 'specialist',
    name: 'Level 3: Specialist',
    min,
    service: 'Specialist: social care',
    ending: 'checklist-referral',
  });
  s.checklist.items.push(
    { id: 'marks', label: 'Unexplained marks', level: 'specialist', applies: false },
    { id: 'disclosure', label: 'Child says they are hurt at home', level: 'specialist', applies: false },
  );
  return s;
}

describe('the level the form decides', () => {
  it('is the first level when no other level’s min is met', () => {
    expect(checklistResult(scenario, []).level).toMatchObject({
      id: 'universal',
      service: 'Universal: no further action',
      ending: 'checklist-none',
    });
    // One indicator at Level 2 is short of its min of 2.
    expect(level(scenario, ['tired'])).toBe('universal');
  });

  it('is a later level once enough indicators at that level are ticked', () => {
    expect(checklistResult(scenario, ['tired', 'late']).level).toMatchObject({
      id: 'targeted',
      service: 'Targeted: referral to the cluster',
    });
  });

  it('does not count ticks at a lower level towards a higher one', () => {
    // `hungry` is at Level 1, so it does not help `tired` reach Level 2's min of 2.
    expect(level(scenario, ['tired', 'hungry'])).toBe('universal');
    expect(level(scenario, ['tired', 'late', 'hungry'])).toBe('targeted');
  });

  it('counts ticks at a higher level towards a lower level’s min', () => {
    const s = withSpecialist(2);
    // One at Level 2 and one at Level 3 make two at Level 2 or above; Level 3 itself needs two at Level 3.
    expect(level(s, ['tired', 'marks'])).toBe('targeted');
    expect(level(s, ['marks', 'disclosure'])).toBe('specialist');
    expect(level(s, ['marks'])).toBe('universal');
  });

  it('takes the highest level whose min is met, even when a lower level’s is not', () => {
    const s = withSpecialist(1, 3);
    // One tick at Level 3 meets its min of 1, though Level 2 needs three at Level 2 or above.
    expect(level(s, ['marks'])).toBe('specialist');
    expect(level(s, ['tired', 'late'])).toBe('universal');
    expect(level(s, ['tired', 'late', 'hungry'])).toBe('universal');
  });

  it('counts the ticks at each level, in the form’s order', () => {
    const { ticked } = checklistResult(withSpecialist(2), ['hungry', 'late', 'marks', 'disclosure']);
    expect(ticked.map((t) => [t.level.id, t.count])).toEqual([
      ['universal', 1],
      ['targeted', 1],
      ['specialist', 2],
    ]);
    expect(checklistResult(scenario, []).ticked.map((t) => t.count)).toEqual([0, 0]);
  });

  it('ignores ticks that are not indicators on the form', () => {
    expect(level(scenario, ['tired', 'nope'])).toBe('universal');
  });
});

describe('the form’s rule for each level, in words', () => {
  it('says the first level is what is left when no other is reached', () => {
    expect(levelRule(scenario, scenario.checklist.levels[0]!)).toBe('when no other level is reached');
  });

  it('counts at the top level only, and at a lower level “or above”', () => {
    expect(levelRule(scenario, level2(scenario))).toBe('2 or more indicators at Level 2: Targeted');
    const s = withSpecialist(1);
    expect(levelRule(s, level2(s))).toBe('2 or more indicators at Level 2: Targeted or above');
    expect(levelRule(s, s.checklist.levels[2]!)).toBe('any 1 indicator at Level 3: Specialist');
  });
});

describe('the checklist ending', () => {
  it('is the ending of the level the form decides', () => {
    expect(checklistEndingFor(scenario, [])?.id).toBe('checklist-none');
    expect(checklistEndingFor(scenario, ['tired', 'late'])?.id).toBe('checklist-referral');
  });

  it('is missing when the level points at an ending that does not exist', () => {
    const s = validScenario();
    level2(s).ending = 'checklist-refer';
    expect(checklistEndingFor(s, ['tired', 'late'])).toBeUndefined();
    expect(checklistEndingFor(s, [])?.id).toBe('checklist-none');
  });
});

describe('the form as shown', () => {
  it('groups the indicators by level, lowest first, in the order written', () => {
    expect(itemsByLevel(scenario).map(({ level: l, items }) => [l.id, items.map((i) => i.id)])).toEqual([
      ['universal', ['hungry']],
      ['targeted', ['tired', 'late']],
    ]);
  });

  it('names an indicator’s level, or gives its id when the level is missing', () => {
    expect(levelName(scenario, scenario.checklist.items[0]!)).toBe('Level 2: Targeted');
    expect(levelName(scenario, scenario.checklist.items[2]!)).toBe('Level 1: Universal');
    expect(levelName(scenario, { ...scenario.checklist.items[0]!, level: 'targetted' })).toBe('targetted');
  });

  it('sets the ticks beside what the case supports', () => {
    expect(reviewChecklist(scenario, ['late']).map(({ item, ticked, applies }) => [item.id, ticked, applies])).toEqual([
      ['tired', false, true],
      ['late', true, false],
      ['hungry', false, true],
    ]);
  });

  it('ticks exactly what the case supports when played honestly', () => {
    expect(honestTicks(scenario)).toEqual(['tired', 'hungry']);
    // Played honestly, the fixture's form stays at Level 1: one Level 2 indicator is not enough.
    expect(level(scenario, honestTicks(scenario))).toBe('universal');
  });

  it('puts ticks in the form’s order', () => {
    expect(orderTicks(scenario, ['hungry', 'nope', 'tired'])).toEqual(['tired', 'hungry']);
  });
});
