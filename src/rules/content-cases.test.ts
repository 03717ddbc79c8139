/**
 * Every bad-content case (tests/build/support/cases.ts: the base fixture with one named
 * mistake) through the checker the build runs, with the full list of problems an author
 * would read, locked with inline snapshots. The build tests (tests/build/) prove that
 * `astro sync` stops and prints them; these are quick, so every case is here.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentFolder, checkContentRoot, knownIds } from './content-checks.ts';
import { checkScenarioFolder } from './scenario-folder.ts';
import { asContent, caseSays, removeWrittenCases, writeCase, type CaseName } from '../../tests/build/support/cases.ts';

afterAll(removeWrittenCases);

/** What the build's content check reports for a case, as content-checks.ts runs it. */
function problems(name: CaseName | 'base'): string[] {
  const root = writeCase(name);
  const missing = checkContentRoot(root);
  const found = missing.length > 0 ? missing : [...checkContentFolder(root), ...checkScenarioFolder(root, knownIds(root))];
  return found.map((p) => asContent(p, root));
}

const says = (name: CaseName) => `${name}: ${caseSays(name)}`;

describe('the content checks on each case made from the base fixture', () => {
  it('pass the base fixture', () => {
    expect(problems('base')).toEqual([]);
  });

  it(says('contact-missing-fields'), () => {
    expect(problems('contact-missing-fields')).toMatchInlineSnapshot(`
      [
        "content/contacts/contact-centre.mdx (line 2): for: Add \`for\`: who the contact is for, as a short phrase.",
        "content/contacts/contact-centre.mdx (line 2): hours: Add \`hours\`: one of working-hours, out-of-hours, any-time, or not-stated when the sources do not say.",
        "content/contacts/contact-centre.mdx (line 2): source: Add \`source\`: one of right-conversation, early-help, both, national.",
      ]
    `);
  });

  it(says('contact-bad-phone'), () => {
    expect(problems('contact-bad-phone')).toMatchInlineSnapshot(`
      [
        "content/contacts/contact-centre.mdx (line 5): phone: "0113 376 033" is not a UK phone number. Write it with its area code, for example "0113 376 0336".",
      ]
    `);
  });

  it(says('contact-duplicate-number'), () => {
    expect(problems('contact-duplicate-number')).toMatchInlineSnapshot(`
      [
        "content/contacts/duty-and-advice.mdx (line 5): phone: \`phone\` 0113 222 4403 is also the number of Contact Centre in content/contacts/contact-centre.mdx. Each number lives in one contact entry: remove it here and show that contact instead, or correct the number.",
      ]
    `);
  });

  it(says('guidance-bad-fact'), () => {
    expect(problems('guidance-bad-fact')).toMatchInlineSnapshot(`
      [
        "content/guidance/consent.mdx (line 5): facts.0: "R99" is not a fact id. Use one of R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15, R16, R17, E1, E2, E3, E4, E5, E6, E7, E8, E9, E10, E11, E12, E13, E14, E15, E16, E17 (see src/vocabulary/facts.ts).",
      ]
    `);
  });

  it(says('guidance-missing-reviewed'), () => {
    expect(problems('guidance-missing-reviewed')).toMatchInlineSnapshot(`
      [
        "content/guidance/consent.mdx (line 2): reviewed: Add \`reviewed\`: the date someone last checked this page against the sources, as YYYY-MM-DD.",
      ]
    `);
  });

  it(says('fact-not-carried'), () => {
    expect(problems('fact-not-carried')).toMatchInlineSnapshot(`
      [
        "content/guidance: no guidance page carries the fact R1 (content/facts.yaml says what it is). Every fact from the sources must reach the site: say it on the guidance page it belongs to, and add \`R1\` to that page's \`facts:\` list.",
      ]
    `);
  });

  it(says('guidance-key-typo'), () => {
    expect(problems('guidance-key-typo')).toMatchInlineSnapshot(`
      [
        "content/guidance/consent.mdx (line 6): reveiwed: \`reveiwed\` is not a field here. Did you mean \`reviewed\`? Correct its name (see src/schemas/guidance.ts).",
      ]
    `);
  });

  it(says('guidance-typed-number'), () => {
    expect(problems('guidance-typed-number')).toMatchInlineSnapshot(`
      [
        "content/guidance/consent.mdx:9: the phone number "0113 376 0336" is typed by hand. Numbers live only in content/contacts/: show it with <Contact id="…" />, using the id of the contact it belongs to.",
        "content/guidance/consent.mdx:9: <Term id="missing"> points to nothing: there is no content/glossary/missing.mdx. Use one of: cluster.",
      ]
    `);
  });

  it(says('glossary-missing-summary'), () => {
    expect(problems('glossary-missing-summary')).toMatchInlineSnapshot(`
      [
        "content/glossary/cluster.mdx (line 2): summary: Add \`summary\`: a one-sentence definition in plain English.",
      ]
    `);
  });

  it(says('no-such-folder'), () => {
    expect(problems('no-such-folder')).toMatchInlineSnapshot(`
      [
        "The content folder \`content\` does not exist. Run the build from the project's top folder, or point CONTENT_ROOT at a folder holding contacts, glossary, guidance, scenarios, pages, blocks and facts.yaml, learning-outcomes.yaml, conversation-record.yaml, documents.yaml.",
      ]
    `);
  });

  it(says('folder-misnamed'), () => {
    expect(problems('folder-misnamed')).toMatchInlineSnapshot(`
      [
        "content/glossery is not a content folder the site reads. Did you mean \`glossary\`? The folders are: contacts, glossary, guidance, scenarios, pages, blocks.",
        "content/glossary is missing. Every content folder holds contacts, glossary, guidance, scenarios, pages, blocks: add the \`glossary\` folder (it may be empty).",
      ]
    `);
  });

  it(says('file-misnamed'), () => {
    expect(problems('file-misnamed')).toMatchInlineSnapshot(`
      [
        "content/fact.yaml is not a content file the site reads. Did you mean \`facts.yaml\`? The files beside the folders are: facts.yaml, learning-outcomes.yaml, conversation-record.yaml, documents.yaml.",
        "content/facts.yaml is missing. Every content folder holds facts.yaml, learning-outcomes.yaml, conversation-record.yaml, documents.yaml: add \`facts.yaml\` (see src/schemas/facts.ts).",
      ]
    `);
  });

  it(says('page-key-typo'), () => {
    expect(problems('page-key-typo')).toMatchInlineSnapshot(`
      [
        "content/pages/home.mdx (line 3): descripton: \`descripton\` is not a field here. Did you mean \`description\`? Correct its name (see src/schemas/page.ts).",
      ]
    `);
  });

  it(says('page-misnamed'), () => {
    expect(problems('page-misnamed')).toMatchInlineSnapshot(`
      [
        "content/pages/hom.mdx is not a file the site shows. Did you mean \`home\`? Rename it to one of: home.mdx, worried-about-a-child.mdx, training.mdx, documents.mdx, accessibility.mdx, privacy.mdx, offline.mdx, studio.mdx.",
        "content/pages/home.mdx is missing. Add it: the site shows its words (see src/schemas/page.ts for its fields).",
      ]
    `);
  });

  it(says('page-unknown-component'), () => {
    expect(problems('page-unknown-component')).toMatchInlineSnapshot(`
      [
        "content/pages/training.mdx:8: <LearningOutcome> is not a component this file can use. Did you mean \`LearningOutcomes\`? It can use: <Contact>, <Term>, <LearningOutcomes>, <SaveForOffline>, <Timings>, <TieRule>, <GroundRules>, <ScenarioList>.",
      ]
    `);
  });

  it(says('block-missing'), () => {
    expect(problems('block-missing')).toMatchInlineSnapshot(`
      [
        "content/blocks/ground-rules.mdx is missing. Add it: the site shows its words (see src/schemas/page.ts for its fields).",
      ]
    `);
  });

  it(says('block-missing-title'), () => {
    expect(problems('block-missing-title')).toMatchInlineSnapshot(`
      [
        "content/blocks/handout-questions.mdx (line 2): title: Add \`title\`: the heading the site shows above this block, in sentence case (see src/schemas/page.ts).",
      ]
    `);
  });

  it(says('block-unshown-title'), () => {
    expect(problems('block-unshown-title')).toMatchInlineSnapshot(`
      [
        "content/blocks/footer.mdx (line 3): title: this block is shown without a heading of its own, so its \`title\` would not appear. Remove it, and write any heading in the body (see src/schemas/page.ts).",
      ]
    `);
  });

  it(says('record-missing-field'), () => {
    expect(problems('record-missing-field')).toMatchInlineSnapshot(`
      [
        "content/conversation-record.yaml (line 5): sections.0.fields.0.label: Add \`label\`: the question, as it is shown on the form.",
      ]
    `);
  });

  it(says('record-no-date'), () => {
    expect(problems('record-no-date')).toMatchInlineSnapshot(`
      [
        "content/conversation-record.yaml (line 3): sections: Keep a question with \`id: date\` and \`kind: date\`, the date of the conversation: the saved file is named after it.",
      ]
    `);
  });

  it(says('fact-unknown-id'), () => {
    expect(problems('fact-unknown-id')).toMatchInlineSnapshot(`
      [
        "content/facts.yaml (line 23): facts.R18: \`R18\` is not a fact id. Did you mean \`R1\`? The ids are fixed in src/vocabulary/facts.ts: R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15, R16, R17, E1, E2, E3, E4, E5, E6, E7, E8, E9, E10, E11, E12, E13, E14, E15, E16, E17. Correct the id, or add the fact there first.",
      ]
    `);
  });

  it(says('fact-missing-label'), () => {
    expect(problems('fact-missing-label')).toMatchInlineSnapshot(`
      [
        "content/facts.yaml (line 6): facts: Add \`E17:\` and its label: every fact needs a label, shown on the pages that carry it.",
      ]
    `);
  });

  it(says('outcome-unknown-guidance'), () => {
    expect(problems('outcome-unknown-guidance')).toMatchInlineSnapshot(`
      [
        "content/learning-outcomes.yaml (line 3): outcomes.0.guidance: there is no guidance page \`consnet\` (content/guidance/consnet.mdx). Did you mean \`consent\`? Use the id of a guidance page: its file name without .mdx.",
      ]
    `);
  });

  it(says('document-unknown-id'), () => {
    expect(problems('document-unknown-id')).toMatchInlineSnapshot(`
      [
        "content/documents.yaml (line 6): posters: \`posters\` is not a document the site makes. Did you mean \`poster\`? The documents are: guidance, poster, contacts-card, conversation-record, scenario-handout (their pages and page limits are in src/features/documents/documents.ts).",
        "content/documents.yaml (line 1): (top level): Add \`poster:\` with its \`title\`, \`name\` and \`purpose\`.",
      ]
    `);
  });

  it(says('scenario-broken-graph'), () => {
    expect(problems('scenario-broken-graph')).toMatchInlineSnapshot(`
      [
        "Choice \`ring\` in step \`talk\` of content/scenarios/sam.yaml (line 53) points to \`nde-3\`, which does not exist. Steps and endings are: \`notice\`, \`talk\`, \`agree\`, \`good\`, \`passed-on\`. Set \`next\` to one of them.",
        "Step \`agree\` of content/scenarios/sam.yaml (line 55) cannot be reached from the start (\`notice\`): no choice leads to it. Point a choice's \`next\` at it, or remove it.",
        "Ending \`good\` of content/scenarios/sam.yaml (line 64) cannot be reached from the start (\`notice\`): no choice leads to it. Point a choice's \`next\` at it, or remove it.",
      ]
    `);
  });

  it(says('scenario-broken-schema'), () => {
    expect(problems('scenario-broken-schema')).toMatchInlineSnapshot(`
      [
        "content/scenarios/sam.yaml (line 4): fictional: Set \`fictional: true\`: every case must be fictional, and the page says so.",
      ]
    `);
  });

  it(says('scenario-giveaway'), () => {
    expect(problems('scenario-giveaway')).toMatchInlineSnapshot(`
      [
        "In content/scenarios/sam.yaml (line 41) the best choice is first at 3 of 3 steps (\`notice\`, \`talk\`, \`agree\`), so a room could guess it. Reorder the choices in some of those steps (the order written is the order shown everywhere), so that it is first at no more than 1.",
      ]
    `);
  });
});
