/** A step of the conversation route: what happens, the question, and a button for each choice. */
import Paragraphs from '../Paragraphs.tsx';
import RelatedLinks from '../RelatedLinks.tsx';
import { availableChoices, currentStep } from '../engine.ts';
import Controls from './Controls.tsx';
import type { ScreenProps } from './types.ts';

export default function ConversationStep({ scenario, state, refs, dispatch, headingRef }: ScreenProps) {
  const step = currentStep(scenario, state);
  if (!step) return null;
  const promptId = `prompt-${step.id}`;
  return (
    <div className="player-screen">
      <h3 ref={headingRef} tabIndex={-1}>
        {step.title}
      </h3>
      <Paragraphs text={step.text} />
      <div role="group" aria-labelledby={promptId}>
        <p id={promptId} className="player-prompt">
          {step.prompt}
        </p>
        <ul className="player-choices">
          {availableChoices(scenario, state).map((choice) => (
            <li key={choice.id}>
              <button type="button" className="button button--secondary" onClick={() => dispatch({ type: 'choose', choice: choice.id })}>
                {choice.label}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <RelatedLinks links={step} refs={refs} label="Guidance for this step:" />
      <Controls dispatch={dispatch} />
    </div>
  );
}
