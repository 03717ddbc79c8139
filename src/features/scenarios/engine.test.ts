import { describe, expect, it } from 'vitest';
import {
  availableChoices,
  canCompare,
  choicesMade,
  currentEnding,
  currentStep,
  initialState,
  lastChoice,
  transition,
  type ScenarioAction,
  type ScenarioState,
} from './engine.ts';
import { deepFreeze, validScenario } from '../../rules/scenario/fixture.ts';

const scenario = deepFreeze(validScenario());
const play = (...actions: ScenarioAction[]): ScenarioState =>
  actions.reduce((state, action) => deepFreeze(transition(scenario, state, action)), deepFreeze(initialState()));
const choose = (choice: string): ScenarioAction => ({ type: 'choose', choice });

describe('the state', () => {
  it('starts at the introduction with nothing played', () => {
    expect(initialState()).toEqual({
      screen: 'intro',
      route: null,
      node: null,
      history: [],
      ticks: [],
      submitted: false,
      finished: { checklist: null, conversation: null },
    });
  });

  it('is plain JSON at every point of a play', () => {
    const state = play(
      { type: 'start', route: 'conversation' },
      choose('talk'),
      { type: 'start', route: 'checklist' },
      { type: 'tick', item: 'tired' },
    );
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe('the conversation route', () => {
  it('starts at the start step and offers its choices', () => {
    const state = play({ type: 'start', route: 'conversation' });
    expect(state).toMatchObject({ screen: 'route', route: 'conversation', node: 'notice', history: [] });
    expect(availableChoices(scenario, state).map((c) => c.id)).toEqual(['form', 'talk']);
  });

  it('moves to the step a choice leads to and remembers the choice and its feedback', () => {
    const state = play({ type: 'start', route: 'conversation' }, choose('talk'));
    expect(state.node).toBe('talk');
    expect(state.history).toEqual([{ step: 'notice', choice: 'talk' }]);
    expect(lastChoice(scenario, state)?.choice.feedback).toBe('Sam can tell you what is going on.');
    expect(currentStep(scenario, state)?.title).toBe('Sam talks');
  });

  it('ignores a choice that is not on offer, returning the same state', () => {
    const state = play({ type: 'start', route: 'conversation' });
    expect(transition(scenario, state, choose('ring'))).toBe(state);
    expect(transition(scenario, initialState(), choose('talk'))).toEqual(initialState());
  });

  it('finishes at an ending, where no choices are left', () => {
    const state = play({ type: 'start', route: 'conversation' }, choose('talk'), choose('ring'), choose('plan'));
    expect(state.finished.conversation).toBe('good');
    expect(currentEnding(scenario, state)?.title).toBe('Support that fits');
    expect(availableChoices(scenario, state)).toEqual([]);
    expect(choicesMade(scenario, state.history).map((c) => c.choice.quality)).toEqual(['strong', 'strong', 'strong']);
  });

  it('goes round a loop and can still leave it', () => {
    const state = play({ type: 'start', route: 'conversation' }, choose('talk'), choose('wait'), choose('form'));
    expect(state.history.map((h) => h.step)).toEqual(['notice', 'talk', 'notice']);
    expect(state.finished.conversation).toBe('passed-on');
  });

  it('goes back one choice at a time, then to the introduction', () => {
    const ended = play({ type: 'start', route: 'conversation' }, choose('form'));
    const back = transition(scenario, ended, { type: 'back' });
    expect(back).toMatchObject({ screen: 'route', node: 'notice', history: [], finished: { conversation: null } });
    expect(transition(scenario, back, { type: 'back' }).screen).toBe('intro');
  });
});

describe('the checklist route', () => {
  const started = play({ type: 'start', route: 'checklist' });

  it('ticks and unticks items, keeping them in the form order', () => {
    const state = play({ type: 'start', route: 'checklist' }, { type: 'tick', item: 'hungry' }, { type: 'tick', item: 'tired' });
    expect(state.ticks).toEqual(['tired', 'hungry']);
    expect(transition(scenario, state, { type: 'untick', item: 'tired' }).ticks).toEqual(['hungry']);
  });

  it('ignores unknown items and ticks that change nothing', () => {
    expect(transition(scenario, started, { type: 'tick', item: 'nope' })).toBe(started);
    expect(transition(scenario, started, { type: 'untick', item: 'tired' })).toBe(started);
  });

  it('decides the level on submit and finishes at the level’s ending', () => {
    expect(play({ type: 'start', route: 'checklist' }, { type: 'submit' }).finished.checklist).toBe('checklist-none');
    const targeted = play(
      { type: 'start', route: 'checklist' },
      { type: 'tick', item: 'tired' },
      { type: 'tick', item: 'late' },
      { type: 'submit' },
    );
    expect(targeted).toMatchObject({ submitted: true, finished: { checklist: 'checklist-referral' } });
    expect(currentEnding(scenario, targeted)?.id).toBe('checklist-referral');
    // A Level 1 tick does not count towards Level 2: one Level 2 tick stays at Level 1.
    const universal = play(
      { type: 'start', route: 'checklist' },
      { type: 'tick', item: 'tired' },
      { type: 'tick', item: 'hungry' },
      { type: 'submit' },
    );
    expect(universal).toMatchObject({ submitted: true, finished: { checklist: 'checklist-none' } });
  });

  it('will not submit when the level it decides leads to no ending', () => {
    const broken = validScenario();
    broken.checklist.levels[1]!.ending = 'checklist-refer';
    const ticked: ScenarioAction[] = [
      { type: 'start', route: 'checklist' },
      { type: 'tick', item: 'tired' },
      { type: 'tick', item: 'late' },
    ];
    const state = ticked.reduce((s, a) => transition(broken, s, a), initialState());
    expect(state.ticks).toEqual(['tired', 'late']);
    expect(transition(broken, state, { type: 'submit' })).toBe(state);
  });

  it('locks the form once submitted, and Back reopens it with the ticks kept', () => {
    const submitted = play({ type: 'start', route: 'checklist' }, { type: 'tick', item: 'late' }, { type: 'submit' });
    expect(transition(scenario, submitted, { type: 'tick', item: 'tired' })).toBe(submitted);
    expect(transition(scenario, submitted, { type: 'submit' })).toBe(submitted);
    expect(transition(scenario, submitted, { type: 'back' })).toMatchObject({
      submitted: false,
      ticks: ['late'],
      finished: { checklist: null },
    });
  });

  it('does not take ticks or choices meant for the other route', () => {
    const conversation = play({ type: 'start', route: 'conversation' });
    expect(transition(scenario, conversation, { type: 'tick', item: 'tired' })).toBe(conversation);
    expect(transition(scenario, started, choose('talk'))).toBe(started);
  });
});

describe('playing both routes', () => {
  const both = play({ type: 'start', route: 'checklist' }, { type: 'submit' }, { type: 'start', route: 'conversation' }, choose('form'));

  it('compares only once both routes are finished', () => {
    const one = play({ type: 'start', route: 'checklist' }, { type: 'submit' });
    expect(canCompare(one)).toBe(false);
    expect(transition(scenario, one, { type: 'compare' })).toBe(one);
    expect(transition(scenario, both, { type: 'compare' }).screen).toBe('compare');
  });

  it('goes back from the comparison to the route played last', () => {
    const compared = transition(scenario, both, { type: 'compare' });
    expect(transition(scenario, compared, { type: 'back' })).toMatchObject({ screen: 'route', route: 'conversation', node: 'passed-on' });
  });

  it('restarting one route keeps the other’s ending', () => {
    const again = transition(scenario, both, { type: 'start', route: 'conversation' });
    expect(again.finished).toEqual({ checklist: 'checklist-none', conversation: null });
  });

  it('restart forgets everything', () => {
    expect(transition(scenario, both, { type: 'restart' })).toEqual(initialState());
  });
});
