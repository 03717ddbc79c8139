/**
 * Checking a draft in the studio: the build's own check (src/rules/scenario/check-text.ts)
 * run on the file the studio would save, so the words and line numbers are the build's.
 * Problems found in the raw text (a typed phone number) are placed by their line.
 */
import type { KnownIds } from '../../rules/content-text.ts';
import { checkScenarioProblems } from '../../rules/scenario/check-text.ts';
import type { DataPath } from '../../rules/scenario/problems.ts';
import { scenarioSchema, type Scenario } from '../../schemas/scenario.ts';
import { fileName, pathAtLine, toYaml, type Draft } from './yaml.ts';

export interface StudioProblem {
  message: string;
  /** Where in the draft: the field to link to and mark. */
  path: DataPath;
}

export interface DraftCheck {
  /** The file as it would be saved. */
  text: string;
  /** The path the messages name, as the file would sit in the site: content/scenarios/<name>.yaml. */
  file: string;
  problems: StudioProblem[];
  /** The draft as the site would load it (defaults filled in), when it passes every check. */
  scenario: Scenario | undefined;
}

/** Checks a scenario file's text, exactly as the build does, keeping where each problem is. */
export function checkStudioText(text: string, file: string, known: KnownIds): StudioProblem[] {
  return checkScenarioProblems(text, file, known).map((p) => ({
    message: p.message,
    path: p.path ?? (p.line === undefined ? undefined : pathAtLine(text, p.line)) ?? [],
  }));
}

/** Checks a draft as the file the studio would save. */
export function checkDraft(draft: Draft, known: KnownIds): DraftCheck {
  const text = toYaml(draft);
  const file = `content/scenarios/${fileName(draft)}`;
  const problems = checkStudioText(text, file, known);
  const parsed = problems.length === 0 ? scenarioSchema.safeParse(draft) : undefined;
  return { text, file, problems, scenario: parsed?.success ? parsed.data : undefined };
}
