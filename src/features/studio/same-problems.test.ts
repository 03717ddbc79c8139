/**
 * The studio and the build report the same problems for the same broken files: one set
 * of broken fixtures, run through the build's entry point (checkScenarioFolder, as the
 * integration calls it) and through the studio's checks, both on the file as opened
 * and on the draft the studio would save.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeWrittenCases, writeCase, type CaseName } from '../../../tests/build/support/cases.ts';
import { knownIds } from '../../rules/content-checks.ts';
import { checkScenarioFolder } from '../../rules/scenario-folder.ts';
import { checkDraft, checkStudioText } from './check.ts';
import { fieldId, fieldPath } from './editor.ts';
import { blankTemplate } from './template.ts';
import { fromYaml, toYaml } from './yaml.ts';

const FIXTURES: CaseName[] = ['scenario-broken-graph', 'scenario-broken-schema', 'scenario-giveaway'];
const withoutLines = (m: string) => m.replace(/ \(line \d+\)/g, '');

/** Extra broken files, written from the blank template: a typed number, a missing step, a significant-harm case, a bad link. */
function extraFixtures(): { name: string; text: string }[] {
  const typed = blankTemplate();
  typed['case'] = 'Ring 0113 222 4403 if you are worried.';
  const missing = blankTemplate() as { conversation: { steps: { choices: { next: string }[] }[] } };
  missing.conversation.steps[1]!.choices[0]!.next = 'no-such-step';
  const harm = blankTemplate();
  harm['themes'] = ['significant-harm'];
  const link = blankTemplate();
  link['glossary'] = ['no-such-term'];
  const levels = blankTemplate() as { checklist: { levels: { min?: number }[] } };
  levels.checklist.levels[0]!.min = 1;
  return [
    { name: 'typed-number.yaml', text: toYaml(typed) },
    { name: 'missing-step.yaml', text: toYaml(missing as never) },
    { name: 'significant-harm.yaml', text: toYaml(harm) },
    { name: 'bad-link.yaml', text: toYaml(link) },
    { name: 'first-level-min.yaml', text: toYaml(levels as never) },
    { name: 'not-yaml.yaml', text: 'title: [unclosed\n' },
  ];
}

afterAll(removeWrittenCases);

describe('the studio and the build report the same problems', () => {
  for (const fixture of FIXTURES) {
    it(`for ${fixture}`, () => {
      const root = writeCase(fixture);
      const known = knownIds(root);
      const build = checkScenarioFolder(root, known);
      expect(build.length).toBeGreaterThan(0);
      const studio = readdirSync(join(root, 'scenarios'))
        .sort()
        .flatMap((name) => {
          const file = join(root, 'scenarios', name);
          return checkStudioText(readFileSync(file, 'utf8'), file, known).map((p) => p.message);
        });
      expect(studio).toEqual(build);
    });
  }

  it('for broken files written from the template', () => {
    const root = writeCase('base');
    rmSync(join(root, 'scenarios'), { recursive: true });
    mkdirSync(join(root, 'scenarios'));
    const extra = extraFixtures();
    for (const f of extra) writeFileSync(join(root, 'scenarios', f.name), f.text);
    const known = knownIds(root);
    const build = checkScenarioFolder(root, known);
    const studio = readdirSync(join(root, 'scenarios'))
      .sort()
      .flatMap((name) => {
        const file = join(root, 'scenarios', name);
        // checkScenarioFolder names files relative to the working directory, as the build does.
        return checkStudioText(readFileSync(file, 'utf8'), relative(process.cwd(), file), known).map((p) => p.message);
      });
    expect(build.length).toBeGreaterThanOrEqual(extra.length);
    expect(studio).toEqual(build);
  });

  it('on the draft the studio would save, for every fixture that opens', () => {
    for (const fixture of FIXTURES) {
      const root = writeCase(fixture);
      const known = knownIds(root);
      for (const name of readdirSync(join(root, 'scenarios'))) {
        const file = join(root, 'scenarios', name);
        const build = checkScenarioFolder(root, known).filter((m) => m.includes(file));
        const draft = fromYaml(readFileSync(file, 'utf8'));
        const studio = checkDraft(draft, known);
        // The studio names the file after the title; the words are otherwise the build's.
        expect(studio.problems.map((p) => withoutLines(p.message.replaceAll(studio.file, file)))).toEqual(build.map(withoutLines));
        // Each problem links to a field.
        for (const p of studio.problems) expect(fieldId(fieldPath(p.path))).toMatch(/^(f-|studio-form$)/);
      }
    }
  });
});
