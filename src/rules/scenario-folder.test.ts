import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from './scenario-folder.ts';
import type { KnownIds } from './content-text.ts';

const valid = readFileSync('tests/fixtures/content/base/scenarios/sam.yaml', 'utf8');
const known: KnownIds = { guidance: new Set(['consent']), glossary: new Set(['cluster']), contacts: new Set(['duty-and-advice']) };
const FILE = 'content/scenarios/sam.yaml';
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('checkScenarioText', () => {
  it('passes the valid fixture', () => {
    expect(checkScenarioText(valid, FILE, known)).toEqual([]);
  });

  it('names the line of a choice that points nowhere', () => {
    const text = valid.replace('next: agree', 'next: nde-3');
    const [message] = checkScenarioText(text, FILE, known);
    expect(message).toContain(`Choice \`ring\` in step \`talk\` of ${FILE} (line ${lineOf(text, 'nde-3')}) points to \`nde-3\``);
  });

  it('names the line of a link to a missing guidance page', () => {
    const text = valid.replace('guidance: [consent]\nchecklist', 'guidance: [consnet]\nchecklist');
    expect(checkScenarioText(text, FILE, known)).toEqual([
      expect.stringContaining(`The scenario ${FILE} (line ${lineOf(text, 'consnet')}) links to the guidance page \`consnet\``),
    ]);
  });

  it('reports YAML that does not parse, with its line', () => {
    const [message] = checkScenarioText('title: x\n  bad: [', FILE, known);
    expect(message).toMatch(new RegExp(`^${FILE} \\(line \\d\\) is not valid YAML: `));
  });

  it('reports a schema error with its line, its field and the schema’s own fix', () => {
    const text = valid.replace('fictional: true', 'fictional: false');
    expect(checkScenarioText(text, FILE, known)).toEqual([
      `${FILE} (line ${lineOf(text, 'fictional: false')}): fictional: Set \`fictional: true\`: every case must be fictional, and the page says so.`,
    ]);
  });

  it('reports every schema error in the file, each with its own line', () => {
    const text = valid
      .replace("min: 2, service: 'Targeted", "min: 0, service: 'Targeted")
      .replace('outcomes: { needsMet: 4,', 'outcomes: { needsMet: 5,');
    expect(checkScenarioText(text, FILE, known)).toEqual([
      `${FILE} (line ${lineOf(text, 'min: 0')}): checklist.levels.1.min: \`min\` is at least 1: the first level is what the form decides when nothing reaches another.`,
      `${FILE} (line ${lineOf(text, 'needsMet: 5')}): conversation.endings.0.outcomes.needsMet: Scores run from 0 to 4.`,
    ]);
  });

  it('puts an unknown field and a missing one in plain words, as on an indicator still written with points', () => {
    const text = valid.replace('label: Tired in class, level: targeted', 'label: Tired in class, points: 2');
    const line = lineOf(text, 'points: 2');
    expect(checkScenarioText(text, FILE, known)).toEqual([
      `${FILE} (line ${line}): checklist.items.0.level: Add \`level\`: it is required (see src/schemas/scenario.ts).`,
      `${FILE} (line ${line}): checklist.items.0: \`points\` is not a field here. Remove it or correct its name; the fields are: id, label, level, applies (see src/schemas/scenario.ts).`,
    ]);
  });

  it('suggests the field a misspelt key was meant to be', () => {
    const text = valid.replace('feedback: Sam can tell you what is going on.', 'feedbak: Sam can tell you what is going on.');
    const line = lineOf(text, 'feedbak:');
    expect(checkScenarioText(text, FILE, known)).toContain(
      `${FILE} (line ${line}): conversation.steps.0.choices.1: \`feedbak\` is not a field here. Did you mean \`feedback\`? Remove it or correct its name; the fields are: id, label, next, feedback, quality, guidance, glossary, contacts, facts (see src/schemas/scenario.ts).`,
    );
  });

  it('reports a schema error before any graph check, so no message rests on data the schema refused', () => {
    const text = valid.replace('fictional: true', 'fictional: false').replace('next: agree', 'next: nde-3');
    const messages = checkScenarioText(text, FILE, known);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(': fictional: ');
  });
});
