/**
 * Every real scenario in content/scenarios/ passes the build's graph checks, and every
 * path through its conversation route, played through the engine one choice at a time,
 * reaches an ending. The checklist route is played with no ticks and with every tick.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { knownIds } from '../../rules/content-checks.ts';
import { checkScenarioText } from '../../rules/scenario-folder.ts';
import { availableChoices, currentEnding, initialState, transition, type ScenarioState } from './engine.ts';
import { conversationPaths, strongestPath } from './paths.ts';
import { scenarioSchema } from '../../schemas/scenario.ts';

const FOLDER = 'content/scenarios';
const files = readdirSync(FOLDER)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const known = knownIds('content');

it('there are real scenarios to walk', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files)('%s', (file) => {
  const text = readFileSync(join(FOLDER, file), 'utf8');
  const scenario = scenarioSchema.parse(parse(text));

  it('passes the graph checks', () => {
    expect(checkScenarioText(text, join(FOLDER, file), known)).toEqual([]);
  });

  it('reaches an ending on every path of the conversation route, through the engine', () => {
    const { paths, truncated } = conversationPaths(scenario);
    expect(truncated).toBe(false);
    let walked = 0;
    for (const path of paths) {
      // A path that comes back to a step is a loop; the graph checks prove it has a way out.
      if (path.end.kind === 'loop') continue;
      let state: ScenarioState = transition(scenario, initialState(), { type: 'start', route: 'conversation' });
      for (const made of path.choices) {
        expect(state.node).toBe(made.step);
        expect(availableChoices(scenario, state).map((c) => c.id)).toContain(made.choice);
        state = transition(scenario, state, { type: 'choose', choice: made.choice });
      }
      expect(path.end.kind).toBe('ending');
      expect(currentEnding(scenario, state)?.id).toBe(state.finished.conversation);
      expect(state.finished.conversation).not.toBeNull();
      walked++;
    }
    expect(walked).toBeGreaterThan(0);
  });

  it('has a strongest path', () => {
    expect(strongestPath(scenario)).toBeDefined();
  });

  it('finishes the checklist route at an ending with no ticks and with every tick', () => {
    for (const items of [[], scenario.checklist.items.map((i) => i.id)]) {
      let state = transition(scenario, initialState(), { type: 'start', route: 'checklist' });
      for (const item of items) state = transition(scenario, state, { type: 'tick', item });
      state = transition(scenario, state, { type: 'submit' });
      expect(currentEnding(scenario, state)).toBeDefined();
    }
  });
});
