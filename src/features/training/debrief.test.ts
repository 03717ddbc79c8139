import { describe, expect, it } from 'vitest';
import { buildDebrief, debriefFileName, debriefJson, debriefMarkdown, type DebriefInput } from './debrief.ts';

const outcomes = (n: number) => ({ needsMet: n, familyTrust: n, strengthsRecognised: n, timeToHelp: n, sharedResponsibility: n });
const links = { guidance: [], glossary: [], contacts: [], facts: [] };
const ending = (id: string, title: string, n: number) => ({
  id,
  title,
  text: 'What happened.',
  outcomes: outcomes(n),
  debrief: 'Why.',
  ...links,
});
const choice = (id: string, next: string, quality: 'strong' | 'mixed' | 'weak') => ({
  id,
  label: `Choice ${id}`,
  next,
  feedback: 'Because.',
  quality,
  ...links,
});

const scenario: DebriefInput['scenario'] = {
  title: 'A tiny case',
  learningPoints: ['Talk first.', 'Ask consent.'],
  checklist: {
    intro: 'Tick.',
    levels: [
      { id: 'universal', name: 'Level 1: Universal', service: 'Universal: no further action', ending: 'monitor' },
      { id: 'targeted', name: 'Level 2: Targeted', min: 2, service: 'Targeted: referral to the cluster', ending: 'refer' },
    ],
    items: [
      { id: 'one', label: 'Item one', level: 'targeted', applies: true },
      { id: 'two', label: 'Item two | with a bar', level: 'targeted', applies: false },
      { id: 'three', label: 'Item three', level: 'universal', applies: true },
    ],
    endings: [ending('monitor', 'Monitored', 1), ending('refer', 'Referred', 0)],
  },
  conversation: {
    start: 's1',
    steps: [
      {
        id: 's1',
        title: 'First',
        text: 'T',
        prompt: 'What first?',
        choices: [choice('good', 's2', 'strong'), choice('bad', 'end-bad', 'weak')],
        discussion: [],
        ...links,
      },
      {
        id: 's2',
        title: 'Second',
        text: 'T',
        prompt: 'What next?',
        choices: [choice('ok', 'end-ok', 'mixed'), choice('best', 'end-good', 'strong')],
        discussion: [],
        ...links,
      },
      {
        id: 's3',
        title: 'Unused',
        text: 'T',
        prompt: '?',
        choices: [choice('x', 'end-ok', 'mixed'), choice('y', 'end-ok', 'mixed')],
        discussion: [],
        ...links,
      },
    ],
    endings: [ending('end-good', 'Support that fits', 4), ending('end-ok', 'Half the picture', 2), ending('end-bad', 'Left to cope', 0)],
  },
};

const input: DebriefInput = {
  scenarioId: 'tiny',
  scenario,
  visits: [
    { stepId: 's1', counts: { good: 6, bad: 2 } },
    { stepId: 's2', counts: { ok: 3, best: 3 } },
  ],
  roomEndingId: 'end-ok',
  checklist: {
    ticked: ['one', 'three'],
    level: 'Level 1: Universal',
    service: 'Universal: no further action',
    endingId: 'monitor',
    playedByRoom: true,
  },
  strongest: {
    choices: [
      { step: 's1', choice: 'good' },
      { step: 's2', choice: 'best' },
    ],
    ending: 'end-good',
  },
  madeOn: '2026-11-23',
};

describe('buildDebrief', () => {
  const model = buildDebrief(input);

  it('sets the room’s route beside the checklist route and the strongest route, by dimension', () => {
    expect(model.room).toEqual({ label: "The room's route", endingId: 'end-ok', endingTitle: 'Half the picture', outcomes: outcomes(2) });
    expect(model.checklist).toMatchObject({
      endingTitle: 'Monitored',
      outcomes: outcomes(1),
      level: 'Level 1: Universal',
      service: 'Universal: no further action',
    });
    expect(model.strongest).toMatchObject({ endingTitle: 'Support that fits', outcomes: outcomes(4) });
    expect(model.dimensions[0]).toEqual({ dimension: 'needsMet', label: "The child's needs met", room: 2, checklist: 1, strongest: 4 });
    expect(model.dimensions).toHaveLength(5);
  });

  it('keeps the votes at each step and how the room’s choice was reached', () => {
    expect(model.steps.map((s) => [s.stepId, s.total, s.chosenLetter, s.by])).toEqual([
      ['s1', 8, 'A', 'vote'],
      ['s2', 6, 'A', 'tie'],
    ]);
    expect(model.steps[0]!.choices[0]).toEqual({
      choiceId: 'good',
      letter: 'A',
      label: 'Choice good',
      votes: 6,
      percent: 75,
      quality: 'strong',
    });
  });

  it('records the trainer’s choice when they overrode the vote', () => {
    const overridden = buildDebrief({
      ...input,
      visits: [{ stepId: 's1', counts: { good: 6, bad: 2 }, override: 'bad' }],
      roomEndingId: 'end-bad',
    });
    expect(overridden.steps[0]).toMatchObject({ chosenId: 'bad', chosenLetter: 'B', by: 'trainer' });
  });

  it('adds up no route’s outcomes', () => {
    for (const route of [model.room, model.checklist, model.strongest]) expect(route).not.toHaveProperty('total');
    expect(model.checklist).not.toHaveProperty('score');
  });

  it('lists the checklist items ticked, each with its level, and the strongest route’s steps', () => {
    expect(model.checklist.ticked).toEqual([
      { id: 'one', label: 'Item one', level: 'Level 2: Targeted' },
      { id: 'three', label: 'Item three', level: 'Level 1: Universal' },
    ]);
    expect(model.strongest.steps).toEqual([
      { stepId: 's1', title: 'First', choice: 'Choice good' },
      { stepId: 's2', title: 'Second', choice: 'Choice best' },
    ]);
  });

  it('leaves the room’s scores empty when the room has not reached an ending', () => {
    const unfinished = buildDebrief({ ...input, roomEndingId: undefined });
    expect(unfinished.room).toBeUndefined();
    expect(unfinished.dimensions[0]!.room).toBeUndefined();
    const markdown = debriefMarkdown(unfinished);
    expect(markdown).toContain("| Outcome | The room's route (not finished) | The checklist route | The strongest conversation route |");
    expect(markdown).toContain("| The child's needs met | not reached | Poor | Very good |");
    expect(markdown).toContain("- The room's route ended in: no ending yet.");
  });

  it('names the scenario and the id when an id is unknown', () => {
    expect(() => buildDebrief({ ...input, roomEndingId: 'nowhere' })).toThrow('tiny: there is no conversation ending "nowhere".');
    expect(() => buildDebrief({ ...input, visits: [{ stepId: 'ghost', counts: {} }] })).toThrow('tiny: there is no step "ghost".');
  });
});

describe('debriefMarkdown', () => {
  const markdown = debriefMarkdown(buildDebrief(input));

  it('holds the outcomes table, the route with its votes, and the learning points', () => {
    expect(markdown).toContain('# Debrief: A tiny case');
    expect(markdown).toContain("| Outcome | The room's route | The checklist route | The strongest conversation route |");
    expect(markdown).toContain("| The child's needs met | Fair | Poor | Very good |");
    expect(markdown).toContain('| Responsibility shared between agencies | Fair | Poor | Very good |');
    expect(markdown).toContain('### 1. First');
    expect(markdown).toContain('| A. Choice good (the room chose this) | 6 (75%) |');
    expect(markdown).toContain('6 votes. The room chose A: a tie: the first of the tied choices.');
    expect(markdown).toContain('1. First: Choice good');
    expect(markdown).toContain('- Ask consent.');
  });

  it('shows outcomes in words, with no total and no score out of a maximum', () => {
    expect(markdown).not.toMatch(/total/i);
    expect(markdown).not.toMatch(/\d+ of \d+/);
  });

  it('says what level the form decided and the service, and where the checklist route ended', () => {
    expect(markdown).toContain(
      '- The checklist route (as the room ticked it): the form decided Level 1: Universal, "Universal: no further action". It ended in: Monitored.',
    );
    const facts = debriefMarkdown(buildDebrief({ ...input, checklist: { ...input.checklist, playedByRoom: false } }));
    expect(facts).toContain('- The checklist route (as the facts of the case support): the form decided');
  });

  it('says it holds nothing about the people in the room', () => {
    expect(markdown).toContain('holds no names and nothing about the people in the room');
  });
});

describe('debriefJson and debriefFileName', () => {
  it('round-trips the model as JSON', () => {
    const model = buildDebrief(input);
    expect(JSON.parse(debriefJson(model))).toEqual(JSON.parse(JSON.stringify(model)));
    expect(JSON.parse(debriefJson(model)).format).toBe('right-conversation-debrief');
  });

  it('names the file after the scenario and the date', () => {
    const model = buildDebrief(input);
    expect(debriefFileName(model, 'md')).toBe('debrief-tiny-2026-11-23.md');
    expect(debriefFileName({ ...model, madeOn: undefined }, 'json')).toBe('debrief-tiny.json');
  });
});
