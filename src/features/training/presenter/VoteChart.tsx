/**
 * The room's vote as a bar chart. Each bar is an SVG rectangle sized by an attribute (the
 * site's CSP allows no inline styles), and every bar has its count and share in text.
 */
import { tally, totalVotes, type Counts } from '../votes.ts';

export interface LetteredChoice {
  id: string;
  letter: string;
  label: string;
}

interface Props {
  choices: readonly LetteredChoice[];
  counts: Counts;
  /** The room's choice, marked on the chart. */
  chosenId?: string | undefined;
  /** Shown as the chart's caption, before the total. */
  caption?: string;
}

export default function VoteChart({ choices, counts, chosenId, caption = "The room's vote" }: Props) {
  const ids = choices.map((c) => c.id);
  const bars = tally(ids, counts);
  const total = totalVotes(ids, counts);
  return (
    <figure className="vote-chart">
      <figcaption className="vote-chart__caption">
        {caption}: {total} {total === 1 ? 'vote' : 'votes'}
      </figcaption>
      <ul className="vote-chart__bars">
        {choices.map((c, i) => {
          const bar = bars[i]!;
          const chosen = c.id === chosenId;
          return (
            <li key={c.id} className={chosen ? 'vote-chart__row is-chosen' : 'vote-chart__row'}>
              <span className="vote-chart__letter">
                {c.letter}
                <span className="visually-hidden">. {c.label}</span>
              </span>
              <svg className="vote-chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect className="vote-chart__track" width="100" height="10" />
                <rect className="vote-chart__fill" width={bar.percent} height="10" />
              </svg>
              <span className="vote-chart__value">
                {bar.votes} {bar.votes === 1 ? 'vote' : 'votes'} ({bar.percent}%)
                {chosen && <span className="visually-hidden">, the room's choice</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
