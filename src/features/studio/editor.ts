/**
 * The studio's editor state: a pure reducer over the draft (a scenario file's data),
 * with undo and redo. The island only renders and dispatches. Every edit names a place
 * in the draft by its data path, the same paths the checks report problems at.
 */
import type { DataPath } from '../../rules/scenario/problems.ts';
import type { Draft } from './yaml.ts';

export type EditorAction =
  /** Start again from a draft (a template, a site scenario or a file). */
  | { type: 'load'; draft: Draft; source: string }
  /** Set a value; `undefined` removes the field. */
  | { type: 'set'; path: DataPath; value: unknown }
  /** Add an item to the list at `path` (at the end, or at `index`). */
  | { type: 'add'; path: DataPath; value: unknown; index?: number }
  | { type: 'remove'; path: DataPath; index: number }
  /** Move item `index` of the list at `path` up (-1) or down (+1). */
  | { type: 'move'; path: DataPath; index: number; by: -1 | 1 }
  | { type: 'undo' }
  | { type: 'redo' }
  /** The draft was saved to a file: nothing is left to lose. */
  | { type: 'saved' };

export interface EditorState {
  draft: Draft;
  /** Earlier drafts, the most recent last; and drafts undone, the most recent last. */
  past: Draft[];
  future: Draft[];
  /** True when the draft has changed since it was loaded or saved. */
  dirty: boolean;
  /** Where the draft came from, in words: "the blank template". */
  source: string;
  /** The path of the last `set`, so that typing in one field is one step of undo. */
  lastSet: string | undefined;
}

/** How many steps of undo are kept. */
export const UNDO_LIMIT = 200;

export function initialEditorState(draft: Draft, source: string): EditorState {
  return { draft, past: [], future: [], dirty: false, source, lastSet: undefined };
}

const clone = <T>(x: T): T => structuredClone(x);

/** The value at `path`, or undefined. */
export function getAt(draft: unknown, path: DataPath): unknown {
  let node: unknown = draft;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of `draft` with the list or object at `path` changed by `change` (created when missing). */
function update(draft: Draft, path: DataPath, change: (container: unknown) => unknown): Draft {
  const walk = (node: unknown, i: number): unknown => {
    if (i === path.length) return change(node);
    const key = path[i]!;
    if (Array.isArray(node)) {
      const copy = [...node];
      copy[key as number] = walk(node[key as number], i + 1);
      return copy;
    }
    const obj = typeof node === 'object' && node !== null ? (node as Record<string, unknown>) : {};
    const value = walk(obj[key], i + 1);
    const copy = { ...obj };
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  };
  return walk(draft, 0) as Draft;
}

const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

/** Applies one edit to a draft (no history). */
export function edit(draft: Draft, action: EditorAction): Draft {
  switch (action.type) {
    case 'set':
      return update(draft, action.path, () => action.value);
    case 'add':
      return update(draft, action.path, (l) => {
        const copy = [...list(l)];
        copy.splice(action.index ?? copy.length, 0, clone(action.value));
        return copy;
      });
    case 'remove':
      return update(draft, action.path, (l) => list(l).filter((_, i) => i !== action.index));
    case 'move':
      return update(draft, action.path, (l) => {
        const copy = [...list(l)];
        const to = action.index + action.by;
        if (to < 0 || to >= copy.length) return l;
        [copy[action.index], copy[to]] = [copy[to], copy[action.index]];
        return copy;
      });
    default:
      return draft;
  }
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'load':
      return { ...initialEditorState(action.draft, action.source), past: [...state.past, state.draft].slice(-UNDO_LIMIT) };
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return {
        ...state,
        draft: previous,
        past: state.past.slice(0, -1),
        future: [...state.future, state.draft],
        dirty: true,
        lastSet: undefined,
      };
    }
    case 'redo': {
      const next = state.future.at(-1);
      if (!next) return state;
      return {
        ...state,
        draft: next,
        future: state.future.slice(0, -1),
        past: [...state.past, state.draft],
        dirty: true,
        lastSet: undefined,
      };
    }
    case 'saved':
      return { ...state, dirty: false, lastSet: undefined };
    default: {
      const draft = edit(state.draft, action);
      if (draft === state.draft) return state;
      // Typing into one field makes one step of undo, not one per key.
      const key = action.type === 'set' ? JSON.stringify(action.path) : undefined;
      const merge = key !== undefined && key === state.lastSet;
      return {
        ...state,
        draft,
        past: merge ? state.past : [...state.past, state.draft].slice(-UNDO_LIMIT),
        future: [],
        dirty: true,
        lastSet: key,
      };
    }
  }
}

/** Where each problem is shown: the field for its path. Links lists and themes are one group of checkboxes. */
export function fieldPath(path: DataPath): DataPath {
  const group = path.findIndex((k) => k === 'guidance' || k === 'glossary' || k === 'contacts' || k === 'facts' || k === 'themes');
  if (group >= 0) return path.slice(0, group + 1);
  return path;
}

/** The id of the element for a data path: "f-conversation-steps-2-choices-0-next"; the form itself for the top level. */
export function fieldId(path: DataPath): string {
  return path.length === 0 ? 'studio-form' : `f-${path.join('-')}`;
}
