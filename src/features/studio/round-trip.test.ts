/**
 * Every scenario in content/scenarios/ opens in the studio and saves back to a file with
 * the same data, which the build's checks accept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownIds } from '../../rules/content-checks.ts';
import { checkScenarioText } from '../../rules/scenario-folder.ts';
import { initialEditorState } from './editor.ts';
import { fromYaml, parseYaml, toYaml } from './yaml.ts';
import { scenarioSchema } from '../../schemas/scenario.ts';

const FOLDER = 'content/scenarios';
const known = knownIds('content');

describe.each(
  readdirSync(FOLDER)
    .filter((f) => f.endsWith('.yaml'))
    .sort(),
)('%s', (name) => {
  const text = readFileSync(join(FOLDER, name), 'utf8');
  const saved = toYaml(initialEditorState(fromYaml(text), name).draft);

  it('saves back to a file that parses to the same data', () => {
    expect(parseYaml(saved)).toEqual(parseYaml(text));
    expect(scenarioSchema.parse(parseYaml(saved))).toEqual(scenarioSchema.parse(parseYaml(text)));
  });

  it('saves a file the build accepts', () => {
    expect(checkScenarioText(saved, join(FOLDER, name), known)).toEqual([]);
  });

  it('writes it as the files are written: the same field order, block text, flow lists and outcomes', () => {
    const keys = (t: string) =>
      t
        .split('\n')
        .filter((l) => /^\s*(- )?[A-Za-z]+:/.test(l))
        .map((l) => l.trim().replace(/^- /, '').split(':')[0]);
    // Link lists are written in one order (guidance, glossary, contacts, facts); a hand-written file may vary it.
    const LINKS = ['guidance', 'glossary', 'contacts', 'facts'];
    const fields = (t: string) => keys(t).filter((k) => !LINKS.includes(k!));
    expect(fields(saved)).toEqual(fields(text));
    expect(keys(saved).filter((k) => LINKS.includes(k!)).length).toBe(keys(text).filter((k) => LINKS.includes(k!)).length);
    expect(saved).toMatch(/^# A fictional case\./);
    expect(saved).toMatch(/^case: \|-$/m);
    expect(saved).toMatch(
      /^ {6}outcomes: \{ needsMet: \d, familyTrust: \d, strengthsRecognised: \d, timeToHelp: \d, sharedResponsibility: \d \}$/m,
    );
    expect(saved).toMatch(/^themes: \[[a-z-]+(, [a-z-]+)*\]$/m);
    expect(saved).toMatch(/^ {10}feedback: >-$/m);
  });
});
