/**
 * The state of one play of a scenario, and the actions that change it. The state is
 * plain JSON (no classes, maps or functions), so a presenter view can keep it in step
 * across windows or save it to a file, and a test can compare it with toEqual.
 */

/** The two ways through a case. */
export type Route = 'checklist' | 'conversation';

/** Both routes, in the order the player offers them. */
export const ROUTES: readonly Route[] = ['checklist', 'conversation'];

/**
 * Which screen is showing: the introduction, a route in play (see `route`), or the
 * comparison of both routes' outcomes with the debrief.
 */
export type Screen = 'intro' | 'route' | 'compare';

/** One choice made on the conversation route: the step it was made at and the choice's id. */
export interface ChoiceMade {
  step: string;
  choice: string;
}

/** Where a player is in a scenario. */
export interface ScenarioState {
  screen: Screen;
  /** The route being played, or the one played last; null until a route is started. */
  route: Route | null;
  /** Conversation route: the id of the current step, or of the ending reached. */
  node: string | null;
  /** Conversation route: the choices made, in order. Look up their feedback with `choicesMade`. */
  history: ChoiceMade[];
  /** Checklist route: the ids of the ticked items, in the order the checklist lists them. */
  ticks: string[];
  /** Checklist route: true once the form has been submitted and scored. */
  submitted: boolean;
  /** The id of the ending each route finished at, or null while it is unfinished. */
  finished: Record<Route, string | null>;
}

/** Everything a player (or a presenter) can do. */
export type ScenarioAction =
  /** Start a route from its beginning (its earlier progress is cleared). */
  | { type: 'start'; route: Route }
  /** Make a choice at the current conversation step. */
  | { type: 'choose'; choice: string }
  /** Tick or untick an item on the checklist form. */
  | { type: 'tick'; item: string }
  | { type: 'untick'; item: string }
  /** Submit the checklist: the threshold score decides the service and the ending. */
  | { type: 'submit' }
  /** Undo the last move: a choice, a submitted form, or leaving the introduction. */
  | { type: 'back' }
  /** Show both routes' outcomes side by side (once both are finished). */
  | { type: 'compare' }
  /** Forget everything and return to the introduction. */
  | { type: 'restart' };

/** The state before anything has been played. */
export function initialState(): ScenarioState {
  return {
    screen: 'intro',
    route: null,
    node: null,
    history: [],
    ticks: [],
    submitted: false,
    finished: { checklist: null, conversation: null },
  };
}
