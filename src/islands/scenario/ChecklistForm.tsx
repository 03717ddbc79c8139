/**
 * The checklist route's form: real checkboxes in a fieldset with a legend. The points
 * stay hidden until the form is submitted, as they are from a practitioner filling one in.
 */
import Paragraphs from '../../components/scenario/Paragraphs.tsx';
import Controls from './Controls.tsx';
import type { ScreenProps } from './types.ts';

export default function ChecklistForm({ scenario, state, dispatch, headingRef }: ScreenProps) {
  const { checklist } = scenario;
  return (
    <div className="player-screen">
      <h3 ref={headingRef} tabIndex={-1}>
        Checklist route: the form
      </h3>
      <Paragraphs text={checklist.intro} />
      <details className="player-case">
        <summary>Read the case again</summary>
        <Paragraphs text={scenario.case} />
      </details>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          dispatch({ type: 'submit' });
        }}
      >
        <fieldset className="checkboxes">
          <legend>Tick each statement that applies</legend>
          {checklist.items.map((item) => {
            const id = `checklist-${item.id}`;
            const ticked = state.ticks.includes(item.id);
            return (
              <div className="checkbox" key={item.id}>
                <input
                  type="checkbox"
                  id={id}
                  checked={ticked}
                  onChange={(event) => dispatch({ type: event.target.checked ? 'tick' : 'untick', item: item.id })}
                />
                <label htmlFor={id}>{item.label}</label>
              </div>
            );
          })}
        </fieldset>
        <Controls dispatch={dispatch}>
          <button type="submit" className="button">
            Add up the score
          </button>
        </Controls>
      </form>
    </div>
  );
}
