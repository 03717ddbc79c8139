import { describe, expect, it } from 'vitest';
import { conversationPaths, longestPathSteps, reachableFromStart, stepsWithWayOut, strongestPath } from './paths.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { validScenario } from '../../rules/scenario/fixture.ts';

const scenario = validScenario();
const choice = (s: Scenario, step: string, id: string) =>
  s.conversation.steps.find((x) => x.id === step)!.choices.find((c) => c.id === id)!;
const show = (walk: ReturnType<typeof conversationPaths>) =>
  walk.paths.map(
    (p) => `${p.choices.map((c) => `${c.step}/${c.choice}`).join(' ')} => ${p.end.kind}${'id' in p.end ? ` ${p.end.id}` : ''}`,
  );

describe('walking the conversation route', () => {
  it('lists every path from the start, stopping a loop where it comes back', () => {
    expect(show(conversationPaths(scenario))).toEqual([
      'notice/form => ending passed-on',
      'notice/talk talk/ring agree/refer => ending passed-on',
      'notice/talk talk/ring agree/plan => ending good',
      'notice/talk talk/ring agree/leave => ending passed-on',
      'notice/talk talk/wait => loop notice',
    ]);
  });

  it('stops a path that runs past the step limit', () => {
    expect(show(conversationPaths(scenario, 2))).toContain('notice/talk talk/ring => too-long');
  });

  it('stops listing at the path limit and says so', () => {
    const walk = conversationPaths(scenario, 15, 2);
    expect(walk.paths).toHaveLength(2);
    expect(walk.truncated).toBe(true);
  });

  it('finds what the start reaches and which steps have a way out', () => {
    expect([...reachableFromStart(scenario)].sort()).toEqual(['agree', 'good', 'notice', 'passed-on', 'talk']);
    expect([...stepsWithWayOut(scenario)].sort()).toEqual(['agree', 'notice', 'talk']);
  });

  it('measures the longest complete path in steps', () => {
    expect(longestPathSteps(scenario)).toBe(3);
  });
});

describe('the strongest path', () => {
  it('leads to the ending with the best total outcome', () => {
    expect(strongestPath(scenario)).toEqual({
      ending: 'good',
      choices: [
        { step: 'notice', choice: 'talk' },
        { step: 'talk', choice: 'ring' },
        { step: 'agree', choice: 'plan' },
      ],
    });
  });

  it('prefers fewer weak choices when the endings tie', () => {
    const tied = validScenario();
    tied.conversation.endings[1]!.outcomes = { ...tied.conversation.endings[0]!.outcomes };
    // Both endings now score 19: the path with no weak or mixed choice wins.
    expect(strongestPath(tied)?.choices.map((c) => c.choice)).toEqual(['talk', 'ring', 'plan']);
    choice(tied, 'notice', 'form').quality = 'strong';
    choice(tied, 'talk', 'ring').quality = 'weak';
    // Now every path through `talk` has a weak choice, and the one-step path has none.
    expect(strongestPath(tied)?.choices.map((c) => c.choice)).toEqual(['form']);
  });
});
