/**
 * The session planner, enhanced: the form opens with any plan already in the address,
 * shows the session's length as the times change, and will not make an empty plan.
 * The form works without this: it sends its choices to /training/plan/.
 */
import { chosenIds, formatClock, parseClock, parsePlan, timetable, totalMinutes, type PlannableScenario } from './plan.ts';

function scenariosIn(form: HTMLFormElement): PlannableScenario[] {
  return [...form.querySelectorAll<HTMLInputElement>('input[data-scenario]')].map((box) => ({
    id: box.dataset['scenario']!,
    title: form.querySelector(`label[for="${box.id}"]`)?.textContent?.trim() ?? box.id,
    minutes: 0,
  }));
}

/** "2 hours 35 minutes". */
export function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  return [h > 0 ? part(h, 'hour') : '', m > 0 || h === 0 ? part(m, 'minute') : ''].filter(Boolean).join(' ');
}

function fill(form: HTMLFormElement, search: string, scenarios: readonly PlannableScenario[]): void {
  const params = new URLSearchParams(search);
  const chosen = new Set(chosenIds(params, scenarios));
  if (chosen.size === 0) return;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[data-scenario]')) box.checked = chosen.has(box.dataset['scenario']!);
  for (const [name, value] of params) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLInputElement && field.type !== 'checkbox') field.value = value;
  }
}

export function enhancePlanner(form: HTMLFormElement, search: string): void {
  const total = form.querySelector<HTMLElement>('[data-planner-total]');
  const error = document.querySelector<HTMLElement>('[data-planner-error]');
  const scenarios = scenariosIn(form);
  fill(form, search, scenarios);

  const query = () => new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)]));
  const update = () => {
    if (!total) return;
    const chosen = chosenIds(query(), scenarios).length;
    if (chosen === 0) {
      total.textContent = 'No scenario chosen yet.';
      return;
    }
    const plan = parsePlan(query().toString(), scenarios);
    const minutes = totalMinutes(timetable(plan, scenarios));
    const start = parseClock(plan.start) ?? 0;
    total.textContent = `${chosen} ${chosen === 1 ? 'scenario' : 'scenarios'}. The session runs from ${plan.start} to ${formatClock(start + minutes)}: ${duration(minutes)}.`;
  };
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => {
    if (chosenIds(query(), scenarios).length > 0) return;
    event.preventDefault();
    if (error) {
      error.hidden = false;
      error.focus();
    }
  });
  update();
}
