import { describe, expect, it } from 'vitest';
import { DEFAULTS, formatClock, parseClock, parsePlan, segments, suggestedMinutes, timetable, totalMinutes } from './plan.ts';

const scenarios = [
  { id: 'leo', title: 'Leo goes quiet', minutes: 15 },
  { id: 'baby', title: 'A new baby', minutes: 12 },
  { id: 'step-down', title: 'Stepping down', minutes: 10 },
];

describe('suggestedMinutes', () => {
  it('allows twice the solo time plus ten minutes, rounded up to 5', () => {
    expect(suggestedMinutes(15)).toBe(40);
    expect(suggestedMinutes(12)).toBe(35);
  });
});

describe('clock times', () => {
  it('reads and writes 24-hour times', () => {
    expect(parseClock('9:05')).toBe(545);
    expect(parseClock('24:00')).toBeUndefined();
    expect(parseClock('noon')).toBeUndefined();
    expect(formatClock(545)).toBe('09:05');
    expect(formatClock(1440 + 30)).toBe('00:30');
  });
});

describe('parsePlan', () => {
  it('holds every scenario, with suggested times, when none is chosen', () => {
    const plan = parsePlan('', scenarios);
    expect(plan.items).toEqual([
      { id: 'leo', minutes: 40 },
      { id: 'baby', minutes: 35 },
      { id: 'step-down', minutes: 30 },
    ]);
    expect(plan.start).toBe(DEFAULTS.start);
  });

  it('reads the minutes and times sent with the chosen scenarios', () => {
    const plan = parsePlan('s-baby=on&s-leo=on&m-leo=25&start=13:00&gap=0', scenarios);
    expect(plan.items).toEqual([
      { id: 'leo', minutes: 25 },
      { id: 'baby', minutes: 35 },
    ]);
    expect(plan.start).toBe('13:00');
    expect(plan.gap).toBe(0);
  });

  it('reads the planner form’s ticks (s-<id>) in the order the scenarios are listed', () => {
    const plan = parsePlan('s-step-down=on&s-leo=on&s-ghost=on&m-leo=20', scenarios);
    expect(plan.items).toEqual([
      { id: 'leo', minutes: 20 },
      { id: 'step-down', minutes: 30 },
    ]);
  });

  it('falls back to the defaults for times it cannot read, and keeps times within limits', () => {
    const plan = parsePlan('s-leo=on&m-leo=-5&opening=abc&closing=9999&start=25:99', scenarios);
    expect(plan.items[0]!.minutes).toBe(0);
    expect(plan.opening).toBe(DEFAULTS.opening);
    expect(plan.closing).toBe(240);
    expect(plan.start).toBe(DEFAULTS.start);
  });
});

describe('timetable', () => {
  it('runs from the start time, with breaks only between scenarios', () => {
    const rows = timetable(parsePlan('s-leo=on&s-baby=on&start=09:30', scenarios), scenarios);
    expect(rows.map((r) => [r.kind, r.start, r.end])).toEqual([
      ['opening', '09:30', '09:45'],
      ['scenario', '09:45', '10:25'],
      ['break', '10:25', '10:35'],
      ['scenario', '10:35', '11:10'],
      ['closing', '11:10', '11:20'],
    ]);
    expect(rows[1]).toMatchObject({ label: 'Leo goes quiet', scenarioId: 'leo' });
    expect(totalMinutes(rows)).toBe(110);
  });

  it('leaves out parts of 0 minutes', () => {
    const rows = timetable(parsePlan('s-leo=on&opening=0&closing=0', scenarios), scenarios);
    expect(rows.map((r) => r.kind)).toEqual(['scenario']);
  });
});

describe('segments', () => {
  it('divides a scenario’s time into whole minutes that add up', () => {
    for (const minutes of [0, 7, 30, 40, 55]) {
      const parts = segments(minutes);
      expect(parts.map((p) => p.part)).toEqual(['case', 'checklist', 'conversation', 'debrief']);
      expect(parts.reduce((n, p) => n + p.minutes, 0)).toBe(minutes);
    }
    expect(segments(40).map((p) => p.minutes)).toEqual([6, 8, 18, 8]);
  });
});
