/** The title slide and the case. */
import { ROLES } from '../../../vocabulary/scenario.ts';
import type { SlideProps } from './slide-props.ts';
import { Paragraphs } from './Text.tsx';

export function TitleSlide({ data, headingRef }: SlideProps) {
  const { scenario } = data;
  return (
    <>
      <p className="slide__kicker">A fictional case · Starts with: {ROLES[scenario.role]}</p>
      <h2 className="slide__title slide__title--big" ref={headingRef} tabIndex={-1}>
        {scenario.title}
      </h2>
      <p className="slide__lead">{scenario.teaches}</p>
      <p>We will play this case two ways: first with a checklist, then as a conversation. At each choice, you decide what happens.</p>
    </>
  );
}

export function CaseSlide({ data, headingRef }: SlideProps) {
  return (
    <>
      <p className="slide__kicker">A fictional case: every name and detail is invented</p>
      <h2 className="slide__title" ref={headingRef} tabIndex={-1}>
        The case
      </h2>
      <Paragraphs text={data.scenario.case} />
    </>
  );
}
