/**
 * The scenario engine: a pure transition from (scenario, state, action) to the next
 * state, in the manner of a reducer. It has no UI: the player island wraps it in
 * React's useReducer, and a presenter view can drive the same functions. An action
 * that does not fit the current state (a choice that is not on offer, a tick after
 * submitting) returns the very same state object, so callers can tell nothing changed.
 */
import type { Choice, Ending, Scenario, Step } from '../../schemas/scenario.ts';
import { checklistEndingFor, orderTicks } from './checklist.ts';
import { initialState, type ChoiceMade, type Route, type ScenarioAction, type ScenarioState } from './state.ts';

export * from './state.ts';

/** The conversation step with this id, if there is one. */
export function stepById(scenario: Scenario, id: string | null): Step | undefined {
  return scenario.conversation.steps.find((s) => s.id === id);
}

/** The ending of either route with this id, if there is one. */
export function endingById(scenario: Scenario, id: string | null): Ending | undefined {
  return [...scenario.conversation.endings, ...scenario.checklist.endings].find((e) => e.id === id);
}

function onRoute(state: ScenarioState, route: Route): boolean {
  return state.screen === 'route' && state.route === route;
}

/** The conversation step being played, or undefined on any other screen or at an ending. */
export function currentStep(scenario: Scenario, state: ScenarioState): Step | undefined {
  return onRoute(state, 'conversation') ? stepById(scenario, state.node) : undefined;
}

/** The ending reached on the route being shown, or undefined while the route is unfinished. */
export function currentEnding(scenario: Scenario, state: ScenarioState): Ending | undefined {
  return state.screen === 'route' && state.route ? endingById(scenario, state.finished[state.route]) : undefined;
}

/** The choices on offer now: the current step's, or none when no step is being played. */
export function availableChoices(scenario: Scenario, state: ScenarioState): Choice[] {
  return currentStep(scenario, state)?.choices ?? [];
}

/** A choice made, with its step and the choice itself (label, feedback, quality, links). */
export interface ResolvedChoice {
  step: Step;
  choice: Choice;
}

/** The conversation route's history with each step and choice looked up, feedback included. */
export function choicesMade(scenario: Scenario, history: readonly ChoiceMade[]): ResolvedChoice[] {
  return history.flatMap(({ step: stepId, choice: choiceId }) => {
    const step = stepById(scenario, stepId);
    const choice = step?.choices.find((c) => c.id === choiceId);
    return step && choice ? [{ step, choice }] : [];
  });
}

/** The latest choice made on the conversation route, with its feedback, if any. */
export function lastChoice(scenario: Scenario, state: ScenarioState): ResolvedChoice | undefined {
  return choicesMade(scenario, state.history.slice(-1))[0];
}

/** True when both routes are finished, so their outcomes can be compared. */
export function canCompare(state: ScenarioState): boolean {
  return state.finished.checklist !== null && state.finished.conversation !== null;
}

function start(scenario: Scenario, state: ScenarioState, route: Route): ScenarioState {
  const finished = { ...state.finished, [route]: null };
  if (route === 'checklist') return { ...state, screen: 'route', route, ticks: [], submitted: false, finished };
  return { ...state, screen: 'route', route, node: scenario.conversation.start, history: [], finished };
}

function choose(scenario: Scenario, state: ScenarioState, choiceId: string): ScenarioState {
  const step = currentStep(scenario, state);
  const choice = step?.choices.find((c) => c.id === choiceId);
  if (!step || !choice) return state;
  const isEnding = scenario.conversation.endings.some((e) => e.id === choice.next);
  return {
    ...state,
    node: choice.next,
    history: [...state.history, { step: step.id, choice: choice.id }],
    finished: { ...state.finished, conversation: isEnding ? choice.next : null },
  };
}

function tick(scenario: Scenario, state: ScenarioState, item: string, ticked: boolean): ScenarioState {
  if (!onRoute(state, 'checklist') || state.submitted) return state;
  if (!scenario.checklist.items.some((i) => i.id === item) || state.ticks.includes(item) === ticked) return state;
  const ticks = ticked ? orderTicks(scenario, [...state.ticks, item]) : state.ticks.filter((t) => t !== item);
  return { ...state, ticks };
}

function submit(scenario: Scenario, state: ScenarioState): ScenarioState {
  if (!onRoute(state, 'checklist') || state.submitted) return state;
  const ending = checklistEndingFor(scenario, state.ticks);
  if (!ending) return state;
  return { ...state, submitted: true, finished: { ...state.finished, checklist: ending.id } };
}

function back(state: ScenarioState): ScenarioState {
  if (state.screen === 'compare') return { ...state, screen: 'route' };
  if (state.screen !== 'route') return state;
  if (state.route === 'checklist') {
    if (state.submitted) return { ...state, submitted: false, finished: { ...state.finished, checklist: null } };
    return { ...state, screen: 'intro' };
  }
  const previous = state.history.at(-1);
  if (!previous) return { ...state, screen: 'intro' };
  return {
    ...state,
    node: previous.step,
    history: state.history.slice(0, -1),
    finished: { ...state.finished, conversation: null },
  };
}

/**
 * The next state after an action. Pure: the state passed in is never changed.
 * @param scenario the validated scenario data
 * @param state the current state (start from `initialState()`)
 * @param action what the player did
 * @returns the next state, or `state` itself when the action does not apply now
 */
export function transition(scenario: Scenario, state: ScenarioState, action: ScenarioAction): ScenarioState {
  switch (action.type) {
    case 'start':
      return start(scenario, state, action.route);
    case 'choose':
      return choose(scenario, state, action.choice);
    case 'tick':
      return tick(scenario, state, action.item, true);
    case 'untick':
      return tick(scenario, state, action.item, false);
    case 'submit':
      return submit(scenario, state);
    case 'back':
      return back(state);
    case 'compare':
      return canCompare(state) ? { ...state, screen: 'compare' } : state;
    case 'restart':
      return initialState();
  }
}
