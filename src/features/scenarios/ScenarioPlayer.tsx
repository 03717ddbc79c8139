/**
 * The scenario player: a thin shell over the engine (src/features/scenarios/engine.ts).
 * useReducer holds the engine's state; each screen only renders and dispatches.
 * The server renders the first screen exactly as the browser's first render, so hydrating
 * keeps the same elements (and keyboard focus, if a button already has it). With
 * JavaScript off, CSS (`scripting: none`) hides the controls and shows a note pointing
 * to the map of the whole scenario below, so no button is shown that cannot work.
 * Nothing is stored or sent: the state lives in memory and is gone on reload.
 */
import { useEffect, useReducer, useRef } from 'react';
import { lastChoice, transition, initialState, type ScenarioAction, type ScenarioState } from './engine.ts';
import type { StrongestPath } from './paths.ts';
import type { ScenarioRefs } from './refs.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import ChecklistForm from './player/ChecklistForm.tsx';
import Comparison from './player/Comparison.tsx';
import ConversationStep from './player/ConversationStep.tsx';
import EndingScreen from './player/EndingScreen.tsx';
import Feedback from './player/Feedback.tsx';
import Intro from './player/Intro.tsx';
import Progress from './player/Progress.tsx';
import type { ScreenProps } from './player/types.ts';

interface Props {
  scenario: Scenario;
  refs: ScenarioRefs;
  /** The most steps a conversation path takes. */
  longest: number;
  /** The strongest conversation path, shown in the debrief. */
  strongest: StrongestPath | undefined;
}

/** The engine's state, and whether the last action was a choice (its feedback is then shown). */
interface Play {
  state: ScenarioState;
  fresh: boolean;
}

/** Identifies a screen: when it changes, focus moves to the new screen's heading. */
function screenKey(s: ScenarioState): string {
  return [s.screen, s.route, s.node, s.submitted].join('|');
}

function Screen(props: ScreenProps) {
  const { state } = props;
  if (state.screen === 'compare') return <Comparison {...props} />;
  if (state.screen === 'intro' || !state.route) return <Intro {...props} />;
  if (state.finished[state.route]) return <EndingScreen {...props} />;
  return state.route === 'checklist' ? <ChecklistForm {...props} /> : <ConversationStep {...props} />;
}

export default function ScenarioPlayer({ scenario, refs, longest, strongest }: Props) {
  const [{ state, fresh }, dispatch] = useReducer(
    (play: Play, action: ScenarioAction): Play => {
      const next = transition(scenario, play.state, action);
      return next === play.state ? play : { state: next, fresh: action.type === 'choose' };
    },
    undefined,
    () => ({ state: initialState(), fresh: false }),
  );
  // Move focus to the new screen's heading, but never on the first render (hydrating must not steal focus).
  const headingRef = useRef<HTMLHeadingElement>(null);
  const key = screenKey(state);
  const shownKey = useRef(key);
  useEffect(() => {
    if (shownKey.current === key) return;
    shownKey.current = key;
    headingRef.current?.focus();
  }, [key]);

  return (
    <section className="player" aria-labelledby="player-heading">
      <h2 id="player-heading">Play the scenario</h2>
      <p className="player-no-script">
        The player needs JavaScript, which is turned off in your browser. You can still read every step, choice and ending in the{' '}
        <a href="#map">map of the whole scenario</a> below.
      </p>
      <div className="player-body">
        <Progress state={state} longest={longest} />
        <Feedback made={fresh ? lastChoice(scenario, state) : undefined} refs={refs} />
        <Screen scenario={scenario} state={state} refs={refs} dispatch={dispatch} headingRef={headingRef} strongest={strongest} />
      </div>
    </section>
  );
}
