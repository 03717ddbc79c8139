/**
 * Each teaching check (src/rules/scenario/teaching.ts), shown failing on the tiny valid
 * scenario with one thing broken, through checkScenarioGraph as the build runs it. The
 * messages are locked with inline snapshots: they are what an author reads.
 */
import { describe, expect, it } from 'vitest';
import { giveaways, tellsToCallNow } from './teaching.ts';
import type { Choice, Scenario } from '../../schemas/scenario.ts';
import { choice, problems, step, validScenario } from './fixture.ts';

const bestFirst = (s: Scenario) => {
  for (const x of s.conversation.steps) x.choices.sort((a, b) => rank(b) - rank(a));
};
const rank = (c: Choice) => ({ weak: 0, mixed: 1, strong: 2 })[c.quality];

/** Turns the valid scenario into a significant-harm case whose first step offers the immediate call. */
function significantHarm(s: Scenario): void {
  s.themes = ['significant-harm'];
  const talk = choice(s, 'notice', 'talk');
  talk.label = 'Ring the Duty and Advice Team';
  talk.contacts = ['duty-and-advice'];
  choice(s, 'notice', 'form').feedback = 'A form delays help. Ring the Duty and Advice Team now.';
}

describe('no giveaway answers', () => {
  it('passes the valid scenario, whose best choice moves about', () => {
    expect(giveaways(validScenario())).toMatchObject({ first: [{ id: 'talk' }], last: [{ id: 'notice' }], longest: [] });
  });

  it('rejects a scenario whose best choice is first at most steps', () => {
    expect(problems(bestFirst)).toMatchInlineSnapshot(`
      [
        "In content/scenarios/school.yaml the best choice is first at 3 of 3 steps (\`notice\`, \`talk\`, \`agree\`), so a room could guess it. Reorder the choices in some of those steps (the order written is the order shown everywhere), so that it is first at no more than 1.",
      ]
    `);
  });

  it('rejects a scenario whose best choice is last at most steps', () => {
    const broken = problems((s) => {
      bestFirst(s);
      for (const x of s.conversation.steps) x.choices.reverse();
    });
    expect(broken).toHaveLength(1);
    expect(broken[0]).toContain('the best choice is last at 3 of 3 steps');
  });

  it('rejects a scenario whose best choice is the longest at most steps', () => {
    expect(
      problems((s) => {
        choice(s, 'notice', 'talk').label = 'Talk to Sam on his own, somewhere quiet, and listen to what he says';
        choice(s, 'talk', 'ring').label = "Ring Sam's mum today to ask how things are at home and what would help";
      }),
    ).toMatchInlineSnapshot(`
      [
        "In content/scenarios/school.yaml the best choice is the longest at 2 of 3 steps (\`notice\`, \`talk\`), so a room could guess it. Make the weaker choices as specific as the best one, or trim what the best one over-explains, so that it is the longest at no more than 1.",
      ]
    `);
  });

  it('leaves out steps where every choice is as good as the others', () => {
    const s = validScenario();
    for (const c of step(s, 'agree').choices) c.quality = 'strong';
    expect(giveaways(s).steps.map((x) => x.id)).toEqual(['notice', 'talk']);
  });
});

describe('every ending fits every route that reaches it', () => {
  it('rejects an ending reached by a route with a weak choice and one without, with both routes named', () => {
    expect(problems((s) => delete s.conversation.endings[1]!.fitsEveryRoute)).toMatchInlineSnapshot(`
      [
        "Ending \`passed-on\` of content/scenarios/school.yaml is reached both by a route with no weak choice (notice: talk → talk: ring → agree: refer) and by a route with the weak choice \`form\` in step \`notice\` (notice: form). One text and one set of outcomes rarely fit both. Give the weaker route its own ending, or, if every word and score holds for both, add \`fitsEveryRoute:\` to the ending with one sentence saying why.",
      ]
    `);
  });

  it('accepts an ending only weak routes reach, or only strong ones', () => {
    expect(
      problems((s) => {
        delete s.conversation.endings[1]!.fitsEveryRoute;
        choice(s, 'agree', 'refer').quality = 'weak';
      }),
    ).toEqual([]);
  });
});

describe('a significant-harm case', () => {
  it('passes when every delaying first choice says to call now', () => {
    expect(problems(significantHarm)).toEqual([]);
  });

  it('is recognised by its case text as well as by its theme', () => {
    const found = problems((s) => {
      significantHarm(s);
      s.themes = ['child-voice'];
      s.case += '\n\nHis teacher fears he may be suffering significant harm.';
      choice(s, 'notice', 'form').feedback = 'A form says nothing about Sam.';
    });
    expect(found).toHaveLength(1);
  });

  it('rejects a delaying first choice whose feedback does not tell the practitioner to call now', () => {
    expect(
      problems((s) => {
        significantHarm(s);
        choice(s, 'notice', 'form').feedback = 'A form says nothing about Sam, and it takes days.';
      }),
    ).toMatchInlineSnapshot(`
      [
        "Choice \`form\` in step \`notice\` of content/scenarios/school.yaml delays the call in a significant-harm case, and its feedback does not tell the practitioner to call now. Add a plain sentence such as "Ring the Duty and Advice Team now."",
      ]
    `);
  });

  it('rejects a first step whose strong choice is not the call to the Duty and Advice Team', () => {
    expect(
      problems((s) => {
        s.themes = ['significant-harm'];
        choice(s, 'notice', 'form').feedback = 'Ring the Duty and Advice Team now.';
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/scenarios/school.yaml is about significant harm, so the strong choice at its first step (\`notice\`) must be the immediate call to the Duty and Advice Team. Add that choice, marked \`quality: strong\`, with \`contacts: [duty-and-advice]\`.",
        "Choice \`talk\` in step \`notice\` of content/scenarios/school.yaml is marked strong, but in a significant-harm case the only strong first choice is the immediate call to the Duty and Advice Team. Mark it mixed or weak, and say in its feedback to call now.",
      ]
    `);
  });

  it('reads "call now" only when both words stand in one sentence', () => {
    expect(tellsToCallNow('Ring the Duty and Advice Team now.')).toBe(true);
    expect(tellsToCallNow('You must call them straight away, today.')).toBe(true);
    expect(tellsToCallNow('Call the team. Now think about the record.')).toBe(false);
    expect(tellsToCallNow('Wait for the meeting.')).toBe(false);
  });
});

describe('ringing the Duty and Advice Team for advice', () => {
  const ringingWeakly = (s: Scenario) => {
    const form = choice(s, 'notice', 'form');
    form.label = 'Send the Duty and Advice Team a written referral';
  };

  it('rejects a weaker choice to contact the team whose feedback does not say advice is welcome', () => {
    expect(problems(ringingWeakly)).toMatchInlineSnapshot(`
      [
        "Choice \`form\` in step \`notice\` of content/scenarios/school.yaml contacts the Duty and Advice Team and is marked weak. Its feedback must name what was really wrong and say plainly that ringing the team for advice is always right when you are unsure whether a child may be in need (it must use the words "advice" and "unsure" or "not sure").",
      ]
    `);
  });

  it('accepts it when the feedback names the fault and says ringing for advice is right when unsure', () => {
    expect(
      problems((s) => {
        ringingWeakly(s);
        choice(s, 'notice', 'form').feedback =
          'A written referral before talking to Sam or his mum passes him on. If you are unsure whether a child may be in need, ringing the team for advice is always right.';
      }),
    ).toEqual([]);
  });
});
