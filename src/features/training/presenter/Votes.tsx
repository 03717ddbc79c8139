/**
 * Entering the room's vote at a pause for discussion: one number box per choice, the
 * chart, and the room's choice, which the trainer can set by hand. Thin: every change
 * is an action for the presenter reducer.
 */
import { useState } from 'react';
import type { PresenterAction } from '../presenter.ts';
import { MAX_VOTES, roomChoice, TIE_RULE, type Counts } from '../votes.ts';
import VoteChart, { type LetteredChoice } from './VoteChart.tsx';

interface Props {
  /** Unique to this visit of this step, so the boxes start afresh at the next step. */
  idPrefix: string;
  choices: readonly LetteredChoice[];
  counts: Counts;
  override: string | undefined;
  dispatch: (action: PresenterAction) => void;
}

function choiceSummary(choices: readonly LetteredChoice[], counts: Counts, override: string | undefined): string {
  const room = roomChoice(
    choices.map((c) => c.id),
    counts,
    override,
  );
  const letter = (id: string | undefined) => choices.find((c) => c.id === id)?.letter ?? '';
  switch (room.by) {
    case 'none':
      return 'No votes yet. Enter the counts, or choose for the room.';
    case 'vote':
      return `The room takes ${letter(room.choiceId)}: it has the most votes.`;
    case 'tie':
      return `${room.leaders.map(letter).join(' and ')} tie. The room takes ${letter(room.choiceId)}, the first of them.`;
    case 'trainer':
      return `You chose ${letter(room.choiceId)} for the room.`;
  }
}

export default function Votes({ idPrefix, choices, counts, override, dispatch }: Props) {
  // What is typed, kept as typed while the box has focus, so a box can be emptied and retyped.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const chosen = roomChoice(
    choices.map((c) => c.id),
    counts,
    override,
  ).choiceId;
  return (
    <div className="votes">
      <fieldset className="votes__counts">
        <legend>Votes for each choice</legend>
        {choices.map((c) => (
          <div className="votes__field" key={c.id}>
            <label htmlFor={`${idPrefix}-${c.id}`}>
              {c.letter}. {c.label}
            </label>
            <input
              id={`${idPrefix}-${c.id}`}
              className="votes__input"
              type="number"
              inputMode="numeric"
              min={0}
              max={MAX_VOTES}
              step={1}
              value={drafts[c.id] ?? String(counts[c.id] ?? 0)}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDrafts((d) => ({ ...d, [c.id]: value }));
                dispatch({ type: 'votes', choice: c.id, count: value });
              }}
              onFocus={(e) => e.currentTarget.select()}
              onBlur={() =>
                setDrafts((d) => {
                  const rest = { ...d };
                  delete rest[c.id];
                  return rest;
                })
              }
            />
          </div>
        ))}
      </fieldset>
      <VoteChart choices={choices} counts={counts} chosenId={chosen} />
      <fieldset className="votes__choice">
        <legend>The room's choice</legend>
        <p className="votes__summary">{choiceSummary(choices, counts, override)}</p>
        <div className="votes__options">
          <div className="votes__option">
            <input
              type="radio"
              id={`${idPrefix}-follow`}
              name={`${idPrefix}-choice`}
              checked={override === undefined}
              onChange={() => dispatch({ type: 'override', choice: null })}
            />
            <label htmlFor={`${idPrefix}-follow`}>Follow the vote</label>
          </div>
          {choices.map((c) => (
            <div className="votes__option" key={c.id}>
              <input
                type="radio"
                id={`${idPrefix}-pick-${c.id}`}
                name={`${idPrefix}-choice`}
                checked={override === c.id}
                onChange={() => dispatch({ type: 'override', choice: c.id })}
              />
              <label htmlFor={`${idPrefix}-pick-${c.id}`}>
                {c.letter}
                <span className="visually-hidden">. {c.label}</span>
              </label>
            </div>
          ))}
        </div>
        <p className="votes__rule">{TIE_RULE}</p>
      </fieldset>
    </div>
  );
}
