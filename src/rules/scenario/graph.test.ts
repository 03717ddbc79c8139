/**
 * Each graph check, shown failing on the tiny valid scenario with one thing broken.
 * The messages are locked with inline snapshots: they are what a maintainer reads.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../schemas/scenario.ts';
import { checkScenarioGraph } from './graph.ts';
import { choice, FILE, known, problems, step, validScenario } from './fixture.ts';

describe('checkScenarioGraph', () => {
  it('finds nothing wrong with a sound scenario', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('names the line when it is given a way to find it', () => {
    const scenario = validScenario();
    choice(scenario, 'notice', 'talk').next = 'nde-3';
    const [problem] = checkScenarioGraph(scenario, { file: FILE, known, lineOf: (path) => path.length * 10 });
    expect(problem?.path).toEqual(['conversation', 'steps', 0, 'choices', 1, 'next']);
    expect(problem?.message).toContain(`of ${FILE} (line 60) points to`);
  });

  it('rejects a choice that points to a missing step', () => {
    expect(problems((s) => (choice(s, 'talk', 'wait').next = 'nde-3'))).toMatchInlineSnapshot(`
      [
        "Choice \`wait\` in step \`talk\` of content/scenarios/school.yaml points to \`nde-3\`, which does not exist. Steps and endings are: \`notice\`, \`talk\`, \`agree\`, \`good\`, \`passed-on\`. Set \`next\` to one of them.",
      ]
    `);
  });

  it('rejects a choice that points to a checklist ending', () => {
    expect(problems((s) => (choice(s, 'agree', 'refer').next = 'checklist-none'))).toMatchInlineSnapshot(`
      [
        "Choice \`refer\` in step \`agree\` of content/scenarios/school.yaml points to \`checklist-none\`, an ending of the checklist route. Steps and endings are: \`notice\`, \`talk\`, \`agree\`, \`good\`, \`passed-on\`. Set \`next\` to one of them.",
      ]
    `);
  });

  it('rejects a start that is not a step', () => {
    expect(problems((s) => (s.conversation.start = 'good'))).toMatchInlineSnapshot(`
      [
        "\`conversation.start\` in content/scenarios/school.yaml is \`good\`, which is not a step. Steps are: \`notice\`, \`talk\`, \`agree\`.",
      ]
    `);
  });

  it('rejects a level that leads to a missing ending, and a checklist ending no level leads to', () => {
    expect(problems((s) => (s.checklist.levels[1]!.ending = 'checklist-refer'))).toMatchInlineSnapshot(`
      [
        "The level \`targeted\` ("Level 2: Targeted") of the checklist in content/scenarios/school.yaml leads to \`checklist-refer\`, which is not a checklist ending. Did you mean \`checklist-referral\`? Checklist endings are: \`checklist-none\`, \`checklist-referral\`.",
        "Checklist ending \`checklist-referral\` of content/scenarios/school.yaml is not the result of any level. Point a level's \`ending\` at it, or remove it.",
      ]
    `);
  });

  it('rejects a first level with a `min`', () => {
    expect(problems((s) => (s.checklist.levels[0]!.min = 1))).toMatchInlineSnapshot(`
      [
        "The level \`universal\` ("Level 1: Universal") of the checklist in content/scenarios/school.yaml is the first level, so it has no \`min\`: the form decides it when no other level is reached. Remove its \`min\`.",
      ]
    `);
  });

  it('rejects a later level without a `min`', () => {
    expect(problems((s) => delete s.checklist.levels[1]!.min)).toMatchInlineSnapshot(`
      [
        "The level \`targeted\` ("Level 2: Targeted") of the checklist in content/scenarios/school.yaml has no \`min\`. Add \`min\`: how many ticked indicators at this level or above make the form decide it.",
      ]
    `);
  });

  it('rejects a level that can never be reached', () => {
    expect(problems((s) => (s.checklist.levels[1]!.min = 3))).toMatchInlineSnapshot(`
      [
        "The level \`targeted\` ("Level 2: Targeted") of the checklist in content/scenarios/school.yaml can never be reached: it needs 3 ticked indicators at this level or above, and the form has 2. Lower its \`min\` or add indicators at this level.",
      ]
    `);
  });

  it('counts the indicators at a level and above when deciding whether it can be reached', () => {
    expect(
      problems((s) => {
        s.checklist.levels.push({
          id: 'specialist',
          name: 'Level 3: Specialist',
          min: 1,
          service: 'Specialist: social care',
          ending: 'checklist-referral',
        });
        s.checklist.items.push({ id: 'marks', label: 'Unexplained marks', level: 'specialist', applies: false });
        s.checklist.levels[1]!.min = 3;
      }),
    ).toEqual([]);
  });

  it('rejects an indicator that points to a level the form does not have, suggesting the nearest', () => {
    expect(problems((s) => (s.checklist.items[2]!.level = 'universl'))).toMatchInlineSnapshot(`
      [
        "Indicator \`hungry\` of the checklist in content/scenarios/school.yaml points to the level \`universl\`, which is not one of the form's levels. Did you mean \`universal\`? Levels are: \`universal\`, \`targeted\`.",
      ]
    `);
  });

  it('rejects a step nothing leads to', () => {
    expect(problems((s) => (choice(s, 'notice', 'talk').next = 'agree'))).toMatchInlineSnapshot(`
      [
        "Step \`talk\` of content/scenarios/school.yaml cannot be reached from the start (\`notice\`): no choice leads to it. Point a choice's \`next\` at it, or remove it.",
      ]
    `);
  });

  it('rejects an ending nothing leads to', () => {
    expect(problems((s) => (choice(s, 'agree', 'plan').next = 'passed-on'))).toMatchInlineSnapshot(`
      [
        "Ending \`good\` of content/scenarios/school.yaml cannot be reached from the start (\`notice\`): no choice leads to it. Point a choice's \`next\` at it, or remove it.",
      ]
    `);
  });

  it('rejects a loop with no way out', () => {
    expect(
      problems((s) => {
        choice(s, 'talk', 'ring').next = 'notice';
        choice(s, 'notice', 'form').next = 'talk';
        choice(s, 'agree', 'plan').next = 'talk';
      }),
    ).toMatchInlineSnapshot(`
      [
        "Step \`agree\` of content/scenarios/school.yaml cannot be reached from the start (\`notice\`): no choice leads to it. Point a choice's \`next\` at it, or remove it.",
        "Ending \`good\` of content/scenarios/school.yaml cannot be reached from the start (\`notice\`): no choice leads to it. Point a choice's \`next\` at it, or remove it.",
        "Ending \`passed-on\` of content/scenarios/school.yaml cannot be reached from the start (\`notice\`): no choice leads to it. Point a choice's \`next\` at it, or remove it.",
        "From steps \`notice\`, \`talk\` of content/scenarios/school.yaml no choice ever leads to an ending: the player would go round a loop with no way out. Point at least one of those steps' choices at an ending, or at a step that leads to one.",
      ]
    `);
  });

  it('rejects a route longer than the limit', () => {
    expect(
      problems((s) => {
        const template = step(s, 'agree');
        // Two mixed choices a step, both onward: few enough paths to check, and no best choice to give away.
        const chain = Array.from({ length: 16 }, (_, k) => ({
          ...template,
          id: `more-${k}`,
          choices: template.choices
            .slice(0, 2)
            .map((c) => ({ ...c, quality: 'mixed' as const, next: k === 15 ? 'good' : `more-${k + 1}` })),
        }));
        choice(s, 'agree', 'plan').next = 'more-0';
        s.conversation.steps.push(...chain);
      }),
    ).toMatchInlineSnapshot(`
      [
        "A path through content/scenarios/school.yaml takes more than 15 steps without reaching an ending: notice → talk → agree → more-0 → more-1 → more-2 → more-3 → more-4 → more-5 → more-6 → more-7 → more-8 → more-9 → more-10 → more-11 → … Shorten it, so that every path ends within 15 steps.",
      ]
    `);
  });

  it('rejects a route with too many paths to check', () => {
    expect(
      problems((s) => {
        const template = step(s, 'agree');
        // Eight steps of four mixed, onward choices: 4^8 paths, each well within the step limit.
        const chain = Array.from({ length: 8 }, (_, k) => ({
          ...template,
          id: `more-${k}`,
          choices: ['a', 'b', 'c', 'd'].map((id) => ({
            ...template.choices[0]!,
            id,
            quality: 'mixed' as const,
            next: k === 7 ? 'good' : `more-${k + 1}`,
          })),
        }));
        choice(s, 'agree', 'plan').next = 'more-0';
        s.conversation.steps.push(...chain);
      }),
    ).toMatchInlineSnapshot(`
      [
        "The conversation route of content/scenarios/school.yaml has too many paths to check (more than 20000). Join branches back together, or use fewer steps.",
      ]
    `);
  });

  it('rejects ids used twice', () => {
    expect(
      problems((s) => {
        s.checklist.endings[0]!.id = 'talk';
        s.checklist.levels[0]!.ending = 'talk';
        choice(s, 'agree', 'refer').id = 'plan';
        s.checklist.items[2]!.id = 'tired';
      }),
    ).toMatchInlineSnapshot(`
      [
        "The id \`talk\` is used twice in content/scenarios/school.yaml: by a step and by a checklist ending. Steps and endings share one set of ids: rename one of them.",
        "Step \`agree\` of content/scenarios/school.yaml has two choices with the id \`plan\`. Give each choice in a step its own id.",
        "The checklist of content/scenarios/school.yaml has two items with the id \`tired\`. Give each item its own id.",
      ]
    `);
  });

  it('rejects a level id used twice', () => {
    expect(
      problems((s) => {
        s.checklist.levels.push({ ...s.checklist.levels[1]!, name: 'Level 3: Specialist' });
      }),
    ).toMatchInlineSnapshot(`
      [
        "The checklist of content/scenarios/school.yaml has two levels with the id \`targeted\`. Give each level its own id.",
        "The level \`targeted\` ("Level 3: Specialist") of the checklist in content/scenarios/school.yaml can never be reached: it needs 2 ticked indicators at this level or above, and the form has 0. Lower its \`min\` or add indicators at this level.",
      ]
    `);
  });

  it('rejects an ending without a debrief or a score', () => {
    expect(
      problems((s) => {
        s.conversation.endings[0]!.debrief = '  ';
        delete (s.checklist.endings[0]!.outcomes as Partial<Scenario['checklist']['endings'][0]['outcomes']>).timeToHelp;
      }),
    ).toMatchInlineSnapshot(`
      [
        "Checklist ending \`checklist-none\` of content/scenarios/school.yaml has no score for \`timeToHelp\`. Give \`outcomes\` a score from 0 to 4 for each of: \`needsMet\`, \`familyTrust\`, \`strengthsRecognised\`, \`timeToHelp\`, \`sharedResponsibility\`.",
        "Ending \`good\` of content/scenarios/school.yaml has no debrief. Add \`debrief\`: why it turned out this way and what to learn from it.",
      ]
    `);
  });

  it('rejects links to guidance, glossary terms and contacts that do not exist', () => {
    expect(
      problems((s) => {
        s.guidance = ['consnet'];
        step(s, 'talk').choices[0]!.glossary = ['clusters'];
        step(s, 'notice').contacts = ['duty-advice'];
        s.conversation.endings[0]!.guidance = ['early-help'];
      }),
    ).toMatchInlineSnapshot(`
      [
        "The scenario content/scenarios/school.yaml links to the guidance page \`consnet\`, which does not exist (there is no content/guidance/consnet.mdx). Guidance pages are: \`consent\`, \`significant-harm\`.",
        "Ending \`good\` of content/scenarios/school.yaml links to the guidance page \`early-help\`, which does not exist (there is no content/guidance/early-help.mdx). Guidance pages are: \`consent\`, \`significant-harm\`.",
        "Step \`notice\` of content/scenarios/school.yaml links to the contact \`duty-advice\`, which does not exist (there is no content/contacts/duty-advice.mdx). Contacts are: \`duty-and-advice\`.",
        "Choice \`ring\` in step \`talk\` of content/scenarios/school.yaml links to the glossary term \`clusters\`, which does not exist (there is no content/glossary/clusters.mdx). Glossary terms are: \`cluster\`.",
      ]
    `);
  });
});
