/**
 * The checklist route: a form of items, each worth points when ticked, and score bands
 * that decide the service. It models the threshold approach the guidance argues against,
 * so the arithmetic is deliberately plain: the form sees only the ticks.
 */
import type { ChecklistItem, Ending, Scenario } from '../../schemas/scenario.ts';

/** A band of scores, with the service the form decides and the ending it leads to. */
export type Band = Scenario['checklist']['bands'][number];

/** The threshold score of a set of ticks: the sum of the ticked items' points. */
export function thresholdScore(scenario: Scenario, ticks: readonly string[]): number {
  return scenario.checklist.items.reduce((sum, item) => (ticks.includes(item.id) ? sum + item.points : sum), 0);
}

/** The highest score the form can give: every item ticked. */
export function maxThresholdScore(scenario: Scenario): number {
  return scenario.checklist.items.reduce((sum, item) => sum + item.points, 0);
}

/**
 * The band a score falls in: the last band whose `min` it reaches. Bands are listed
 * lowest first and the first starts at 0 (the graph checks make sure of both).
 */
export function bandFor(scenario: Scenario, score: number): Band {
  const bands = scenario.checklist.bands;
  let found = bands[0]!;
  for (const band of bands) if (score >= band.min) found = band;
  return found;
}

/** The checklist ending a score leads to, if the band points at one that exists. */
export function checklistEndingFor(scenario: Scenario, score: number): Ending | undefined {
  const { ending } = bandFor(scenario, score);
  return scenario.checklist.endings.find((e) => e.id === ending);
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

/** Puts ticks in the order the form lists its items, so equal sets of ticks are equal states. */
export function orderTicks(scenario: Scenario, ticks: readonly string[]): string[] {
  return scenario.checklist.items.filter((item) => ticks.includes(item.id)).map((item) => item.id);
}
