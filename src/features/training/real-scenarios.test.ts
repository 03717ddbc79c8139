/**
 * Every real scenario can be presented to a room: the presenter view, driven by votes,
 * plays every complete path of the conversation route to its ending and a debrief, and
 * the debrief's Markdown holds the route and the votes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { completePaths } from '../scenarios/paths.ts';
import { buildDebrief, debriefMarkdown } from './debrief.ts';
import { debriefInput, initialPresenterState, presenterReducer, type PresenterAction, type PresenterState } from './presenter.ts';
import { scenarioSchema } from '../../schemas/scenario.ts';

const FOLDER = 'content/scenarios';
const files = readdirSync(FOLDER)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

it('there are real scenarios to present', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files)('%s', (file) => {
  const id = file.replace(/\.yaml$/, '');
  const scenario = scenarioSchema.parse(parse(readFileSync(join(FOLDER, file), 'utf8')));
  const run = (state: PresenterState, actions: PresenterAction[]) => actions.reduce((s, a) => presenterReducer(scenario, s, a), state);
  const next: PresenterAction = { type: 'next' };
  const ticks: PresenterAction[] = scenario.checklist.items
    .filter((i) => i.applies)
    .map((i) => ({ type: 'tick', item: i.id, ticked: true }));

  it('plays every complete path by the room’s votes to a debrief', () => {
    const paths = completePaths(scenario);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      let state = run(initialPresenterState(), [next, next, ...ticks, next, next, next]);
      for (const made of path.choices) {
        expect(state.slide).toBe('situation');
        state = run(state, [next, { type: 'votes', choice: made.choice, count: 9 }, next, next]);
      }
      expect(state.slide).toBe('ending');
      expect(state.game.finished.conversation).toBe(path.end.id);
      state = run(state, [next]);
      expect(state.slide).toBe('debrief');
      const model = buildDebrief(debriefInput(id, scenario, state));
      expect(model.room?.endingId).toBe(path.end.id);
      expect(model.steps.map((s) => s.chosenId)).toEqual(path.choices.map((c) => c.choice));
      expect(model.checklist.playedByRoom).toBe(true);
      const markdown = debriefMarkdown(model);
      expect(markdown).toContain(`| 9 (100%) |`);
      for (const point of scenario.learningPoints) expect(markdown).toContain(point);
    }
  });
});
