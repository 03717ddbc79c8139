/**
 * Outcomes as a small chart that is also a table: one row per dimension, one column per
 * ending, each cell a bar (for the eye, hidden from screen readers) and the outcome in
 * words ("Good"). No totals: the site does not reduce a child's outcomes to a score. Widths come from classes, not style attributes, so a strict CSP needs nothing.
 */
import type { Outcomes } from '../../schemas/scenario.ts';
import { compareOutcomes } from './compare.ts';
import { outcomeWord } from '../../vocabulary/scenario.ts';

interface Props {
  caption: string;
  columns: { label: string; outcomes: Outcomes }[];
}

export default function OutcomeTable({ caption, columns }: Props) {
  const { rows } = compareOutcomes(columns.map((c) => c.outcomes));
  return (
    <table className="outcomes">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Outcome</th>
          {columns.map((c) => (
            <th scope="col" key={c.label}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.dimension}>
            <th scope="row">{row.label}</th>
            {row.scores.map((score, i) => (
              <td key={i}>
                <span className="outcome-bar" aria-hidden="true">
                  <span className={`outcome-bar__fill outcome-bar__fill--${score}`} />
                </span>
                <span className="outcome-score">{outcomeWord(score)}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
