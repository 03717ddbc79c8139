/**
 * What the graph checks report, and the words they use to point at a place in a
 * scenario file. Shared by graph.ts (the structure) and links.ts (endings and links).
 */
import type { KnownIds } from '../content-text.ts';
import type { Scenario } from '../../schemas/scenario.ts';

/** A place in a scenario file, as keys into the parsed YAML: ['conversation', 'steps', 2, 'choices', 0, 'next']. */
export type DataPath = (string | number)[];

/** One thing wrong with a scenario: where, and a message that says what to do. */
export interface GraphProblem {
  path: DataPath;
  message: string;
}

/** What the checks need besides the scenario itself. */
export interface GraphCheckOptions {
  /** The file, as the maintainer sees it: "content/scenarios/school.yaml". */
  file: string;
  /** The guidance pages, glossary terms and contacts that exist. */
  known: KnownIds;
  /** Finds the line a path is on, when the caller has the YAML text; messages then name it. */
  lineOf?: (path: DataPath) => number | undefined;
}

/** Builds messages that name the file (and line, when known) of each place. */
export class Reporter {
  readonly problems: GraphProblem[] = [];
  readonly scenario: Scenario;
  readonly options: GraphCheckOptions;
  constructor(scenario: Scenario, options: GraphCheckOptions) {
    this.scenario = scenario;
    this.options = options;
  }

  /** "content/scenarios/school.yaml (line 12)", or without the line when it is unknown. */
  at(path: DataPath): string {
    const line = this.options.lineOf?.(path);
    return line === undefined ? this.options.file : `${this.options.file} (line ${line})`;
  }

  /** Records a problem; `message` receives the file (and line) of `path` to place in its sentence. */
  add(path: DataPath, message: (at: string) => string): void {
    this.problems.push({ path, message: message(this.at(path)) });
  }
}

/** Ids in back quotes, joined for a sentence: "`a`, `b`, `c`", or "none" for an empty list. */
export function listIds(ids: Iterable<string>): string {
  const list = [...ids];
  return list.length === 0 ? 'none' : list.map((id) => `\`${id}\``).join(', ');
}

/** The path of step `i` in the file, and of its choice `j`. */
export const stepPath = (i: number): DataPath => ['conversation', 'steps', i];
export const choicePath = (i: number, j: number): DataPath => ['conversation', 'steps', i, 'choices', j];

export { didYouMean } from '../../vocabulary/messages.ts';
