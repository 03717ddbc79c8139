/**
 * What goes on a scenario handout, worked out from the scenario data alone: the steps
 * in the order a room meets them, and text split into paragraphs. Pure, for unit tests.
 */
import type { Scenario, Step } from '../schemas/scenario.ts';

/**
 * The steps in the order a room is likely to meet them: breadth first from the start,
 * choices in the order written. Steps the walk cannot reach (the build's graph checks
 * forbid them) still come last rather than being lost.
 */
export function stepsInRouteOrder(scenario: Scenario): Step[] {
  const byId = new Map(scenario.conversation.steps.map((s) => [s.id, s]));
  const seen = new Set<string>([scenario.conversation.start]);
  const queue = [scenario.conversation.start];
  const order: Step[] = [];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const step = byId.get(id);
    if (!step) continue;
    order.push(step);
    for (const choice of step.choices) {
      if (byId.has(choice.next) && !seen.has(choice.next)) {
        seen.add(choice.next);
        queue.push(choice.next);
      }
    }
  }
  return [...order, ...scenario.conversation.steps.filter((s) => !seen.has(s.id))];
}

/** Text written with blank lines between paragraphs, as paragraphs. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
