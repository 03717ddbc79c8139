/**
 * The teaching checks: rules about what a scenario teaches, which the graph cannot see.
 * Part of checkScenarioGraph (graph.ts), so the build, the tests and any in-browser tool
 * run the same rules:
 *
 * - no giveaway answers: the best choice is not predictable from its place or its length;
 * - every ending is true of every route that reaches it;
 * - a significant-harm case tells every delaying first choice to call now, and its only
 *   strong first choice is the call to the Duty and Advice Team;
 * - a choice to ring the Duty and Advice Team that is not the best move still says that
 *   ringing for advice is right when you are unsure (source R14, R15, E16).
 */
import type { Choice, Scenario, Step } from '../../schemas/scenario.ts';
import { completePaths, type CompletePath } from '../../features/scenarios/paths.ts';
import { choicePath, listIds, stepPath, type Reporter } from './problems.ts';
import type { Quality } from '../../vocabulary/scenario.ts';

const RANK: Record<Quality, number> = { weak: 0, mixed: 1, strong: 2 };

/** The best choices of a step: those of the best quality present. None when every choice is of one quality. */
export function bestChoices(step: Step): Choice[] {
  const best = Math.max(...step.choices.map((c) => RANK[c.quality]));
  if (step.choices.every((c) => RANK[c.quality] === best)) return [];
  return step.choices.filter((c) => RANK[c.quality] === best);
}

/** Where the best choices of each step sit: first, last, or the longest label (ties count). */
export interface Giveaways {
  /** Steps whose choices differ in quality: the ones a player could guess at. */
  steps: Step[];
  first: Step[];
  last: Step[];
  longest: Step[];
}

/** Counts the steps at which the best choice is first, last and longest. */
export function giveaways(scenario: Scenario): Giveaways {
  const result: Giveaways = { steps: [], first: [], last: [], longest: [] };
  for (const step of scenario.conversation.steps) {
    const best = bestChoices(step);
    if (best.length === 0) continue;
    result.steps.push(step);
    if (best.includes(step.choices[0]!)) result.first.push(step);
    if (best.includes(step.choices.at(-1)!)) result.last.push(step);
    const longest = Math.max(...step.choices.map((c) => c.label.length));
    if (best.some((c) => c.label.length === longest)) result.longest.push(step);
  }
  return result;
}

const PLACES = {
  first: 'first',
  last: 'last',
  longest: 'the longest',
} as const;

function checkGiveaways(r: Reporter): void {
  const found = giveaways(r.scenario);
  const most = Math.floor(found.steps.length / 2);
  for (const place of Object.keys(PLACES) as (keyof typeof PLACES)[]) {
    const steps = found[place];
    if (steps.length <= most) continue;
    const fix =
      place === 'longest'
        ? 'Make the weaker choices as specific as the best one, or trim what the best one over-explains'
        : 'Reorder the choices in some of those steps (the order written is the order shown everywhere)';
    r.add(
      ['conversation', 'steps'],
      (at) =>
        `In ${at} the best choice is ${PLACES[place]} at ${steps.length} of ${found.steps.length} steps (${listIds(steps.map((s) => s.id))}), so a room could guess it. ${fix}, so that it is ${PLACES[place]} at no more than ${most}.`,
    );
  }
}

/** The first weak choice on a route, or undefined when it has none. */
function firstWeak(scenario: Scenario, path: CompletePath): { step: string; choice: string } | undefined {
  const quality = new Map(scenario.conversation.steps.flatMap((s) => s.choices.map((c) => [`${s.id}/${c.id}`, c.quality])));
  return path.choices.find((c) => quality.get(`${c.step}/${c.choice}`) === 'weak');
}

const route = (path: CompletePath) => path.choices.map((c) => `${c.step}: ${c.choice}`).join(' → ');

function checkSharedEndings(r: Reporter): void {
  const { scenario } = r;
  const paths = completePaths(scenario);
  scenario.conversation.endings.forEach((ending, i) => {
    if (ending.fitsEveryRoute) return;
    const reaching = paths.filter((p) => p.end.id === ending.id);
    const clean = reaching.find((p) => !firstWeak(scenario, p));
    const weak = reaching.find((p) => firstWeak(scenario, p));
    if (!clean || !weak) return;
    const w = firstWeak(scenario, weak)!;
    r.add(
      ['conversation', 'endings', i, 'id'],
      (at) =>
        `Ending \`${ending.id}\` of ${at} is reached both by a route with no weak choice (${route(clean)}) and by a route with the weak choice \`${w.choice}\` in step \`${w.step}\` (${route(weak)}). One text and one set of outcomes rarely fit both. Give the weaker route its own ending, or, if every word and score holds for both, add \`fitsEveryRoute:\` to the ending with one sentence saying why.`,
    );
  });
}

/** True when a case is about significant harm: by its theme, or because its text says so. */
export function isSignificantHarmCase(scenario: Scenario): boolean {
  return scenario.themes.includes('significant-harm') || /significant harm/i.test(scenario.case);
}

/** True when some sentence of `text` tells the reader to call or ring now, in plain words. */
export function tellsToCallNow(text: string): boolean {
  return text
    .split(/(?<=[.!?])\s+/)
    .some(
      (sentence) => /\b(call|ring|phone)\b/i.test(sentence) && /\b(now|straight away|at once|immediately|right away)\b/i.test(sentence),
    );
}

/** True when a choice is a call to the Duty and Advice Team: it links the contact or names the team. */
export const callsDutyAndAdvice = (choice: Choice): boolean =>
  choice.contacts.includes('duty-and-advice') || /duty and advice/i.test(choice.label);

function checkSignificantHarm(r: Reporter): void {
  const { scenario } = r;
  if (!isSignificantHarmCase(scenario)) return;
  const i = scenario.conversation.steps.findIndex((s) => s.id === scenario.conversation.start);
  const first = scenario.conversation.steps[i];
  if (!first) return;
  if (!first.choices.some((c) => c.quality === 'strong' && callsDutyAndAdvice(c))) {
    r.add(
      [...stepPath(i), 'choices'],
      (at) =>
        `${at} is about significant harm, so the strong choice at its first step (\`${first.id}\`) must be the immediate call to the Duty and Advice Team. Add that choice, marked \`quality: strong\`, with \`contacts: [duty-and-advice]\`.`,
    );
  }
  first.choices.forEach((choice, j) => {
    if (choice.quality === 'strong') {
      if (!callsDutyAndAdvice(choice))
        r.add(
          [...choicePath(i, j), 'quality'],
          (at) =>
            `Choice \`${choice.id}\` in step \`${first.id}\` of ${at} is marked strong, but in a significant-harm case the only strong first choice is the immediate call to the Duty and Advice Team. Mark it mixed or weak, and say in its feedback to call now.`,
        );
      return;
    }
    if (!tellsToCallNow(choice.feedback))
      r.add(
        [...choicePath(i, j), 'feedback'],
        (at) =>
          `Choice \`${choice.id}\` in step \`${first.id}\` of ${at} delays the call in a significant-harm case, and its feedback does not tell the practitioner to call now. Add a plain sentence such as "Ring the Duty and Advice Team now."`,
      );
  });
}

function checkAdviceIsWelcome(r: Reporter): void {
  r.scenario.conversation.steps.forEach((step, i) =>
    step.choices.forEach((choice, j) => {
      if (choice.quality === 'strong' || !/duty and advice/i.test(choice.label)) return;
      if (/\badvice\b/i.test(choice.feedback) && /\b(unsure|not sure)\b/i.test(choice.feedback)) return;
      r.add(
        [...choicePath(i, j), 'feedback'],
        (at) =>
          `Choice \`${choice.id}\` in step \`${step.id}\` of ${at} contacts the Duty and Advice Team and is marked ${choice.quality}. Its feedback must name what was really wrong and say plainly that ringing the team for advice is always right when you are unsure whether a child may be in need (it must use the words "advice" and "unsure" or "not sure").`,
      );
    }),
  );
}

/** Runs every teaching check; part of checkScenarioGraph. */
export function checkTeaching(r: Reporter): void {
  checkGiveaways(r);
  checkSharedEndings(r);
  checkSignificantHarm(r);
  checkAdviceIsWelcome(r);
}
