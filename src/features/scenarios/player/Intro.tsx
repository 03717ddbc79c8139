/** The first screen: what the two routes are, and a button to start each. */
import { canCompare } from '../engine.ts';
import type { ScreenProps } from './types.ts';

export default function Intro({ state, dispatch, headingRef }: ScreenProps) {
  const label = (route: 'checklist' | 'conversation', name: string) =>
    state.finished[route] ? `Play the ${name} route again` : `Start the ${name} route`;
  return (
    <div className="player-screen">
      <h3 ref={headingRef} tabIndex={-1}>
        Choose a route
      </h3>
      <p>The case above is fictional. Play it both ways, one after the other, then compare what happened to the child and family.</p>
      <ul>
        <li>
          <strong>The checklist route:</strong> tick the indicators on a levels-of-need form. Its rule decides the service.
        </li>
        <li>
          <strong>The conversation route:</strong> decide who to talk to, what to ask and what to agree, one step at a time.
        </li>
      </ul>
      <div className="player-controls">
        <button type="button" className="button" onClick={() => dispatch({ type: 'start', route: 'checklist' })}>
          {label('checklist', 'checklist')}
        </button>
        <button type="button" className="button" onClick={() => dispatch({ type: 'start', route: 'conversation' })}>
          {label('conversation', 'conversation')}
        </button>
        {canCompare(state) && (
          <button type="button" className="button button--secondary" onClick={() => dispatch({ type: 'compare' })}>
            Compare the two routes
          </button>
        )}
      </div>
    </div>
  );
}
