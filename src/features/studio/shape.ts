/**
 * The shape of a draft's conversation route, for the studio's map: which steps are
 * reached, which have a way out, where each choice leads. Works on a draft that may not
 * pass the schema yet, using the same walks as the build's checks (paths.ts).
 */
import type { Scenario } from '../../schemas/scenario.ts';
import { reachableFromStart, stepsWithWayOut } from '../scenarios/paths.ts';
import type { Draft } from './yaml.ts';

const str = (x: unknown): string => (typeof x === 'string' ? x : '');
const arr = (x: unknown): Record<string, unknown>[] =>
  Array.isArray(x) ? x.filter((i): i is Record<string, unknown> => typeof i === 'object' && i !== null) : [];

export interface MapChoice {
  id: string;
  label: string;
  quality: string;
  next: string;
  /** Where it leads: a step, an ending, or nothing. */
  leadsTo: 'step' | 'ending' | 'missing';
}

export interface MapStep {
  id: string;
  title: string;
  start: boolean;
  reached: boolean;
  /** Reached, but no sequence of choices from it ever reaches an ending. */
  noWayOut: boolean;
  /** Has no choices, or every choice points to nothing. */
  deadEnd: boolean;
  choices: MapChoice[];
  /** Columns for the drawing: the fewest choices from the start, or -1 when not reached. */
  depth: number;
}

export interface MapEnding {
  id: string;
  title: string;
  reached: boolean;
  depth: number;
}

export interface ConversationMap {
  start: string;
  steps: MapStep[];
  endings: MapEnding[];
}

/** The conversation route of a draft, with every mark the map shows. */
export function conversationMap(draft: Draft): ConversationMap {
  const conversation = (draft['conversation'] ?? {}) as Record<string, unknown>;
  const start = str(conversation['start']);
  const steps = arr(conversation['steps']).map((s) => ({
    id: str(s['id']),
    title: str(s['title']),
    choices: arr(s['choices']).map((c) => ({ id: str(c['id']), label: str(c['label']), quality: str(c['quality']), next: str(c['next']) })),
  }));
  const endings = arr(conversation['endings']).map((e) => ({ id: str(e['id']), title: str(e['title']) }));
  const loose = { conversation: { start, steps, endings } } as unknown as Scenario;
  const reached = reachableFromStart(loose);
  const wayOut = stepsWithWayOut(loose);
  const stepIds = new Set(steps.map((s) => s.id));
  const endingIds = new Set(endings.map((e) => e.id));
  // Depth by a walk from the start.
  const depth = new Map<string, number>();
  const queue: string[] = [];
  if (stepIds.has(start)) {
    depth.set(start, 0);
    queue.push(start);
  }
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const c of steps.find((s) => s.id === id)?.choices ?? []) {
      if (!depth.has(c.next) && (stepIds.has(c.next) || endingIds.has(c.next))) {
        depth.set(c.next, depth.get(id)! + 1);
        if (stepIds.has(c.next)) queue.push(c.next);
      }
    }
  }
  return {
    start,
    steps: steps.map((s) => ({
      ...s,
      start: s.id === start,
      reached: reached.has(s.id),
      noWayOut: reached.has(s.id) && !wayOut.has(s.id),
      deadEnd: s.choices.every((c) => !stepIds.has(c.next) && !endingIds.has(c.next)),
      choices: s.choices.map((c) => ({ ...c, leadsTo: stepIds.has(c.next) ? 'step' : endingIds.has(c.next) ? 'ending' : 'missing' })),
      depth: depth.get(s.id) ?? -1,
    })),
    endings: endings.map((e) => ({ ...e, reached: reached.has(e.id), depth: depth.get(e.id) ?? -1 })),
  };
}
