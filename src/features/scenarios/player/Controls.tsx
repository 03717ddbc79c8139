/** The buttons at the foot of a screen: Back and Start again, after any screen-specific ones. */
import type { ReactNode } from 'react';
import type { ScreenProps } from './types.ts';

interface Props {
  dispatch: ScreenProps['dispatch'];
  /** Buttons that move the player on, shown first. */
  children?: ReactNode;
}

export default function Controls({ dispatch, children }: Props) {
  return (
    <div className="player-controls">
      {children}
      <button type="button" className="button button--secondary" onClick={() => dispatch({ type: 'back' })}>
        Back
      </button>
      <button type="button" className="button button--secondary" onClick={() => dispatch({ type: 'restart' })}>
        Start again
      </button>
    </div>
  );
}
