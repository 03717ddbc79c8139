/**
 * The presenter view's state: which slide the room is looking at, the scenario engine's
 * state underneath it, the room's votes at each step and whether the screen is blanked.
 * A reducer over the scenario engine (src/features/scenarios/engine.ts): it never decides where
 * a choice leads; it asks the engine. Pure and plain JSON, so the speaker notes window
 * can be sent a copy.
 *
 * The slides run: title, case, the checklist route (tick the form, what it decides, what
 * happened), then for each conversation step: the situation, a pause for discussion (the
 * votes), the consequences revealed; then the room's ending and the debrief.
 */
import type { Scenario, Step } from '../../schemas/scenario.ts';
import { checklistResult } from '../scenarios/checklist.ts';
import { initialState, stepById, transition, type ScenarioState } from '../scenarios/engine.ts';
import { strongestPath } from '../scenarios/paths.ts';
import type { DebriefInput, Visit } from './debrief.ts';
import { roomChoice, setCount, type RoomChoice } from './votes.ts';

/** What the room is looking at. */
export type Slide =
  'title' | 'case' | 'checklist' | 'checklist-result' | 'checklist-ending' | 'situation' | 'discuss' | 'reveal' | 'ending' | 'debrief';

/** The slides of a conversation step, in order. */
export const STEP_SLIDES: readonly Slide[] = ['situation', 'discuss', 'reveal'];

export interface PresenterState {
  slide: Slide;
  /** The scenario engine's state: the checklist ticks, the conversation route so far. */
  game: ScenarioState;
  /**
   * The votes at each visit to a step, in order: `visits[game.history.length]` is the step
   * on screen. After going back, later visits are kept, and reused if the room comes the
   * same way again, so a slip of the clicker does not lose the counts.
   */
  visits: Visit[];
  /** True while the screen is blanked (B). */
  blank: boolean;
  /** Set when Next cannot go on: at a pause, nobody has voted and the trainer has not chosen. */
  notice: 'needs-choice' | null;
}

export type PresenterAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'tick'; item: string; ticked: boolean }
  | { type: 'votes'; choice: string; count: number | string }
  /** The trainer chooses for the room (null: follow the vote again). */
  | { type: 'override'; choice: string | null }
  /** Blank or show the screen; toggles when `on` is left out. */
  | { type: 'blank'; on?: boolean }
  | { type: 'restart' };

export function initialPresenterState(): PresenterState {
  return { slide: 'title', game: initialState(), visits: [], blank: false, notice: null };
}

/** The step on screen, on the situation, discussion and reveal slides. */
export function presentedStep(scenario: Scenario, state: PresenterState): Step | undefined {
  return STEP_SLIDES.includes(state.slide) ? stepById(scenario, state.game.node) : undefined;
}

/** The votes for the step on screen. */
export function currentVisit(state: PresenterState): Visit | undefined {
  return state.visits[state.game.history.length];
}

/** The room's choice at the step on screen (see votes.ts for the tie rule). */
export function currentRoomChoice(scenario: Scenario, state: PresenterState): RoomChoice | undefined {
  const step = presentedStep(scenario, state);
  const visit = currentVisit(state);
  if (!step || !visit) return undefined;
  return roomChoice(
    step.choices.map((c) => c.id),
    visit.counts,
    visit.override,
  );
}

/** The checklist as the room ticked it: the level the form decides, the ticks by level, and the checklist ending reached. */
export function roomChecklist(scenario: Scenario, state: PresenterState) {
  const { level, ticked } = checklistResult(scenario, state.game.ticks);
  const ending = scenario.checklist.endings.find((e) => e.id === (state.game.finished.checklist ?? level.ending));
  return { level, ticked, ending: ending! };
}

/** Keeps the visit at `index` if it is for `stepId`; otherwise starts a fresh one there. */
function enterStep(visits: readonly Visit[], index: number, stepId: string): Visit[] {
  if (visits[index]?.stepId === stepId) return [...visits];
  return [...visits.slice(0, index), { stepId, counts: {} }];
}

/** The engine back on the checklist route, unsubmitted, with the room's ticks. */
function reopenChecklist(scenario: Scenario, game: ScenarioState): ScenarioState {
  if (game.screen === 'route' && game.route === 'checklist') return game.submitted ? transition(scenario, game, { type: 'back' }) : game;
  const started = transition(scenario, game, { type: 'start', route: 'checklist' });
  return game.ticks.reduce((g, item) => transition(scenario, g, { type: 'tick', item }), started);
}

function next(scenario: Scenario, state: PresenterState): PresenterState {
  const s = { ...state, notice: null };
  switch (state.slide) {
    case 'title':
      return { ...s, slide: 'case' };
    case 'case':
      return { ...s, slide: 'checklist', game: reopenChecklist(scenario, state.game) };
    case 'checklist':
      return { ...s, slide: 'checklist-result', game: transition(scenario, state.game, { type: 'submit' }) };
    case 'checklist-result':
      return { ...s, slide: 'checklist-ending' };
    case 'checklist-ending': {
      const game = transition(scenario, state.game, { type: 'start', route: 'conversation' });
      return { ...s, slide: 'situation', game, visits: enterStep(state.visits, 0, game.node!) };
    }
    case 'situation':
      return { ...s, slide: 'discuss' };
    case 'discuss':
      return currentRoomChoice(scenario, state)?.choiceId === undefined ? { ...state, notice: 'needs-choice' } : { ...s, slide: 'reveal' };
    case 'reveal': {
      const choice = currentRoomChoice(scenario, state)?.choiceId;
      if (choice === undefined) return { ...s, slide: 'discuss' };
      const game = transition(scenario, state.game, { type: 'choose', choice });
      if (game === state.game) return s;
      if (game.finished.conversation) return { ...s, slide: 'ending', game };
      return { ...s, slide: 'situation', game, visits: enterStep(state.visits, game.history.length, game.node!) };
    }
    case 'ending':
      return { ...s, slide: 'debrief' };
    case 'debrief':
      return s;
  }
}

function prev(scenario: Scenario, state: PresenterState): PresenterState {
  const s = { ...state, notice: null };
  switch (state.slide) {
    case 'title':
      return s;
    case 'case':
      return { ...s, slide: 'title' };
    case 'checklist':
      return { ...s, slide: 'case' };
    case 'checklist-result':
      return { ...s, slide: 'checklist', game: reopenChecklist(scenario, state.game) };
    case 'checklist-ending':
      return { ...s, slide: 'checklist-result' };
    case 'situation':
    case 'ending': {
      const first = state.game.history.length === 0;
      return { ...s, slide: first ? 'checklist-ending' : 'reveal', game: transition(scenario, state.game, { type: 'back' }) };
    }
    case 'discuss':
      return { ...s, slide: 'situation' };
    case 'reveal':
      return { ...s, slide: 'discuss' };
    case 'debrief':
      return { ...s, slide: 'ending' };
  }
}

function updateVisit(state: PresenterState, change: (visit: Visit) => Visit): PresenterState {
  const index = state.game.history.length;
  const visit = state.visits[index];
  if (!visit || (state.slide !== 'situation' && state.slide !== 'discuss')) return state;
  const visits = [...state.visits];
  visits[index] = change(visit);
  return { ...state, visits, notice: null };
}

/**
 * The next presenter state. Pure: the state passed in is never changed.
 * While the screen is blanked, Next and Previous only bring the screen back.
 */
export function presenterReducer(scenario: Scenario, state: PresenterState, action: PresenterAction): PresenterState {
  switch (action.type) {
    case 'next':
    case 'prev':
      if (state.blank) return { ...state, blank: false };
      return action.type === 'next' ? next(scenario, state) : prev(scenario, state);
    case 'tick': {
      if (state.slide !== 'checklist') return state;
      const game = transition(scenario, state.game, { type: action.ticked ? 'tick' : 'untick', item: action.item });
      return game === state.game ? state : { ...state, game };
    }
    case 'votes':
      return updateVisit(state, (v) => ({ ...v, counts: setCount(v.counts, action.choice, action.count) }));
    case 'override':
      return updateVisit(state, (v) => ({ ...v, override: action.choice ?? undefined }));
    case 'blank':
      return { ...state, blank: action.on ?? !state.blank };
    case 'restart':
      return initialPresenterState();
  }
}

/** What the Next control does from this slide, in words, for its label. */
export function nextLabel(slide: Slide): string {
  const labels: Record<Slide, string> = {
    title: 'Read the case',
    case: 'Start the checklist route',
    checklist: 'Submit the form',
    'checklist-result': 'See what happened',
    'checklist-ending': 'Start the conversation route',
    situation: 'Pause for discussion',
    discuss: 'Reveal the consequences',
    reveal: 'Move the case on',
    ending: 'Debrief',
    debrief: 'End of the session',
  };
  return labels[slide];
}

/** The debrief's input from the session so far (see debrief.ts). */
export function debriefInput(scenarioId: string, scenario: Scenario, state: PresenterState, madeOn?: string): DebriefInput {
  const { level, ending } = roomChecklist(scenario, state);
  const strongest = strongestPath(scenario);
  if (!strongest) throw new Error(`${scenarioId}: no path of the conversation route reaches an ending.`);
  return {
    scenarioId,
    scenario,
    visits: state.visits.slice(0, state.game.history.length),
    roomEndingId: state.game.finished.conversation ?? undefined,
    checklist: {
      ticked: state.game.ticks,
      level: level.name,
      service: level.service,
      endingId: ending.id,
      playedByRoom: state.game.submitted,
    },
    strongest,
    madeOn,
  };
}
