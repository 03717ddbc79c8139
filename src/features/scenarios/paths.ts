/**
 * Walking the conversation route as a graph: which steps and endings can be reached,
 * every path from the start (without repeating a step), and the strongest path.
 * Used by the graph checks at build time, by the map of a scenario, by tests that walk
 * every path, and by training mode (the strongest route beside the room's).
 */
import type { Scenario } from '../../schemas/scenario.ts';
import { totalOutcome } from './compare.ts';
import type { ChoiceMade } from './state.ts';

/** The most steps any path may take before it reaches an ending. */
export const MAX_PATH_STEPS = 15;

/** The most paths the walk lists before it gives up (a guard against a runaway graph). */
export const MAX_PATHS = 20_000;

/** How a path stops: at an ending, by returning to a step already on it, at a missing id, or by running too long. */
export type PathEnd =
  { kind: 'ending'; id: string } | { kind: 'loop'; id: string } | { kind: 'missing'; id: string } | { kind: 'too-long' };

/** One path from the start: the choices made, in order, and how it stops. */
export interface ConversationPath {
  choices: ChoiceMade[];
  end: PathEnd;
}

/** Every path from the start, and whether the walk stopped early at `MAX_PATHS`. */
export interface PathWalk {
  paths: ConversationPath[];
  truncated: boolean;
}

/**
 * Lists every path from the start step, depth first, choices in the order written.
 * A path stops when it reaches an ending, comes back to a step it has already visited
 * (a loop, which the graph checks require to have a way out), points at a missing id,
 * or visits more than `maxSteps` steps.
 */
export function conversationPaths(scenario: Scenario, maxSteps = MAX_PATH_STEPS, maxPaths = MAX_PATHS): PathWalk {
  const steps = new Map(scenario.conversation.steps.map((s) => [s.id, s]));
  const endings = new Set(scenario.conversation.endings.map((e) => e.id));
  const paths: ConversationPath[] = [];
  let truncated = false;

  const record = (choices: ChoiceMade[], end: PathEnd) => {
    if (paths.length >= maxPaths) truncated = true;
    else paths.push({ choices, end });
  };
  const visit = (id: string, onPath: string[], choices: ChoiceMade[]): void => {
    if (onPath.length > maxSteps) return record(choices, { kind: 'too-long' });
    for (const choice of steps.get(id)?.choices ?? []) {
      if (truncated) return;
      const made = [...choices, { step: id, choice: choice.id }];
      if (endings.has(choice.next)) record(made, { kind: 'ending', id: choice.next });
      else if (onPath.includes(choice.next)) record(made, { kind: 'loop', id: choice.next });
      else if (steps.has(choice.next)) visit(choice.next, [...onPath, choice.next], made);
      else record(made, { kind: 'missing', id: choice.next });
    }
  };
  if (steps.has(scenario.conversation.start)) visit(scenario.conversation.start, [scenario.conversation.start], []);
  return { paths, truncated };
}

/** The ids of every step and ending that some path from the start reaches. */
export function reachableFromStart(scenario: Scenario): Set<string> {
  const next = new Map(scenario.conversation.steps.map((s) => [s.id, s.choices.map((c) => c.next)]));
  const seen = new Set<string>();
  const queue = [scenario.conversation.start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(next.get(id) ?? []));
  }
  return seen;
}

/** The ids of the steps from which some sequence of choices reaches an ending. */
export function stepsWithWayOut(scenario: Scenario): Set<string> {
  const out = new Set(scenario.conversation.endings.map((e) => e.id));
  const steps = scenario.conversation.steps;
  // Grow the set until nothing changes: a step has a way out if any choice leads into the set.
  for (let changed = true; changed;) {
    changed = false;
    for (const step of steps) {
      if (!out.has(step.id) && step.choices.some((c) => out.has(c.next))) {
        out.add(step.id);
        changed = true;
      }
    }
  }
  return new Set(steps.filter((s) => out.has(s.id)).map((s) => s.id));
}

/** The most steps any complete path takes from the start to an ending. */
export function longestPathSteps(scenario: Scenario): number {
  return Math.max(0, ...completePaths(scenario).map((p) => p.choices.length));
}

/** A path that reaches an ending. */
export type CompletePath = ConversationPath & { end: { kind: 'ending'; id: string } };

/** The paths that reach an ending. */
export function completePaths(scenario: Scenario): CompletePath[] {
  return conversationPaths(scenario).paths.filter((p): p is CompletePath => p.end.kind === 'ending');
}

/** Compares two rankings item by item: true if `a` is greater at the first place they differ. */
function isGreater(a: readonly number[], b: readonly number[]): boolean {
  const i = a.findIndex((v, k) => v !== b[k]);
  return i >= 0 && a[i]! > b[i]!;
}

/** The strongest conversation path: its choices and the ending it reaches. */
export interface StrongestPath {
  choices: ChoiceMade[];
  ending: string;
}

/**
 * The conversation path to the ending with the best total outcome. When several paths
 * reach equally good endings, the one with the fewest weak choices wins, then the one
 * with the fewest mixed choices, then the shorter.
 * Undefined only if no path reaches an ending (which the graph checks forbid).
 */
export function strongestPath(scenario: Scenario): StrongestPath | undefined {
  const total = new Map(scenario.conversation.endings.map((e) => [e.id, totalOutcome(e.outcomes)]));
  const quality = new Map(scenario.conversation.steps.flatMap((s) => s.choices.map((c) => [`${s.id}/${c.id}`, c.quality])));
  const count = (p: ConversationPath, q: string) => p.choices.filter((c) => quality.get(`${c.step}/${c.choice}`) === q).length;
  const rank = (p: CompletePath) => [total.get(p.end.id) ?? 0, -count(p, 'weak'), -count(p, 'mixed'), -p.choices.length];
  let best: { path: CompletePath; score: number[] } | undefined;
  for (const path of completePaths(scenario)) {
    const score = rank(path);
    if (!best || isGreater(score, best.score)) best = { path, score };
  }
  return best && { choices: best.path.choices, ending: best.path.end.id };
}
