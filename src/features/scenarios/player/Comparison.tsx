/** The debrief: both routes' outcomes side by side, the learning points and the strongest route. */
import OutcomeTable from '../OutcomeTable.tsx';
import RelatedLinks from '../RelatedLinks.tsx';
import { compareOutcomes } from '../compare.ts';
import { endingById } from '../engine.ts';
import Controls from './Controls.tsx';
import RouteTaken from './RouteTaken.tsx';
import type { ScreenProps } from './types.ts';

export default function Comparison({ scenario, state, refs, dispatch, headingRef, strongest }: ScreenProps) {
  const checklist = endingById(scenario, state.finished.checklist);
  const conversation = endingById(scenario, state.finished.conversation);
  if (!checklist || !conversation) return null;
  const { better, same, worse } = compareOutcomes([checklist.outcomes, conversation.outcomes]);
  const list = (labels: string[]) => labels.map((l) => l.charAt(0).toLowerCase() + l.slice(1)).join('; ');
  const strongestEnding = strongest && endingById(scenario, strongest.ending);
  const tookStrongest =
    strongest?.choices.map((c) => `${c.step}/${c.choice}`).join() === state.history.map((c) => `${c.step}/${c.choice}`).join();
  return (
    <div className="player-screen">
      <h3 ref={headingRef} tabIndex={-1}>
        Debrief: how the two routes compare
      </h3>
      <p>{`The checklist route ended in “${checklist.title}”. Your conversation route ended in “${conversation.title}”.`}</p>
      <ul className="comparison-summary">
        {better.length > 0 && <li>{`Your conversation did better for ${list(better)}.`}</li>}
        {worse.length > 0 && <li>{`The checklist did better for ${list(worse)}.`}</li>}
        {same.length > 0 && <li>{`The two routes came out the same for ${list(same)}.`}</li>}
      </ul>
      <OutcomeTable
        caption="Outcomes of both routes, in words, dimension by dimension"
        columns={[
          { label: 'Checklist route', outcomes: checklist.outcomes },
          { label: 'Conversation route', outcomes: conversation.outcomes },
        ]}
      />
      <h4>Learning points</h4>
      <ul>
        {scenario.learningPoints.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <h4>Your conversation route</h4>
      <RouteTaken scenario={scenario} choices={state.history} />
      {strongest && strongestEnding && !tookStrongest && (
        <>
          <h4>The strongest conversation route</h4>
          <p>It ends in “{strongestEnding.title}”.</p>
          <RouteTaken scenario={scenario} choices={strongest.choices} />
        </>
      )}
      <RelatedLinks links={scenario} refs={refs} />
      <Controls dispatch={dispatch} />
    </div>
  );
}
