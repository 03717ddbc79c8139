/**
 * The session planner: which scenarios, in what order, for how long, and the timetable
 * that follows. A plan lives in the page address (?s-leo-goes-quiet=on&m-leo-goes-quiet=40&start=09:30…, as
 * the planner's form sends it),
 * so it can be bookmarked or shared and nothing is stored. Pure: text in, text out.
 */

/** One scenario in a plan, with the minutes set for it. */
export interface PlanItem {
  id: string;
  minutes: number;
}

/** A whole session. Times are minutes; `start` is a 24-hour clock time, "09:30". */
export interface Plan {
  start: string;
  /** Welcome, aims and ground rules. */
  opening: number;
  /** A break between one scenario and the next (0 for none). */
  gap: number;
  /** Closing: what people take back to their work. */
  closing: number;
  items: PlanItem[];
}

/** What the planner needs to know about a scenario. */
export interface PlannableScenario {
  id: string;
  title: string;
  /** About how many minutes one person takes to play both routes (from the scenario file). */
  minutes: number;
}

export const DEFAULTS = { start: '09:30', opening: 15, gap: 10, closing: 10 } as const;
/** Limits on any one time the trainer sets, in minutes. */
export const LIMITS = { min: 0, max: 240 } as const;

/**
 * The time suggested for a scenario with a room: twice the time one person takes (the
 * room discusses each choice) plus ten minutes of debrief, rounded up to 5 minutes.
 */
export function suggestedMinutes(scenarioMinutes: number): number {
  return Math.ceil((scenarioMinutes * 2 + 10) / 5) * 5;
}

function minutesFrom(value: string | null | undefined, fallback: number): number {
  if (value === null || value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(LIMITS.max, Math.max(LIMITS.min, Math.round(n)));
}

const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** A clock time as minutes after midnight, or undefined if it is not "HH:MM". */
export function parseClock(value: string): number | undefined {
  const m = CLOCK.exec(value.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** Minutes after midnight as "HH:MM", wrapping past midnight. */
export function formatClock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * The scenarios a query string chooses: `s-<id>` for each one ticked on the planner's
 * form, in the order the scenarios are listed. Unknown ids are dropped.
 */
export function chosenIds(params: URLSearchParams, scenarios: readonly PlannableScenario[]): string[] {
  return scenarios.filter((s) => params.has(`s-${s.id}`)).map((s) => s.id);
}

/**
 * Reads a plan from a query string: the scenarios chosen (see chosenIds), `m-<id>` for
 * each scenario's minutes, and the session's times. With no scenario chosen, the plan
 * holds every scenario.
 */
export function parsePlan(search: string, scenarios: readonly PlannableScenario[]): Plan {
  const params = new URLSearchParams(search);
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const chosen = chosenIds(params, scenarios);
  const ids = chosen.length > 0 ? chosen : scenarios.map((s) => s.id);
  const start = params.get('start') ?? '';
  return {
    start: parseClock(start) === undefined ? DEFAULTS.start : formatClock(parseClock(start)!),
    opening: minutesFrom(params.get('opening'), DEFAULTS.opening),
    gap: minutesFrom(params.get('gap'), DEFAULTS.gap),
    closing: minutesFrom(params.get('closing'), DEFAULTS.closing),
    items: ids.map((id) => ({ id, minutes: minutesFrom(params.get(`m-${id}`), suggestedMinutes(byId.get(id)!.minutes)) })),
  };
}

/** One row of the run sheet's timetable. */
export interface TimetableRow {
  kind: 'opening' | 'scenario' | 'break' | 'closing';
  label: string;
  scenarioId?: string;
  start: string;
  end: string;
  minutes: number;
}

/** The session's timetable, with clock times. Rows of 0 minutes are left out. */
export function timetable(plan: Plan, scenarios: readonly PlannableScenario[]): TimetableRow[] {
  const titles = new Map(scenarios.map((s) => [s.id, s.title]));
  const rows: TimetableRow[] = [];
  let at = parseClock(plan.start) ?? parseClock(DEFAULTS.start)!;
  const add = (kind: TimetableRow['kind'], label: string, minutes: number, scenarioId?: string) => {
    if (minutes <= 0) return;
    rows.push({ kind, label, start: formatClock(at), end: formatClock(at + minutes), minutes, ...(scenarioId ? { scenarioId } : {}) });
    at += minutes;
  };
  add('opening', 'Welcome, aims and ground rules', plan.opening);
  plan.items.forEach((item, i) => {
    if (i > 0) add('break', 'Break', plan.gap);
    add('scenario', titles.get(item.id) ?? item.id, item.minutes, item.id);
  });
  add('closing', 'Close: what each person will take back to their work', plan.closing);
  return rows;
}

/** The whole session's length in minutes. */
export function totalMinutes(rows: readonly TimetableRow[]): number {
  return rows.reduce((n, r) => n + r.minutes, 0);
}

/** The parts of one scenario's time, in order. */
export interface Segment {
  part: 'case' | 'checklist' | 'conversation' | 'debrief';
  label: string;
  minutes: number;
}

/**
 * How a scenario's minutes divide: the case 15%, the checklist route 20%, the
 * conversation route the rest, the debrief 20%. Whole minutes that add up to the total.
 */
export function segments(minutes: number): Segment[] {
  const caseMinutes = Math.round(minutes * 0.15);
  const checklist = Math.round(minutes * 0.2);
  const debrief = Math.round(minutes * 0.2);
  return [
    { part: 'case', label: 'Read the case together', minutes: caseMinutes },
    { part: 'checklist', label: 'The checklist route: tick the form with the room', minutes: checklist },
    {
      part: 'conversation',
      label: 'The conversation route: discuss and vote at each step',
      minutes: minutes - caseMinutes - checklist - debrief,
    },
    { part: 'debrief', label: 'Debrief: compare the routes', minutes: debrief },
  ];
}
