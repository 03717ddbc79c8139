/**
 * The session timer: start, pause, reset. Pure: the caller passes the time now, in
 * milliseconds, so the timer is plain JSON and can be sent to the speaker notes window.
 */

export interface TimerState {
  /** When the timer was last started, or null while paused. */
  startedAt: number | null;
  /** Milliseconds counted before the last start. */
  banked: number;
}

export const stoppedTimer: TimerState = { startedAt: null, banked: 0 };

export function isRunning(timer: TimerState): boolean {
  return timer.startedAt !== null;
}

export function startTimer(timer: TimerState, now: number): TimerState {
  return timer.startedAt === null ? { ...timer, startedAt: now } : timer;
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  return timer.startedAt === null ? timer : { startedAt: null, banked: elapsed(timer, now) };
}

export function toggleTimer(timer: TimerState, now: number): TimerState {
  return isRunning(timer) ? pauseTimer(timer, now) : startTimer(timer, now);
}

/** Milliseconds counted so far (never negative, even if the clock goes back). */
export function elapsed(timer: TimerState, now: number): number {
  return timer.banked + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

/** Elapsed time as the clock shows it: "4:05", or "1:02:09" past an hour. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Elapsed time in words, for screen readers and the timer's label: "4 minutes 5 seconds". */
export function elapsedInWords(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  return [h > 0 ? part(h, 'hour') : '', h > 0 || m > 0 ? part(m, 'minute') : '', part(s, 'second')].filter(Boolean).join(' ');
}
