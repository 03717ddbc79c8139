/**
 * The checklist route: a levels-of-need form, like the screening and threshold documents
 * services use. Each indicator points to a level; the form decides the highest level whose
 * `min` is met, counting the ticked indicators at that level or a higher one. It is a fair
 * form played honestly: what it cannot see (strengths, the child's voice, complexity) is
 * the lesson, not absurd arithmetic. The form sees only the ticks.
 */
import type { ChecklistItem, Ending, Level, Scenario } from '../../schemas/scenario.ts';

/** What the form decides: the level reached, and how many ticks point to each level. */
export interface ChecklistResult {
  level: Level;
  /** For each level, in the form's order: how many ticked indicators point to it. */
  ticked: { level: Level; count: number }[];
}

/** The ticked indicators at each level, lowest level first. */
function tickedByLevel(scenario: Scenario, ticks: readonly string[]): { level: Level; count: number }[] {
  const { levels, items } = scenario.checklist;
  return levels.map((level) => ({
    level,
    count: items.filter((item) => item.level === level.id && ticks.includes(item.id)).length,
  }));
}

/**
 * The level the form decides for a set of ticks: the highest level whose `min` is met by
 * the ticked indicators at that level or above; the first level when none is.
 */
export function checklistResult(scenario: Scenario, ticks: readonly string[]): ChecklistResult {
  const ticked = tickedByLevel(scenario, ticks);
  let level = ticked[0]!.level;
  ticked.forEach(({ level: candidate }, k) => {
    if (k === 0 || candidate.min === undefined) return;
    const atOrAbove = ticked.slice(k).reduce((sum, t) => sum + t.count, 0);
    if (atOrAbove >= candidate.min) level = candidate;
  });
  return { level, ticked };
}

/** The form's rule for a level, in words: "2 or more indicators at Level 2 or above". */
export function levelRule(scenario: Scenario, level: Level): string {
  const { levels } = scenario.checklist;
  if (level.min === undefined) return 'when no other level is reached';
  const isTop = levels.at(-1)?.id === level.id;
  const count = level.min === 1 ? 'any 1 indicator' : `${level.min} or more indicators`;
  return `${count} at ${level.name}${isTop ? '' : ' or above'}`;
}

/** The checklist ending the form's decision leads to, if the level points at one that exists. */
export function checklistEndingFor(scenario: Scenario, ticks: readonly string[]): Ending | undefined {
  const { ending } = checklistResult(scenario, ticks).level;
  return scenario.checklist.endings.find((e) => e.id === ending);
}

/** The indicators of the form grouped by level, lowest level first, in the order written. */
export function itemsByLevel(scenario: Scenario): { level: Level; items: ChecklistItem[] }[] {
  const { levels, items } = scenario.checklist;
  return levels.map((level) => ({ level, items: items.filter((item) => item.level === level.id) }));
}

/** The name of the level an indicator points to, or its id when the level is missing. */
export function levelName(scenario: Scenario, item: ChecklistItem): string {
  return scenario.checklist.levels.find((l) => l.id === item.level)?.name ?? item.level;
}

/** One item of the form after submitting: whether it was ticked and whether the case supports it. */
export interface ItemReview {
  item: ChecklistItem;
  ticked: boolean;
  applies: boolean;
}

/** Every item of the form with what was ticked beside what the case facts support. */
export function reviewChecklist(scenario: Scenario, ticks: readonly string[]): ItemReview[] {
  return scenario.checklist.items.map((item) => ({ item, ticked: ticks.includes(item.id), applies: item.applies }));
}

/** The ticks a practitioner would make who ticks exactly what the case supports. */
export function honestTicks(scenario: Scenario): string[] {
  return scenario.checklist.items.filter((item) => item.applies).map((item) => item.id);
}

/** Puts ticks in the order the form lists its items, so equal sets of ticks are equal states. */
export function orderTicks(scenario: Scenario, ticks: readonly string[]): string[] {
  return scenario.checklist.items.filter((item) => ticks.includes(item.id)).map((item) => item.id);
}
