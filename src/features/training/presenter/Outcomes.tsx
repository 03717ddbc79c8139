/** An ending's outcomes on each dimension, in words and as a bar. */
import type { Outcomes as Scores } from '../../../schemas/scenario.ts';
import { DIMENSION_ORDER } from '../../scenarios/compare.ts';
import { DIMENSIONS, MAX_SCORE, outcomeWord } from '../../../vocabulary/scenario.ts';

/** A bar for a score out of 4, sized by an SVG attribute (no inline styles under the CSP). */
export function ScoreBar({ score }: { score: number }) {
  return (
    <svg className="score-bar" viewBox={`0 0 ${MAX_SCORE} 1`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="score-bar__track" width={MAX_SCORE} height="1" />
      <rect className="score-bar__fill" width={score} height="1" />
    </svg>
  );
}

export function Outcomes({ outcomes }: { outcomes: Scores }) {
  return (
    <dl className="outcomes-list">
      {DIMENSION_ORDER.map((d) => (
        <div key={d} className="outcomes-list__row">
          <dt>{DIMENSIONS[d]}</dt>
          <dd>
            <ScoreBar score={outcomes[d]} />
            {outcomeWord(outcomes[d])}
          </dd>
        </div>
      ))}
    </dl>
  );
}
