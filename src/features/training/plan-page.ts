/**
 * The plan page, built from the address the planner sent: only the chosen scenarios, in
 * order, with the minutes and clock times set; everything else is hidden. The page's own
 * HTML (every scenario, suggested times) stands if this does not run.
 */
import { parseClock, parsePlan, formatClock, segments, timetable, totalMinutes, type PlannableScenario } from './plan.ts';
import { duration } from './planner-page.ts';

function cell(row: HTMLTableRowElement, text: string): void {
  row.insertCell().textContent = text;
}

export function buildPlan(root: HTMLElement, search: string): void {
  const sheets = [...root.querySelectorAll<HTMLElement>('[data-run-sheet]')];
  const handouts = [...root.querySelectorAll<HTMLElement>('[data-handout]')];
  const scenarios: PlannableScenario[] = sheets.map((s) => ({
    id: s.dataset['runSheet']!,
    title: s.dataset['title']!,
    minutes: Number(s.dataset['minutes']),
  }));
  const plan = parsePlan(search, scenarios);
  const rows = timetable(plan, scenarios);

  const body = root.querySelector<HTMLTableSectionElement>('[data-timetable]');
  if (body) {
    body.replaceChildren();
    for (const r of rows) {
      const tr = body.insertRow();
      cell(tr, `${r.start} to ${r.end}`);
      cell(tr, r.label);
      cell(tr, String(r.minutes));
    }
  }
  const total = root.querySelector('[data-timetable-total]');
  if (total) total.textContent = String(totalMinutes(rows));

  // Show the chosen scenarios in the plan's order, with their own times.
  const order = plan.items.map((i) => i.id);
  const place = (elements: HTMLElement[], key: 'runSheet' | 'handout') => {
    const parent = elements[0]?.parentElement;
    for (const el of elements) el.hidden = !order.includes(el.dataset[key]!);
    for (const id of order) {
      const el = elements.find((e) => e.dataset[key] === id);
      if (el && parent) parent.append(el);
    }
  };
  place(sheets, 'runSheet');
  place(handouts, 'handout');

  for (const item of plan.items) {
    const sheet = sheets.find((s) => s.dataset['runSheet'] === item.id)!;
    const row = rows.find((r) => r.scenarioId === item.id);
    let at = parseClock(row?.start ?? plan.start) ?? 0;
    const minutesText = sheet.querySelector('[data-scenario-minutes]');
    if (minutesText) minutesText.textContent = String(item.minutes);
    for (const part of segments(item.minutes)) {
      const tr = sheet.querySelector(`[data-segment="${part.part}"]`);
      const minutes = tr?.querySelector('[data-segment-minutes]');
      const clock = tr?.querySelector('[data-segment-clock]');
      if (minutes) minutes.textContent = String(part.minutes);
      if (clock) clock.textContent = `${formatClock(at)} to ${formatClock(at + part.minutes)}`;
      at += part.minutes;
    }
  }

  const count = plan.items.length;
  const summary = root.querySelector('[data-plan-summary]');
  if (summary) {
    summary.textContent = `${count} ${count === 1 ? 'scenario' : 'scenarios'}, from ${plan.start}: ${duration(totalMinutes(rows))} in all.`;
  }
  const edit = root.querySelector<HTMLAnchorElement>('[data-plan-edit]');
  if (edit && search) edit.href = `/training/planner/${search.startsWith('?') ? search : `?${search}`}`;
  const print = root.querySelector<HTMLButtonElement>('[data-plan-print]');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', () => window.print());
  }
}
