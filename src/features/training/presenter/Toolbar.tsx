/** The presenter's controls: back and next, the session timer, blank, full screen and the speaker notes. */
import type { ReactNode } from 'react';
import { nextLabel, type Slide } from '../presenter.ts';
import { elapsed, elapsedInWords, formatElapsed, isRunning, type TimerState } from '../timer.ts';

interface Props {
  slide: Slide;
  blank: boolean;
  fullscreen: boolean;
  timer: TimerState;
  now: number;
  onNext: () => void;
  onPrev: () => void;
  onTimer: () => void;
  onTimerReset: () => void;
  onBlank: () => void;
  onFullscreen: () => void;
  onNotes: () => void;
  onRestart: () => void;
}

/**
 * A button of the toolbar. One that does nothing at the moment (`off`) says so with
 * aria-disabled rather than `disabled`, so it stays in the tab order and keeps its place
 * for a keyboard user.
 */
function Control({
  primary,
  onClick,
  pressed,
  off,
  keys,
  children,
}: {
  primary?: boolean;
  onClick: () => void;
  pressed?: boolean;
  off?: boolean;
  keys?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={primary ? 'button' : 'button button--secondary'}
      onClick={onClick}
      aria-pressed={pressed}
      aria-disabled={off || undefined}
      aria-keyshortcuts={keys}
    >
      {children}
    </button>
  );
}

export default function Toolbar(p: Props) {
  const ms = elapsed(p.timer, p.now);
  return (
    <div className="presenter__controls no-print">
      <div className="presenter__group">
        <Control onClick={p.onPrev} off={p.slide === 'title'} keys="ArrowLeft PageUp">
          ‹ Back
        </Control>
        <Control primary onClick={p.onNext} off={p.slide === 'debrief'} keys="ArrowRight PageDown Space">
          Next: {nextLabel(p.slide)} ›
        </Control>
      </div>
      <div className="presenter__group presenter__timer">
        {/* role="timer" is not read out as it changes; the label says the time in words. */}
        <span role="timer" className="presenter__clock" aria-label={`Session time: ${elapsedInWords(ms)}`}>
          {formatElapsed(ms)}
        </span>
        <Control onClick={p.onTimer} keys="T">
          {isRunning(p.timer) ? 'Pause timer' : ms > 0 ? 'Resume timer' : 'Start timer'}
        </Control>
        <Control onClick={p.onTimerReset} off={ms === 0 && !isRunning(p.timer)}>
          Reset timer
        </Control>
      </div>
      <div className="presenter__group">
        <Control onClick={p.onBlank} pressed={p.blank} keys="B">
          Blank screen
        </Control>
        <Control onClick={p.onFullscreen} pressed={p.fullscreen} keys="F">
          Full screen
        </Control>
        <Control onClick={p.onNotes} keys="N">
          Speaker notes
        </Control>
        <Control onClick={p.onRestart}>Start again</Control>
      </div>
    </div>
  );
}
