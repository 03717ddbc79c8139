/**
 * Comparing outcomes. Every ending, of either route, is scored 0 to 4 on the same
 * dimensions, so two endings can be set side by side dimension by dimension: the
 * player compares the checklist route with the conversation route, and training mode
 * can add the room's route and the strongest route as further columns.
 */
import type { Ending, Outcomes } from '../../schemas/scenario.ts';
import { DIMENSIONS, type Dimension } from '../../vocabulary/scenario.ts';

/** The dimensions in the order they are shown. */
export const DIMENSION_ORDER = Object.keys(DIMENSIONS) as Dimension[];

/**
 * The sum of an ending's scores on every dimension. Used only to rank endings (the
 * strongest route, the best ending); the site never shows it, since a sum would turn the
 * conversation route back into a score.
 */
export function totalOutcome(outcomes: Outcomes): number {
  return DIMENSION_ORDER.reduce((sum, d) => sum + outcomes[d], 0);
}

/** One dimension of a comparison: its label and each column's score. */
export interface ComparisonRow {
  dimension: Dimension;
  label: string;
  scores: number[];
  /** The last column's score minus the first's: positive when the last did better. */
  difference: number;
}

/** Endings (or any outcomes) set side by side, dimension by dimension. */
export interface Comparison {
  rows: ComparisonRow[];
  /** The dimensions on which the last column did better than the first, the same, and worse. */
  better: string[];
  same: string[];
  worse: string[];
}

/**
 * Sets two or more endings' outcomes side by side, dimension by dimension.
 * @param columns the outcomes of each column, for example [checklistEnding.outcomes, conversationEnding.outcomes]
 */
export function compareOutcomes(columns: readonly Outcomes[]): Comparison {
  const first = columns[0];
  const last = columns.at(-1);
  const rows = DIMENSION_ORDER.map((dimension) => {
    const scores = columns.map((o) => o[dimension]);
    return { dimension, label: DIMENSIONS[dimension], scores, difference: (last?.[dimension] ?? 0) - (first?.[dimension] ?? 0) };
  });
  const labels = (keep: (r: ComparisonRow) => boolean) => rows.filter(keep).map((r) => r.label);
  return { rows, better: labels((r) => r.difference > 0), same: labels((r) => r.difference === 0), worse: labels((r) => r.difference < 0) };
}

/** The endings with the highest total outcome (more than one when they tie). */
export function bestEndings(endings: readonly Ending[]): Ending[] {
  const best = Math.max(...endings.map((e) => totalOutcome(e.outcomes)));
  return endings.filter((e) => totalOutcome(e.outcomes) === best);
}
