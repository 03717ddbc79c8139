import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../../src/integrations/scenario-checks.ts';
import type { KnownIds } from '../../../src/lib/content-checks.ts';

const valid = readFileSync('tests/fixtures/scenarios/valid.yaml', 'utf8');
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

  it('leaves schema errors to the content collection, which names the field', () => {
    expect(checkScenarioText(valid.replace('fictional: true', 'fictional: false'), FILE, known)).toEqual([]);
  });
});
