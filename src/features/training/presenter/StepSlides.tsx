/**
 * A conversation step in three slides: what happens and the choices; a pause for
 * discussion where the trainer enters the room's vote; and the consequences of the
 * room's choice, revealed on cue.
 */
import { QUALITIES } from '../../../vocabulary/scenario.ts';
import { stepById, endingById } from '../../scenarios/engine.ts';
import { currentRoomChoice, currentVisit, presentedStep } from '../presenter.ts';
import { choiceLetter } from '../votes.ts';
import type { SlideProps } from './slide-props.ts';
import { Paragraphs, ReadMore } from './Text.tsx';
import VoteChart, { type LetteredChoice } from './VoteChart.tsx';
import Votes from './Votes.tsx';

function useStep({ data, state }: SlideProps) {
  const step = presentedStep(data.scenario, state)!;
  const choices: LetteredChoice[] = step.choices.map((c, i) => ({ id: c.id, letter: choiceLetter(i), label: c.label }));
  const number = state.game.history.length + 1;
  return { step, choices, number, visit: currentVisit(state) };
}

export function SituationSlide(props: SlideProps) {
  const { step, choices, number } = useStep(props);
  return (
    <>
      <p className="slide__kicker">The conversation route · Step {number}</p>
      <h2 className="slide__title" ref={props.headingRef} tabIndex={-1}>
        {step.title}
      </h2>
      <Paragraphs text={step.text} />
      <p className="slide__prompt">{step.prompt}</p>
      <ol className="choice-list">
        {choices.map((c) => (
          <li key={c.id}>
            <span className="choice-list__letter" aria-hidden="true">
              {c.letter}
            </span>
            <span className="visually-hidden">{c.letter}. </span>
            {c.label}
          </li>
        ))}
      </ol>
    </>
  );
}

export function DiscussSlide(props: SlideProps) {
  const { step, choices, number, visit } = useStep(props);
  return (
    <>
      <p className="slide__kicker">
        Pause for discussion · Step {number}: {step.title}
      </p>
      <h2 className="slide__title" ref={props.headingRef} tabIndex={-1}>
        {step.prompt}
      </h2>
      <ul className="discussion-list">
        {(step.discussion.length > 0 ? step.discussion : ['Which would you choose, and why?']).map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <Votes
        key={`${props.state.game.history.length}-${step.id}`}
        idPrefix={`votes-${props.state.game.history.length}-${step.id}`}
        choices={choices}
        counts={visit?.counts ?? {}}
        override={visit?.override}
        dispatch={props.dispatch}
      />
    </>
  );
}

export function RevealSlide(props: SlideProps) {
  const { data, state } = props;
  const { step, choices, visit } = useStep(props);
  const room = currentRoomChoice(data.scenario, state);
  const index = step.choices.findIndex((c) => c.id === room?.choiceId);
  const choice = step.choices[index];
  if (!choice) return null;
  const nextStep = stepById(data.scenario, choice.next);
  const ending = nextStep ? undefined : endingById(data.scenario, choice.next);
  const how = room?.by === 'trainer' ? 'You chose' : room?.by === 'tie' ? 'On a tie, the room takes' : 'The room chose';
  return (
    <>
      <p className="slide__kicker">
        {how} {choiceLetter(index)}
      </p>
      <h2 className="slide__title" ref={props.headingRef} tabIndex={-1}>
        {choice.label}
      </h2>
      <p className={`quality quality--${choice.quality}`}>{QUALITIES[choice.quality]}</p>
      <Paragraphs text={choice.feedback} className="slide__lead" />
      <ReadMore guidance={choice.guidance} contacts={choice.contacts} titles={data.guidance} people={data.contacts} />
      <p className="slide__next">
        {nextStep ? `What happens next: ${nextStep.title}.` : `This is where the case ends${ending ? `: ${ending.title}` : ''}.`}
      </p>
      <VoteChart choices={choices} counts={visit?.counts ?? {}} chosenId={choice.id} />
    </>
  );
}
