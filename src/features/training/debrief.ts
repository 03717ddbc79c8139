/**
 * The debrief at the end of a training session: the room's route beside the checklist
 * route and the strongest conversation route (outcomes by dimension), the votes at each
 * step, and the learning points; and the same as a Markdown or JSON file the trainer can
 * save. Pure: no clock, no browser. Nothing about the people in the room is in it.
 */
import type { Outcomes, Scenario } from '../../schemas/scenario.ts';
import { DIMENSION_ORDER } from '../scenarios/compare.ts';
import type { ChoiceMade } from '../scenarios/state.ts';
import { DIMENSIONS, outcomeWord, type Dimension } from '../../vocabulary/scenario.ts';
import { choiceLetter, roomChoice, tally, totalVotes, TIE_RULE, type Counts, type DecidedBy } from './votes.ts';

/** One visit to a step on the room's route: the votes and the trainer's choice, if any. */
export interface Visit {
  stepId: string;
  counts: Counts;
  /** A choice the trainer picked for the room, overriding the vote. */
  override?: string | undefined;
}

/** Everything the debrief is built from; the engine works out the routes' results. */
export interface DebriefInput {
  scenarioId: string;
  scenario: Pick<Scenario, 'title' | 'learningPoints' | 'checklist' | 'conversation'>;
  /** The room's route on the conversation route, in order. */
  visits: readonly Visit[];
  /** The ending the room reached, if it reached one. */
  roomEndingId: string | undefined;
  /** The checklist route as the room played it (or as the facts support, if not played). */
  checklist: { ticked: readonly string[]; level: string; service: string; endingId: string; playedByRoom: boolean };
  /** The strongest conversation route. */
  strongest: { choices: readonly ChoiceMade[]; ending: string };
  /** The date the debrief was made, YYYY-MM-DD, if wanted in the file. */
  madeOn?: string | undefined;
}

/** A route's result: its ending and its outcomes. */
export interface RouteResult {
  label: string;
  endingId: string;
  endingTitle: string;
  outcomes: Outcomes;
}

/** One row of the outcomes comparison. */
export interface DimensionRow {
  dimension: Dimension;
  label: string;
  room: number | undefined;
  checklist: number;
  strongest: number;
}

/** One step on the room's route, with the votes. */
export interface StepVotes {
  stepId: string;
  title: string;
  prompt: string;
  choices: { choiceId: string; letter: string; label: string; votes: number; percent: number; quality: string }[];
  total: number;
  chosenId: string | undefined;
  chosenLetter: string | undefined;
  by: DecidedBy;
}

/** The debrief, ready to show, print or save. */
export interface DebriefModel {
  format: 'right-conversation-debrief';
  version: 1;
  scenarioId: string;
  title: string;
  madeOn: string | undefined;
  room: RouteResult | undefined;
  checklist: RouteResult & {
    ticked: { id: string; label: string; level: string }[];
    level: string;
    service: string;
    playedByRoom: boolean;
  };
  strongest: RouteResult & { steps: { stepId: string; title: string; choice: string }[] };
  dimensions: DimensionRow[];
  steps: StepVotes[];
  tieRule: string;
  learningPoints: string[];
}

/** Builds the debrief model. Unknown ids are an error, since the engine never makes them. */
export function buildDebrief(input: DebriefInput): DebriefModel {
  const { scenario } = input;
  const steps = new Map(scenario.conversation.steps.map((s) => [s.id, s]));
  const conversationEnding = (id: string) => {
    const ending = scenario.conversation.endings.find((e) => e.id === id);
    if (!ending) throw new Error(`${input.scenarioId}: there is no conversation ending "${id}".`);
    return ending;
  };
  const checklistEnding = scenario.checklist.endings.find((e) => e.id === input.checklist.endingId);
  if (!checklistEnding) throw new Error(`${input.scenarioId}: there is no checklist ending "${input.checklist.endingId}".`);
  const result = (label: string, ending: { id: string; title: string; outcomes: Outcomes }): RouteResult => ({
    label,
    endingId: ending.id,
    endingTitle: ending.title,
    outcomes: ending.outcomes,
  });

  const room = input.roomEndingId === undefined ? undefined : result("The room's route", conversationEnding(input.roomEndingId));
  const strongestEnding = conversationEnding(input.strongest.ending);
  const stepOf = (id: string) => {
    const step = steps.get(id);
    if (!step) throw new Error(`${input.scenarioId}: there is no step "${id}".`);
    return step;
  };

  return {
    format: 'right-conversation-debrief',
    version: 1,
    scenarioId: input.scenarioId,
    title: scenario.title,
    madeOn: input.madeOn,
    room,
    checklist: {
      ...result('The checklist route', checklistEnding),
      ticked: scenario.checklist.items
        .filter((i) => input.checklist.ticked.includes(i.id))
        .map((i) => ({ id: i.id, label: i.label, level: scenario.checklist.levels.find((l) => l.id === i.level)?.name ?? i.level })),
      level: input.checklist.level,
      service: input.checklist.service,
      playedByRoom: input.checklist.playedByRoom,
    },
    strongest: {
      ...result('The strongest conversation route', strongestEnding),
      steps: input.strongest.choices.map(({ step: stepId, choice: choiceId }) => {
        const step = stepOf(stepId);
        return { stepId, title: step.title, choice: step.choices.find((c) => c.id === choiceId)?.label ?? choiceId };
      }),
    },
    dimensions: DIMENSION_ORDER.map((dimension) => ({
      dimension,
      label: DIMENSIONS[dimension],
      room: room?.outcomes[dimension],
      checklist: checklistEnding.outcomes[dimension],
      strongest: strongestEnding.outcomes[dimension],
    })),
    steps: input.visits.map((visit) => {
      const step = stepOf(visit.stepId);
      const ids = step.choices.map((c) => c.id);
      const bars = tally(ids, visit.counts);
      const chosen = roomChoice(ids, visit.counts, visit.override);
      const index = chosen.choiceId === undefined ? -1 : ids.indexOf(chosen.choiceId);
      return {
        stepId: step.id,
        title: step.title,
        prompt: step.prompt,
        choices: step.choices.map((c, i) => ({
          choiceId: c.id,
          letter: choiceLetter(i),
          label: c.label,
          votes: bars[i]!.votes,
          percent: bars[i]!.percent,
          quality: c.quality,
        })),
        total: totalVotes(ids, visit.counts),
        chosenId: chosen.choiceId,
        chosenLetter: index < 0 ? undefined : choiceLetter(index),
        by: chosen.by,
      };
    }),
    tieRule: TIE_RULE,
    learningPoints: [...scenario.learningPoints],
  };
}

/** How the room's choice was reached, in words. */
export function decidedByText(by: DecidedBy): string {
  switch (by) {
    case 'vote':
      return 'most votes';
    case 'tie':
      return 'a tie: the first of the tied choices';
    case 'trainer':
      return "the trainer's choice";
    case 'none':
      return 'no choice made';
  }
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const score = (n: number | undefined) => (n === undefined ? 'not reached' : outcomeWord(n));

/** The debrief as a Markdown document. */
export function debriefMarkdown(model: DebriefModel): string {
  const lines: string[] = [];
  lines.push(`# Debrief: ${model.title}`, '');
  lines.push(
    `A fictional case, played in a training session${model.madeOn ? ` on ${model.madeOn}` : ''}. This file holds no names and nothing about the people in the room.`,
    '',
  );
  lines.push('## Outcomes by route', '');
  lines.push(
    `| Outcome | ${model.room ? "The room's route" : "The room's route (not finished)"} | The checklist route | The strongest conversation route |`,
  );
  lines.push('| --- | --- | --- | --- |');
  for (const row of model.dimensions) {
    lines.push(`| ${cell(row.label)} | ${score(row.room)} | ${score(row.checklist)} | ${score(row.strongest)} |`);
  }
  lines.push('');
  lines.push(`- The room's route ended in: ${model.room ? model.room.endingTitle : 'no ending yet'}.`);
  lines.push(
    `- The checklist route${model.checklist.playedByRoom ? ' (as the room ticked it)' : ' (as the facts of the case support)'}: the form decided ${model.checklist.level}, "${model.checklist.service}". It ended in: ${model.checklist.endingTitle}.`,
  );
  lines.push(`- The strongest conversation route ended in: ${model.strongest.endingTitle}.`, '');

  lines.push("## The room's route and the votes", '');
  if (model.steps.length === 0) lines.push('The room did not start the conversation route.', '');
  model.steps.forEach((step, n) => {
    lines.push(`### ${n + 1}. ${step.title}`, '', step.prompt, '');
    lines.push('| Choice | Votes |', '| --- | --- |');
    for (const c of step.choices) {
      const mark = c.choiceId === step.chosenId ? ' (the room chose this)' : '';
      lines.push(`| ${c.letter}. ${cell(c.label)}${mark} | ${c.votes} (${c.percent}%) |`);
    }
    lines.push('');
    lines.push(
      step.chosenLetter
        ? `${step.total} votes. The room chose ${step.chosenLetter}: ${decidedByText(step.by)}.`
        : `${step.total} votes. No choice made yet.`,
      '',
    );
  });
  lines.push(`Tie rule: ${model.tieRule}`, '');

  lines.push('## The strongest conversation route', '');
  model.strongest.steps.forEach((s, n) => lines.push(`${n + 1}. ${s.title}: ${s.choice}`));
  lines.push('');

  lines.push('## Learning points', '');
  for (const point of model.learningPoints) lines.push(`- ${point}`);
  lines.push('');
  return lines.join('\n');
}

/** The debrief as JSON, for anyone who wants to keep the figures. */
export function debriefJson(model: DebriefModel): string {
  return JSON.stringify(model, null, 2) + '\n';
}

/** A file name for the saved debrief: the scenario id, the date if given, and the extension. */
export function debriefFileName(model: DebriefModel, extension: 'md' | 'json'): string {
  return `debrief-${model.scenarioId}${model.madeOn ? `-${model.madeOn}` : ''}.${extension}`;
}
