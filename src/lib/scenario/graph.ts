/**
 * The graph checks: a scenario's structure, as the schema cannot see it. Pure: a
 * validated scenario in, a list of problems out, each naming the file, the step (and
 * choice) and the fix. The build runs them on every file in content/scenarios/
 * (src/integrations/scenario-checks.ts) and fails when any problem is found.
 */
import type { Scenario } from '../../schemas/scenario.ts';
import { maxThresholdScore } from './checklist.ts';
import { checkEndingsAndLinks } from './links.ts';
import { conversationPaths, MAX_PATH_STEPS, reachableFromStart, stepsWithWayOut } from './paths.ts';
import { choicePath, listIds, Reporter, stepPath, type GraphCheckOptions, type GraphProblem } from './problems.ts';

export type { GraphCheckOptions, GraphProblem, DataPath } from './problems.ts';

function checkIds(r: Reporter): void {
  const { checklist, conversation } = r.scenario;
  const seen = new Map<string, string>();
  const claim = (id: string, what: string, path: (string | number)[]) => {
    const earlier = seen.get(id);
    if (earlier) r.add(path, (at) => `The id \`${id}\` is used twice in ${at}: by ${earlier} and by ${what}. Steps and endings share one set of ids: rename one of them.`);
    else seen.set(id, what);
  };
  conversation.steps.forEach((s, i) => claim(s.id, `a step`, [...stepPath(i), 'id']));
  conversation.endings.forEach((e, i) => claim(e.id, `an ending`, ['conversation', 'endings', i, 'id']));
  checklist.endings.forEach((e, i) => claim(e.id, `a checklist ending`, ['checklist', 'endings', i, 'id']));
  conversation.steps.forEach((step, i) => {
    const ids = step.choices.map((c) => c.id);
    ids.forEach((id, j) => {
      if (ids.indexOf(id) !== j) r.add([...choicePath(i, j), 'id'], (at) => `Step \`${step.id}\` of ${at} has two choices with the id \`${id}\`. Give each choice in a step its own id.`);
    });
  });
  const items = checklist.items.map((item) => item.id);
  items.forEach((id, k) => {
    if (items.indexOf(id) !== k) r.add(['checklist', 'items', k, 'id'], (at) => `The checklist of ${at} has two items with the id \`${id}\`. Give each item its own id.`);
  });
}

function checkChecklist(r: Reporter): void {
  const { bands, endings } = r.scenario.checklist;
  const endingIds = endings.map((e) => e.id);
  const max = maxThresholdScore(r.scenario);
  bands.forEach((band, k) => {
    const path = ['checklist', 'bands', k];
    const name = `The band \`min: ${band.min}\` ("${band.service}")`;
    if (k === 0 && band.min !== 0) r.add([...path, 'min'], (at) => `The first band of the checklist in ${at} starts at ${band.min}. Start it at \`min: 0\`, so that every score has a service.`);
    const before = bands[k - 1];
    if (before && band.min <= before.min) r.add([...path, 'min'], (at) => `${name} of the checklist in ${at} comes after a band starting at ${before.min}. List bands lowest first, each \`min\` higher than the one before.`);
    else if (band.min > max) r.add([...path, 'min'], (at) => `${name} of the checklist in ${at} can never be reached: ticking every item scores ${max}. Lower its \`min\` or give the items more points.`);
    if (!endingIds.includes(band.ending)) r.add([...path, 'ending'], (at) => `${name} of the checklist in ${at} leads to \`${band.ending}\`, which is not a checklist ending. Checklist endings are: ${listIds(endingIds)}.`);
  });
  endings.forEach((ending, k) => {
    if (!bands.some((b) => b.ending === ending.id)) r.add(['checklist', 'endings', k, 'id'], (at) => `Checklist ending \`${ending.id}\` of ${at} is not the result of any band. Point a band's \`ending\` at it, or remove it.`);
  });
}

/** Checks `start` and every choice's `next`; returns false when the start is not a step. */
function checkChoices(r: Reporter): boolean {
  const { conversation, checklist } = r.scenario;
  const targets = [...conversation.steps, ...conversation.endings].map((n) => n.id);
  const checklistEndings = new Set(checklist.endings.map((e) => e.id));
  const startIsStep = conversation.steps.some((s) => s.id === conversation.start);
  if (!startIsStep) {
    r.add(['conversation', 'start'], (at) => `\`conversation.start\` in ${at} is \`${conversation.start}\`, which is not a step. Steps are: ${listIds(conversation.steps.map((s) => s.id))}.`);
  }
  conversation.steps.forEach((step, i) =>
    step.choices.forEach((choice, j) => {
      if (targets.includes(choice.next)) return;
      const what = checklistEndings.has(choice.next) ? 'an ending of the checklist route' : 'which does not exist';
      r.add([...choicePath(i, j), 'next'], (at) => `Choice \`${choice.id}\` in step \`${step.id}\` of ${at} points to \`${choice.next}\`, ${what}. Steps and endings are: ${listIds(targets)}. Set \`next\` to one of them.`);
    }),
  );
  return startIsStep;
}

function checkReach(r: Reporter): void {
  const { conversation } = r.scenario;
  const reached = reachableFromStart(r.scenario);
  const wayOut = stepsWithWayOut(r.scenario);
  conversation.steps.forEach((step, i) => {
    if (!reached.has(step.id)) r.add([...stepPath(i), 'id'], (at) => `Step \`${step.id}\` of ${at} cannot be reached from the start (\`${conversation.start}\`): no choice leads to it. Point a choice's \`next\` at it, or remove it.`);
  });
  conversation.endings.forEach((ending, i) => {
    if (!reached.has(ending.id)) r.add(['conversation', 'endings', i, 'id'], (at) => `Ending \`${ending.id}\` of ${at} cannot be reached from the start (\`${conversation.start}\`): no choice leads to it. Point a choice's \`next\` at it, or remove it.`);
  });
  const trapped = conversation.steps.filter((s) => reached.has(s.id) && !wayOut.has(s.id));
  const first = trapped[0];
  if (first) {
    const i = conversation.steps.indexOf(first);
    r.add([...stepPath(i), 'id'], (at) => `From ${trapped.length === 1 ? 'step' : 'steps'} ${listIds(trapped.map((s) => s.id))} of ${at} no choice ever leads to an ending: the player would go round a loop with no way out. Point at least one of those steps' choices at an ending, or at a step that leads to one.`);
  }
}

function checkPaths(r: Reporter): void {
  const { paths, truncated } = conversationPaths(r.scenario);
  const tooLong = paths.find((p) => p.end.kind === 'too-long');
  if (tooLong) {
    const route = tooLong.choices.map((c) => c.step).join(' → ');
    r.add(['conversation'], (at) => `A path through ${at} takes more than ${MAX_PATH_STEPS} steps without reaching an ending: ${route} → … Shorten it, so that every path ends within ${MAX_PATH_STEPS} steps.`);
  }
  if (truncated) r.add(['conversation'], (at) => `The conversation route of ${at} has too many paths to check (more than ${paths.length}). Join branches back together, or use fewer steps.`);
}

/**
 * Checks a scenario as a graph.
 * @param scenario a scenario that has passed the schema (src/schemas/scenario.ts)
 * @param options the file name for messages, the ids that exist, and how to find a line
 * @returns the problems found, none if the scenario is sound
 */
export function checkScenarioGraph(scenario: Scenario, options: GraphCheckOptions): GraphProblem[] {
  const r = new Reporter(scenario, options);
  checkIds(r);
  checkChecklist(r);
  // Without a start step, every step would be reported unreachable: one message is enough.
  if (checkChoices(r)) {
    checkReach(r);
    checkPaths(r);
  }
  checkEndingsAndLinks(r);
  return r.problems;
}
