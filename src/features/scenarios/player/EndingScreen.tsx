/** The end of a route: what happened, its outcomes in words, the debrief, and where to go next. */
import OutcomeTable from '../OutcomeTable.tsx';
import Paragraphs from '../Paragraphs.tsx';
import RelatedLinks from '../RelatedLinks.tsx';
import { canCompare, currentEnding } from '../engine.ts';
import ChecklistScore from './ChecklistScore.tsx';
import Controls from './Controls.tsx';
import RouteTaken from './RouteTaken.tsx';
import type { ScreenProps } from './types.ts';

export default function EndingScreen(props: ScreenProps) {
  const { scenario, state, refs, dispatch, headingRef } = props;
  const ending = currentEnding(scenario, state);
  if (!ending || !state.route) return null;
  const name = state.route === 'checklist' ? 'Checklist route' : 'Conversation route';
  const other = state.route === 'checklist' ? 'conversation' : 'checklist';
  return (
    <div className="player-screen">
      <h3 ref={headingRef} tabIndex={-1}>
        {name} ending: {ending.title}
      </h3>
      {state.route === 'checklist' && <ChecklistScore scenario={scenario} state={state} />}
      <h4>What happened</h4>
      <Paragraphs text={ending.text} />
      <OutcomeTable caption="How this ending turned out, outcome by outcome" columns={[{ label: name, outcomes: ending.outcomes }]} />
      <h4>Debrief</h4>
      <Paragraphs text={ending.debrief} />
      <RelatedLinks links={ending} refs={refs} />
      {state.route === 'conversation' && (
        <>
          <h4>Your route</h4>
          <RouteTaken scenario={scenario} choices={state.history} />
        </>
      )}
      <Controls dispatch={dispatch}>
        {canCompare(state) ? (
          <button type="button" className="button" onClick={() => dispatch({ type: 'compare' })}>
            Compare the two routes
          </button>
        ) : (
          <button type="button" className="button" onClick={() => dispatch({ type: 'start', route: other })}>
            Now play the {other} route
          </button>
        )}
      </Controls>
    </div>
  );
}
