/** An ending, on either route: what happened, the outcomes, the debrief and where to read more. */
import { currentEnding } from '../../scenarios/engine.ts';
import { roomChecklist } from '../presenter.ts';
import type { Ending } from '../../../schemas/scenario.ts';
import type { SlideProps } from './slide-props.ts';
import { Outcomes } from './Outcomes.tsx';
import { Paragraphs, ReadMore } from './Text.tsx';

function EndingContent({ kicker, ending, data, headingRef }: Pick<SlideProps, 'data' | 'headingRef'> & { kicker: string; ending: Ending }) {
  return (
    <>
      <p className="slide__kicker">{kicker}</p>
      <h2 className="slide__title" ref={headingRef} tabIndex={-1}>
        {ending.title}
      </h2>
      <Paragraphs text={ending.text} />
      <Outcomes outcomes={ending.outcomes} />
      <Paragraphs text={ending.debrief} className="slide__debrief" />
      <ReadMore guidance={ending.guidance} contacts={ending.contacts} titles={data.guidance} people={data.contacts} />
    </>
  );
}

/** Where the room's choices led: the conversation route's ending. */
export function EndingSlide({ data, state, headingRef }: SlideProps) {
  const ending = currentEnding(data.scenario, state.game);
  if (!ending) return null;
  return (
    <EndingContent kicker="The conversation route: where the room's choices led" ending={ending} data={data} headingRef={headingRef} />
  );
}

/** Where the form's decision led: the checklist route's ending. */
export function ChecklistEndingSlide({ data, state, headingRef }: SlideProps) {
  const { ending } = roomChecklist(data.scenario, state);
  return <EndingContent kicker="The checklist route: what happened" ending={ending} data={data} headingRef={headingRef} />;
}
