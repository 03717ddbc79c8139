/** The presenter's controls: back and next, the session timer, blank, full screen and the speaker notes. */
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

// Buttons that do nothing at the moment say so with aria-disabled rather than `disabled`,
// so they stay in the tab order and keep their place for a keyboard user.
export default function Toolbar(p: Props) {
  const ms = elapsed(p.timer, p.now);
  return (
    <div className="presenter__controls no-print">
      <div className="presenter__group">
        <button
          type="button"
          className="button button--secondary"
          onClick={p.onPrev}
          aria-disabled={p.slide === 'title' || undefined}
          aria-keyshortcuts="ArrowLeft PageUp"
        >
          ‹ Back
        </button>
        <button
          type="button"
          className="button"
          onClick={p.onNext}
          aria-disabled={p.slide === 'debrief' || undefined}
          aria-keyshortcuts="ArrowRight PageDown Space"
        >
          Next: {nextLabel(p.slide)} ›
        </button>
      </div>
      <div className="presenter__group presenter__timer">
        {/* role="timer" is not read out as it changes; the label says the time in words. */}
        <span role="timer" className="presenter__clock" aria-label={`Session time: ${elapsedInWords(ms)}`}>
          {formatElapsed(ms)}
        </span>
        <button type="button" className="button button--secondary" onClick={p.onTimer} aria-keyshortcuts="T">
          {isRunning(p.timer) ? 'Pause timer' : ms > 0 ? 'Resume timer' : 'Start timer'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={p.onTimerReset}
          aria-disabled={(ms === 0 && !isRunning(p.timer)) || undefined}
        >
          Reset timer
        </button>
      </div>
      <div className="presenter__group">
        <button type="button" className="button button--secondary" onClick={p.onBlank} aria-pressed={p.blank} aria-keyshortcuts="B">
          Blank screen
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={p.onFullscreen}
          aria-pressed={p.fullscreen}
          aria-keyshortcuts="F"
        >
          Full screen
        </button>
        <button type="button" className="button button--secondary" onClick={p.onNotes} aria-keyshortcuts="N">
          Speaker notes
        </button>
        <button type="button" className="button button--secondary" onClick={p.onRestart}>
          Start again
        </button>
      </div>
    </div>
  );
}
