/**
 * The checklist route's form: a levels-of-need form, its indicators grouped by level as
 * such forms print them, each group a fieldset of real checkboxes with a legend.
 */
import Paragraphs from '../Paragraphs.tsx';
import { itemsByLevel } from '../checklist.ts';
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
        {itemsByLevel(scenario).map(({ level, items }) =>
          items.length === 0 ? null : (
            <fieldset className="checkboxes" key={level.id}>
              <legend>{level.name} indicators</legend>
              {items.map((item) => {
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
          ),
        )}
        <Controls dispatch={dispatch}>
          <button type="submit" className="button">
            Submit the form
          </button>
        </Controls>
      </form>
    </div>
  );
}
