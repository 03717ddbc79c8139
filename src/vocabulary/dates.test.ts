import { describe, expect, it } from 'vitest';
import { dateRange, isoDate, longDate, parseIsoDate } from './dates.ts';

describe('dates', () => {
  it('writes a date out in UTC, whatever the time zone of the build', () => {
    expect(longDate(new Date('2026-11-23T00:00:00Z'))).toBe('23 November 2026');
    expect(isoDate(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-23');
  });

  it('reads only real YYYY-MM-DD dates', () => {
    expect(parseIsoDate('2026-02-28')?.getTime()).toBe(Date.UTC(2026, 1, 28));
    for (const text of ['2026-02-30', '2026-2-28', '28/02/2026', '']) expect(parseIsoDate(text)).toBeUndefined();
  });

  it('finds the earliest and latest of some dates', () => {
    const [a, b, c] = ['2026-03-01', '2026-11-23', '2025-12-31'].map((d) => new Date(`${d}T00:00:00Z`));
    expect(dateRange([a!, b!, c!])).toEqual({ from: c, to: b });
    expect(dateRange([])).toBeUndefined();
  });
});
