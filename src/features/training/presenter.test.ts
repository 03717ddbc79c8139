import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../schemas/scenario.ts';
import {
  currentRoomChoice,
  debriefInput,
  initialPresenterState,
  nextLabel,
  presentedStep,
  presenterReducer,
  roomChecklist,
  type PresenterAction,
  type PresenterState,
} from './presenter.ts';
import { buildDebrief } from './debrief.ts';

const scenario = scenarioSchema.parse(parse(readFileSync('tests/fixtures/content/base/scenarios/sam.yaml', 'utf8')));
const run = (actions: PresenterAction[], from: PresenterState = initialPresenterState()) =>
  actions.reduce((state, action) => presenterReducer(scenario, state, action), from);
const next: PresenterAction = { type: 'next' };
const prev: PresenterAction = { type: 'prev' };
const times = (n: number, action: PresenterAction) => Array.from({ length: n }, () => action);

/** Title → case → checklist (ticking "tired" and "late", both Level 2) → what it decides → ending → first step. */
const toFirstStep: PresenterAction[] = [
  next,
  next,
  { type: 'tick', item: 'tired', ticked: true },
  { type: 'tick', item: 'late', ticked: true },
  next,
  next,
  next,
];

describe('the presenter view', () => {
  it('plays the checklist route with the room’s ticks, then starts the conversation route', () => {
    const atChecklist = run([next, next]);
    expect(atChecklist.slide).toBe('checklist');
    const scored = run([next], run(toFirstStep.slice(0, 4)));
    expect(scored.slide).toBe('checklist-result');
    const result = roomChecklist(scenario, scored);
    expect(result).toMatchObject({
      level: { id: 'targeted', name: 'Level 2: Targeted', service: 'Targeted: referral to the cluster' },
      ending: { id: 'checklist-referral' },
    });
    expect(result.ticked.map((t) => [t.level.id, t.count])).toEqual([
      ['universal', 0],
      ['targeted', 2],
    ]);
    const first = run(toFirstStep);
    expect(first.slide).toBe('situation');
    expect(presentedStep(scenario, first)?.id).toBe('notice');
    expect(first.visits).toEqual([{ stepId: 'notice', counts: {} }]);
  });

  it('ignores ticks except on the checklist slide', () => {
    const state = run([next]);
    expect(run([{ type: 'tick', item: 'tired', ticked: true }], state)).toBe(state);
  });

  it('pauses for discussion, then will not reveal until the room has voted or the trainer has chosen', () => {
    const paused = run([...toFirstStep, next]);
    expect(paused.slide).toBe('discuss');
    const stuck = run([next], paused);
    expect(stuck).toMatchObject({ slide: 'discuss', notice: 'needs-choice' });
    const voted = run([{ type: 'votes', choice: 'talk', count: '7' }, { type: 'votes', choice: 'form', count: 3 }, next], stuck);
    expect(voted).toMatchObject({ slide: 'reveal', notice: null });
    expect(currentRoomChoice(scenario, voted)).toEqual({ choiceId: 'talk', by: 'vote', leaders: ['talk'] });
  });

  it('moves the engine on with the room’s choice, and the trainer can override the vote', () => {
    const base = run([...toFirstStep, next, { type: 'votes', choice: 'talk', count: 2 }, { type: 'votes', choice: 'form', count: 5 }]);
    expect(run([next, next], base)).toMatchObject({ slide: 'ending', game: { finished: { conversation: 'passed-on' } } });
    const overridden = run([{ type: 'override', choice: 'talk' }, next, next], base);
    expect(overridden.slide).toBe('situation');
    expect(presentedStep(scenario, overridden)?.id).toBe('talk');
    expect(overridden.game.history).toEqual([{ step: 'notice', choice: 'talk' }]);
  });

  it('takes the first tied choice in the order shown on a tie, whatever order the votes came in', () => {
    // The step shows `form` (A) before `talk` (B); the votes for `talk` are entered first.
    const tied = run([
      ...toFirstStep,
      next,
      { type: 'votes', choice: 'talk', count: 4 },
      { type: 'votes', choice: 'form', count: 4 },
      next,
    ]);
    expect(currentRoomChoice(scenario, tied)).toEqual({ choiceId: 'form', by: 'tie', leaders: ['form', 'talk'] });
  });

  it('keeps a step’s votes when the trainer goes back and comes the same way again', () => {
    const atTalk = run([
      ...toFirstStep,
      next,
      { type: 'votes', choice: 'talk', count: 9 },
      next,
      next,
      next,
      { type: 'votes', choice: 'ring', count: 3 },
    ]);
    expect(atTalk.slide).toBe('discuss');
    const back = run([prev, prev, prev], atTalk);
    expect(back.slide).toBe('discuss');
    expect(presentedStep(scenario, back)?.id).toBe('notice');
    const again = run([next, next, next], back);
    expect(again.visits[1]).toEqual({ stepId: 'talk', counts: { ring: 3 } });
  });

  it('records each visit when the route loops back to a step', () => {
    const vote = (choice: string): PresenterAction[] => [next, { type: 'votes', choice, count: 1 }, next, next];
    const looped = run([...toFirstStep, ...vote('talk'), ...vote('wait'), ...vote('talk'), ...vote('ring'), ...vote('plan')]);
    expect(looped.slide).toBe('ending');
    expect(looped.visits.map((v) => v.stepId)).toEqual(['notice', 'talk', 'notice', 'talk', 'agree']);
    const model = buildDebrief(debriefInput('sam', scenario, run([next], looped), '2026-11-23'));
    expect(model.room?.endingId).toBe('good');
    expect(model.steps.map((s) => s.chosenId)).toEqual(['talk', 'wait', 'talk', 'ring', 'plan']);
    expect(model.checklist).toMatchObject({
      level: 'Level 2: Targeted',
      service: 'Targeted: referral to the cluster',
      playedByRoom: true,
      endingId: 'checklist-referral',
    });
    expect(model.strongest.endingId).toBe('good');
  });

  it('goes back from the first step to the checklist, and reopens the form with the room’s ticks', () => {
    const back = run([prev, prev, prev], run(toFirstStep));
    expect(back.slide).toBe('checklist');
    expect(back.game).toMatchObject({ route: 'checklist', submitted: false, ticks: ['tired', 'late'] });
    const untick = run([{ type: 'tick', item: 'late', ticked: false }, next], back);
    expect(untick.slide).toBe('checklist-result');
    // One Level 2 tick is short of its min of 2: the form now decides Level 1.
    expect(roomChecklist(scenario, untick)).toMatchObject({ level: { id: 'universal' }, ending: { id: 'checklist-none' } });
  });

  it('blanks the screen; Next and Previous then only bring it back', () => {
    const blank = run([next, { type: 'blank' }]);
    expect(blank.blank).toBe(true);
    expect(run([next], blank)).toMatchObject({ blank: false, slide: 'case' });
    expect(run([{ type: 'blank', on: false }], blank).blank).toBe(false);
  });

  it('stays on the first and last slides, and restarts from the title', () => {
    expect(run([prev])).toEqual(initialPresenterState());
    expect(run([...times(3, next), { type: 'restart' }])).toEqual(initialPresenterState());
    expect(nextLabel('discuss')).toBe('Reveal the consequences');
  });
});
