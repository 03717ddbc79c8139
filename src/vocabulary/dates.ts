/** Dates as the site writes them: "23 November 2026", read and written in UTC so the build's time zone never shifts a day. */

/** "23 November 2026". */
export function longDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "2026-11-23", for a datetime attribute. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Parses "2026-11-23" (what a date input holds); undefined for anything else. */
export function parseIsoDate(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || isoDate(date) !== text ? undefined : date;
}

/** The earliest and latest of some dates; undefined when there are none. */
export function dateRange(dates: readonly Date[]): { from: Date; to: Date } | undefined {
  if (dates.length === 0) return undefined;
  const times = dates.map((d) => d.getTime());
  return { from: new Date(Math.min(...times)), to: new Date(Math.max(...times)) };
}
