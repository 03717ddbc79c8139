/**
 * The graph checks: a scenario's structure, as the schema cannot see it. Pure: a
 * validated scenario in, a list of problems out, each naming the file, the step (and
 * choice) and the fix. The build runs them on every file in content/scenarios/
 * (src/rules/scenario-folder.ts) and fails when any problem is found.
 */
import type { Scenario } from '../../schemas/scenario.ts';
import { checkEndingsAndLinks } from './links.ts';
import { conversationPaths, MAX_PATH_STEPS, reachableFromStart, stepsWithWayOut } from '../../features/scenarios/paths.ts';
import { checkTeaching } from './teaching.ts';
import { choicePath, didYouMean, listIds, Reporter, stepPath, type GraphCheckOptions, type GraphProblem } from './problems.ts';

export type { GraphCheckOptions, GraphProblem, DataPath } from './problems.ts';

function checkIds(r: Reporter): void {
  const { checklist, conversation } = r.scenario;
  const seen = new Map<string, string>();
  const claim = (id: string, what: string, path: (string | number)[]) => {
    const earlier = seen.get(id);
    if (earlier)
      r.add(
        path,
        (at) =>
          `The id \`${id}\` is used twice in ${at}: by ${earlier} and by ${what}. Steps and endings share one set of ids: rename one of them.`,
      );
    else seen.set(id, what);
  };
  conversation.steps.forEach((s, i) => claim(s.id, `a step`, [...stepPath(i), 'id']));
  conversation.endings.forEach((e, i) => claim(e.id, `an ending`, ['conversation', 'endings', i, 'id']));
  checklist.endings.forEach((e, i) => claim(e.id, `a checklist ending`, ['checklist', 'endings', i, 'id']));
  conversation.steps.forEach((step, i) => {
    const ids = step.choices.map((c) => c.id);
    ids.forEach((id, j) => {
      if (ids.indexOf(id) !== j)
        r.add(
          [...choicePath(i, j), 'id'],
          (at) => `Step \`${step.id}\` of ${at} has two choices with the id \`${id}\`. Give each choice in a step its own id.`,
        );
    });
  });
  const items = checklist.items.map((item) => item.id);
  items.forEach((id, k) => {
    if (items.indexOf(id) !== k)
      r.add(
        ['checklist', 'items', k, 'id'],
        (at) => `The checklist of ${at} has two items with the id \`${id}\`. Give each item its own id.`,
      );
  });
}

function checkChecklist(r: Reporter): void {
  const { levels, items, endings } = r.scenario.checklist;
  const endingIds = endings.map((e) => e.id);
  const levelIds = levels.map((l) => l.id);
  levels.forEach((level, k) => {
    const path = ['checklist', 'levels', k];
    const name = `The level \`${level.id}\` ("${level.name}")`;
    if (levelIds.indexOf(level.id) !== k)
      r.add([...path, 'id'], (at) => `The checklist of ${at} has two levels with the id \`${level.id}\`. Give each level its own id.`);
    if (k === 0 && level.min !== undefined)
      r.add(
        [...path, 'min'],
        (at) =>
          `${name} of the checklist in ${at} is the first level, so it has no \`min\`: the form decides it when no other level is reached. Remove its \`min\`.`,
      );
    if (k > 0 && level.min === undefined)
      r.add(
        [...path, 'id'],
        (at) =>
          `${name} of the checklist in ${at} has no \`min\`. Add \`min\`: how many ticked indicators at this level or above make the form decide it.`,
      );
    const available = items.filter((item) => levelIds.indexOf(item.level) >= k).length;
    if (k > 0 && level.min !== undefined && level.min > available)
      r.add(
        [...path, 'min'],
        (at) =>
          `${name} of the checklist in ${at} can never be reached: it needs ${level.min} ticked ${level.min === 1 ? 'indicator' : 'indicators'} at this level or above, and the form has ${available}. Lower its \`min\` or add indicators at this level.`,
      );
    if (!endingIds.includes(level.ending))
      r.add(
        [...path, 'ending'],
        (at) =>
          `${name} of the checklist in ${at} leads to \`${level.ending}\`, which is not a checklist ending.${didYouMean(level.ending, endingIds)} Checklist endings are: ${listIds(endingIds)}.`,
      );
  });
  items.forEach((item, k) => {
    if (!levelIds.includes(item.level))
      r.add(
        ['checklist', 'items', k, 'level'],
        (at) =>
          `Indicator \`${item.id}\` of the checklist in ${at} points to the level \`${item.level}\`, which is not one of the form's levels.${didYouMean(item.level, levelIds)} Levels are: ${listIds(levelIds)}.`,
      );
  });
  endings.forEach((ending, k) => {
    if (!levels.some((l) => l.ending === ending.id))
      r.add(
        ['checklist', 'endings', k, 'id'],
        (at) =>
          `Checklist ending \`${ending.id}\` of ${at} is not the result of any level. Point a level's \`ending\` at it, or remove it.`,
      );
  });
}

/** Checks `start` and every choice's `next`; returns false when the start is not a step. */
function checkChoices(r: Reporter): boolean {
  const { conversation, checklist } = r.scenario;
  const targets = [...conversation.steps, ...conversation.endings].map((n) => n.id);
  const checklistEndings = new Set(checklist.endings.map((e) => e.id));
  const startIsStep = conversation.steps.some((s) => s.id === conversation.start);
  if (!startIsStep) {
    r.add(
      ['conversation', 'start'],
      (at) =>
        `\`conversation.start\` in ${at} is \`${conversation.start}\`, which is not a step. Steps are: ${listIds(conversation.steps.map((s) => s.id))}.`,
    );
  }
  conversation.steps.forEach((step, i) =>
    step.choices.forEach((choice, j) => {
      if (targets.includes(choice.next)) return;
      const what = checklistEndings.has(choice.next) ? 'an ending of the checklist route' : 'which does not exist';
      r.add(
        [...choicePath(i, j), 'next'],
        (at) =>
          `Choice \`${choice.id}\` in step \`${step.id}\` of ${at} points to \`${choice.next}\`, ${what}. Steps and endings are: ${listIds(targets)}. Set \`next\` to one of them.`,
      );
    }),
  );
  return startIsStep;
}

function checkReach(r: Reporter): void {
  const { conversation } = r.scenario;
  const reached = reachableFromStart(r.scenario);
  const wayOut = stepsWithWayOut(r.scenario);
  conversation.steps.forEach((step, i) => {
    if (!reached.has(step.id))
      r.add(
        [...stepPath(i), 'id'],
        (at) =>
          `Step \`${step.id}\` of ${at} cannot be reached from the start (\`${conversation.start}\`): no choice leads to it. Point a choice's \`next\` at it, or remove it.`,
      );
  });
  conversation.endings.forEach((ending, i) => {
    if (!reached.has(ending.id))
      r.add(
        ['conversation', 'endings', i, 'id'],
        (at) =>
          `Ending \`${ending.id}\` of ${at} cannot be reached from the start (\`${conversation.start}\`): no choice leads to it. Point a choice's \`next\` at it, or remove it.`,
      );
  });
  const trapped = conversation.steps.filter((s) => reached.has(s.id) && !wayOut.has(s.id));
  const first = trapped[0];
  if (first) {
    const i = conversation.steps.indexOf(first);
    r.add(
      [...stepPath(i), 'id'],
      (at) =>
        `From ${trapped.length === 1 ? 'step' : 'steps'} ${listIds(trapped.map((s) => s.id))} of ${at} no choice ever leads to an ending: the player would go round a loop with no way out. Point at least one of those steps' choices at an ending, or at a step that leads to one.`,
    );
  }
}

function checkPaths(r: Reporter): void {
  const { paths, truncated } = conversationPaths(r.scenario);
  const tooLong = paths.find((p) => p.end.kind === 'too-long');
  if (tooLong) {
    const route = tooLong.choices.map((c) => c.step).join(' → ');
    r.add(
      ['conversation'],
      (at) =>
        `A path through ${at} takes more than ${MAX_PATH_STEPS} steps without reaching an ending: ${route} → … Shorten it, so that every path ends within ${MAX_PATH_STEPS} steps.`,
    );
  }
  if (truncated)
    r.add(
      ['conversation'],
      (at) =>
        `The conversation route of ${at} has too many paths to check (more than ${paths.length}). Join branches back together, or use fewer steps.`,
    );
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
    checkTeaching(r);
  }
  checkEndingsAndLinks(r);
  return r.problems;
}
