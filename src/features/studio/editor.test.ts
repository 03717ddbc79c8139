import { describe, expect, it } from 'vitest';
import { knownIds } from '../../rules/content-checks.ts';
import { checkDraft } from './check.ts';
import { editorReducer, fieldId, fieldPath, getAt, initialEditorState, type EditorAction, type EditorState } from './editor.ts';
import { isStudioMessage } from './messages.ts';
import { conversationMap } from './shape.ts';
import { blankTemplate } from './template.ts';
import { fileName, pathAtLine, toYaml } from './yaml.ts';

const run = (actions: EditorAction[], state: EditorState = initialEditorState(blankTemplate(), 'the blank template')) =>
  actions.reduce(editorReducer, state);
const known = knownIds('content');

describe('the blank template', () => {
  it('passes every check the build runs, teaching rules included', () => {
    expect(checkDraft(blankTemplate(), known).problems).toEqual([]);
  });
});

describe('editorReducer', () => {
  it('sets a field without changing the rest, and marks the draft unsaved', () => {
    const s = run([{ type: 'set', path: ['conversation', 'steps', 0, 'title'], value: 'New' }]);
    expect(getAt(s.draft, ['conversation', 'steps', 0, 'title'])).toBe('New');
    expect(s.dirty).toBe(true);
  });

  it('removes a field set to undefined', () => {
    const s = run([{ type: 'set', path: ['checklist', 'levels', 1, 'min'], value: undefined }]);
    expect(getAt(s.draft, ['checklist', 'levels', 1])).not.toHaveProperty('min');
  });

  it('adds, removes and moves items of a list', () => {
    const path = ['conversation', 'steps'];
    let s = run([{ type: 'add', path, value: { id: 'x' } }]);
    expect((getAt(s.draft, path) as unknown[]).length).toBe(4);
    s = run([{ type: 'move', path, index: 3, by: -1 }], s);
    expect(getAt(s.draft, [...path, 2, 'id'])).toBe('x');
    s = run([{ type: 'move', path, index: 0, by: -1 }], s);
    expect(getAt(s.draft, [...path, 0, 'id'])).toBe('first-worry');
    s = run([{ type: 'remove', path, index: 2 }], s);
    expect((getAt(s.draft, path) as { id: string }[]).map((x) => x.id)).toEqual(['first-worry', 'the-conversation', 'agree-plan']);
  });

  it('undoes and redoes, and typing in one field is one step of undo', () => {
    const path = ['title'];
    let s = run([
      { type: 'set', path, value: 'A' },
      { type: 'set', path, value: 'AB' },
      { type: 'set', path: ['minutes'], value: 12 },
    ]);
    expect(s.past.length).toBe(2);
    s = run([{ type: 'undo' }], s);
    expect(s.draft['minutes']).toBe(10);
    expect(s.draft['title']).toBe('AB');
    s = run([{ type: 'undo' }], s);
    expect(s.draft['title']).toBe('A new case');
    s = run([{ type: 'redo' }, { type: 'redo' }], s);
    expect(s.draft['minutes']).toBe(12);
    expect(run([{ type: 'redo' }], s)).toBe(s);
  });

  it('loads a new draft as an undoable step, and saving clears the unsaved mark', () => {
    let s = run([
      { type: 'set', path: ['title'], value: 'Mine' },
      { type: 'load', draft: { title: 'Other' }, source: 'a file' },
    ]);
    expect(s.draft).toEqual({ title: 'Other' });
    expect(s.dirty).toBe(false);
    s = run([{ type: 'undo' }], s);
    expect(s.draft['title']).toBe('Mine');
    expect(run([{ type: 'saved' }], s).dirty).toBe(false);
  });

  it('does not change the state it is given', () => {
    const before = initialEditorState(blankTemplate(), 't');
    const copy = structuredClone(before);
    run([{ type: 'set', path: ['conversation', 'steps', 0, 'choices', 0, 'label'], value: 'x' }], before);
    expect(before).toEqual(copy);
  });
});

describe('fields and files', () => {
  it('puts a problem on its field: links and themes on their group', () => {
    expect(fieldId(fieldPath(['conversation', 'steps', 2, 'choices', 0, 'next']))).toBe('f-conversation-steps-2-choices-0-next');
    expect(fieldId(fieldPath(['conversation', 'endings', 1, 'glossary', 3]))).toBe('f-conversation-endings-1-glossary');
    expect(fieldId(fieldPath([]))).toBe('studio-form');
  });

  it('names the file after the title', () => {
    expect(fileName({ title: 'Zoë’s first week!' })).toBe('zoes-first-week.yaml');
    expect(fileName({})).toBe('scenario.yaml');
  });

  it('finds the field a line of the saved file is on', () => {
    const text = toYaml(blankTemplate());
    const line = text.split('\n').findIndex((l) => l.includes('prompt: What do you do next?')) + 1;
    expect(pathAtLine(text, line)).toEqual(['conversation', 'steps', 1, 'prompt']);
  });
});

describe('conversationMap', () => {
  it('marks unreachable steps, dead ends, loops with no way out and endings never reached', () => {
    const draft = blankTemplate() as { conversation: { steps: { id: string; choices: { next: string }[] }[] } };
    const steps = draft.conversation.steps;
    // The third step now loops back to the second, which only leads on to the third: no way out.
    steps[2]!.choices.forEach((c) => (c.next = 'the-conversation'));
    steps[1]!.choices.forEach((c) => (c.next = 'agree-plan'));
    steps.push({ id: 'orphan', choices: [{ next: 'nowhere' }] } as never);
    const map = conversationMap(draft as never);
    const by = (id: string) => map.steps.find((s) => s.id === id)!;
    expect(by('the-conversation').noWayOut).toBe(true);
    expect(by('orphan').reached).toBe(false);
    expect(by('orphan').deadEnd).toBe(true);
    expect(map.endings.find((e) => e.id === 'support-that-fits')!.reached).toBe(false);
    expect(by('orphan').choices[0]!.leadsTo).toBe('missing');
  });
});

describe('isStudioMessage', () => {
  it('accepts the two messages the studio windows send, and nothing else', () => {
    expect(isStudioMessage({ kind: 'studio-ready' })).toBe(true);
    expect(isStudioMessage({ kind: 'studio-draft', draft: {} })).toBe(true);
    expect(isStudioMessage({ kind: 'studio-draft' })).toBe(false);
    expect(isStudioMessage({ kind: 'state' })).toBe(false);
    expect(isStudioMessage('studio-ready')).toBe(false);
    expect(isStudioMessage(null)).toBe(false);
  });
});
