/**
 * Feedback on the choice just made. The status region is always in the page, so that
 * screen readers announce new feedback politely while focus moves to the next heading.
 */
import RelatedLinks from '../RelatedLinks.tsx';
import type { ResolvedChoice } from '../engine.ts';
import type { ScenarioRefs } from '../refs.ts';
import { QUALITIES } from '../../../vocabulary/scenario.ts';

interface Props {
  /** The choice to give feedback on, or undefined for none. */
  made: ResolvedChoice | undefined;
  refs: ScenarioRefs;
}

export default function Feedback({ made, refs }: Props) {
  const quality = made?.choice.quality;
  return (
    <div className={made ? `player-feedback player-feedback--${quality}` : 'player-feedback'}>
      <div role="status">
        {made && (
          <p>
            <strong>{QUALITIES[made.choice.quality]}.</strong> You chose: “{made.choice.label}”. {made.choice.feedback}
          </p>
        )}
      </div>
      {made && <RelatedLinks links={made.choice} refs={refs} label="Why:" />}
    </div>
  );
}
