/** The presenter's controls: back and next, the session timer, blank, full screen and the speaker notes. */
import { nextLabel, type Slide } from '../../lib/training/presenter.ts';
import { elapsed, elapsedInWords, formatElapsed, isRunning, type TimerState } from '../../lib/training/timer.ts';

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

export default function Toolbar(p: Props) {
  const ms = elapsed(p.timer, p.now);
  return (
    <div className="presenter__controls no-print">
      <div className="presenter__group">
        <button type="button" className="button button--secondary" onClick={p.onPrev} disabled={p.slide === 'title'} aria-keyshortcuts="ArrowLeft PageUp">
          ‹ Back
        </button>
        <button type="button" className="button" onClick={p.onNext} disabled={p.slide === 'debrief'} aria-keyshortcuts="ArrowRight PageDown Space">
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
        <button type="button" className="button button--secondary" onClick={p.onTimerReset} disabled={ms === 0 && !isRunning(p.timer)}>
          Reset timer
        </button>
      </div>
      <div className="presenter__group">
        <button type="button" className="button button--secondary" onClick={p.onBlank} aria-pressed={p.blank} aria-keyshortcuts="B">
          Blank screen
        </button>
        <button type="button" className="button button--secondary" onClick={p.onFullscreen} aria-pressed={p.fullscreen} aria-keyshortcuts="F">
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
