/** Where the room's choices led: the conversation route's ending. */
import { currentEnding } from '../../lib/scenario/engine.ts';
import type { SlideProps } from './slide-props.ts';
import { Outcomes } from './Outcomes.tsx';
import { Paragraphs, ReadMore } from './Text.tsx';

export function EndingSlide({ data, state, headingRef }: SlideProps) {
  const ending = currentEnding(data.scenario, state.game);
  if (!ending) return null;
  return (
    <>
      <p className="slide__kicker">The conversation route: where the room's choices led</p>
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
