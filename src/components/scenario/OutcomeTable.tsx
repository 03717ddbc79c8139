/**
 * Outcomes as a small chart that is also a table: one row per dimension, one column per
 * ending, each cell a bar (for the eye, hidden from screen readers) and the score in
 * words. Widths come from classes, not style attributes, so a strict CSP needs nothing.
 */
import type { Outcomes } from '../../schemas/scenario.ts';
import { compareOutcomes, MAX_TOTAL } from '../../lib/scenario/compare.ts';
import { MAX_SCORE } from '../../lib/scenario/vocabulary.ts';

interface Props {
  caption: string;
  columns: { label: string; outcomes: Outcomes }[];
}

export default function OutcomeTable({ caption, columns }: Props) {
  const { rows, totals } = compareOutcomes(columns.map((c) => c.outcomes));
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
                <span className="outcome-score">
                  {score} out of {MAX_SCORE}
                </span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          {totals.map((total, i) => (
            <td key={i}>
              {total} out of {MAX_TOTAL}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
