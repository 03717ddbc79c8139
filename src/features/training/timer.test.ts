import { describe, expect, it } from 'vitest';
import { elapsed, elapsedInWords, formatElapsed, isRunning, pauseTimer, startTimer, stoppedTimer, toggleTimer } from './timer.ts';

describe('the session timer', () => {
  it('counts only while running, across pauses', () => {
    let t = startTimer(stoppedTimer, 1_000);
    expect(isRunning(t)).toBe(true);
    expect(elapsed(t, 4_000)).toBe(3_000);
    t = pauseTimer(t, 5_000);
    expect(elapsed(t, 60_000)).toBe(4_000);
    t = toggleTimer(t, 70_000);
    expect(elapsed(t, 71_000)).toBe(5_000);
  });

  it('ignores a start while running and a pause while paused', () => {
    const running = startTimer(stoppedTimer, 10);
    expect(startTimer(running, 99)).toBe(running);
    expect(pauseTimer(stoppedTimer, 99)).toBe(stoppedTimer);
  });

  it('never counts backwards if the clock is set back', () => {
    expect(elapsed(startTimer(stoppedTimer, 5_000), 1_000)).toBe(0);
  });

  it('shows minutes and seconds, and hours past an hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(245_900)).toBe('4:05');
    expect(formatElapsed(3_729_000)).toBe('1:02:09');
  });

  it('says the time in words', () => {
    expect(elapsedInWords(1_000)).toBe('1 second');
    expect(elapsedInWords(245_000)).toBe('4 minutes 5 seconds');
    expect(elapsedInWords(3_601_000)).toBe('1 hour 0 minutes 1 second');
  });
});
