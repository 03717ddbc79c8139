/** The checklist route: tick the form with the room, then the score and what it decides (its ending is in EndingSlide.tsx). */
import { reviewChecklist } from '../../lib/scenario/checklist.ts';
import { bandRanges } from '../../lib/training/bands.ts';
import { checklistResult } from '../../lib/training/presenter.ts';
import type { SlideProps } from './slide-props.ts';
import { Paragraphs } from './Text.tsx';

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

export function ChecklistSlide({ data, state, dispatch, headingRef }: SlideProps) {
  const { checklist } = data.scenario;
  return (
    <>
      <p className="slide__kicker">The checklist route</p>
      <h2 className="slide__title" ref={headingRef} tabIndex={-1}>
        Tick the form with the room
      </h2>
      <Paragraphs text={checklist.intro} />
      <fieldset className="checklist-form">
        <legend className="visually-hidden">Statements on the form</legend>
        {checklist.items.map((item) => (
          <div className="checklist-form__item" key={item.id}>
            <input
              type="checkbox"
              id={`tick-${item.id}`}
              checked={state.game.ticks.includes(item.id)}
              onChange={(e) => dispatch({ type: 'tick', item: item.id, ticked: e.currentTarget.checked })}
            />
            <label htmlFor={`tick-${item.id}`}>
              {item.label} <span className="checklist-form__points">({points(item.points)})</span>
            </label>
          </div>
        ))}
      </fieldset>
    </>
  );
}

export function ChecklistResultSlide({ data, state, headingRef }: SlideProps) {
  const { scenario } = data;
  const { score, band } = checklistResult(scenario, state);
  const review = reviewChecklist(scenario, state.game.ticks);
  return (
    <>
      <p className="slide__kicker">The checklist route</p>
      <h2 className="slide__title" ref={headingRef} tabIndex={-1}>
        The score is {score}: {band.service}
      </h2>
      <table className="slide-table">
        <caption>What the form decides</caption>
        <thead>
          <tr>
            <th scope="col">Score</th>
            <th scope="col">Service</th>
          </tr>
        </thead>
        <tbody>
          {bandRanges(scenario.checklist.bands).map((b) => {
            const chosen = b.min === band.min;
            return (
              <tr key={b.ending + b.min} className={chosen ? 'is-chosen' : undefined}>
                <td>{b.range}</td>
                <td>
                  {b.service}
                  {chosen && <strong> – this form</strong>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        The room ticked {review.filter((r) => r.ticked).length} of {review.length} statements. What could the form not hold about this
        child?
      </p>
    </>
  );
}
