/** The checklist route: tick the form with the room, then the level it decides and why (its ending is in EndingSlide.tsx). */
import { itemsByLevel, levelRule, reviewChecklist } from '../../scenarios/checklist.ts';
import { roomChecklist } from '../presenter.ts';
import type { SlideProps } from './slide-props.ts';
import { Paragraphs } from './Text.tsx';

export function ChecklistSlide({ data, state, dispatch, headingRef }: SlideProps) {
  const { scenario } = data;
  return (
    <>
      <p className="slide__kicker">The checklist route</p>
      <h2 className="slide__title" ref={headingRef} tabIndex={-1}>
        Tick the form with the room
      </h2>
      <Paragraphs text={scenario.checklist.intro} />
      {itemsByLevel(scenario).map(({ level, items }) =>
        items.length === 0 ? null : (
          <fieldset className="checklist-form" key={level.id}>
            <legend>{level.name} indicators</legend>
            {items.map((item) => (
              <div className="checklist-form__item" key={item.id}>
                <input
                  type="checkbox"
                  id={`tick-${item.id}`}
                  checked={state.game.ticks.includes(item.id)}
                  onChange={(e) => dispatch({ type: 'tick', item: item.id, ticked: e.currentTarget.checked })}
                />
                <label htmlFor={`tick-${item.id}`}>{item.label}</label>
              </div>
            ))}
          </fieldset>
        ),
      )}
    </>
  );
}

export function ChecklistResultSlide({ data, state, headingRef }: SlideProps) {
  const { scenario } = data;
  const { level: decided } = roomChecklist(scenario, state);
  const review = reviewChecklist(scenario, state.game.ticks);
  return (
    <>
      <p className="slide__kicker">The checklist route</p>
      <h2 className="slide__title" ref={headingRef} tabIndex={-1}>
        The form decides {decided.name}
      </h2>
      <p className="slide__lead">It says: {decided.service}.</p>
      <table className="slide-table">
        <caption>The form's rule</caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Reached with</th>
            <th scope="col">Service</th>
          </tr>
        </thead>
        <tbody>
          {scenario.checklist.levels.map((level) => {
            const chosen = level.id === decided.id;
            return (
              <tr key={level.id} className={chosen ? 'is-chosen' : undefined}>
                <td>{level.name}</td>
                <td>{levelRule(scenario, level)}</td>
                <td>
                  {level.service}
                  {chosen && <strong> – this form</strong>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        The room ticked {review.filter((r) => r.ticked).length} of {review.length} indicators. What could the form not hold about this
        child?
      </p>
    </>
  );
}
