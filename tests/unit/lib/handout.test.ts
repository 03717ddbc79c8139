import { describe, expect, it } from 'vitest';
import { paragraphs, stepsInRouteOrder } from '../../../src/lib/handout.ts';
import type { Scenario } from '../../../src/schemas/scenario.ts';

const step = (id: string, next: string[]) => ({
  id,
  title: id,
  text: '',
  prompt: '?',
  discussion: [],
  guidance: [],
  glossary: [],
  contacts: [],
  facts: [],
  choices: next.map((n, i) => ({ id: `c${i}`, label: n, next: n, feedback: '', quality: 'strong' as const, guidance: [], glossary: [], contacts: [], facts: [] })),
});

describe('stepsInRouteOrder', () => {
  it('lists steps nearest the start first, each once, loops and all, and never an ending', () => {
    const scenario = {
      conversation: {
        start: 'a',
        steps: [step('c', ['end']), step('b', ['c', 'a']), step('a', ['b', 'd']), step('d', ['c', 'end']), step('orphan', ['end'])],
        endings: [],
      },
    } as unknown as Scenario;
    expect(stepsInRouteOrder(scenario).map((s) => s.id)).toEqual(['a', 'b', 'd', 'c', 'orphan']);
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and drops empty ones', () => {
    expect(paragraphs('One.\n\nTwo,\nstill two.\n \n\nThree.\n')).toEqual(['One.', 'Two,\nstill two.', 'Three.']);
  });
});
