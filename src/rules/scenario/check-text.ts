/**
 * Checks one scenario file's text: the YAML, the schema, typed phone numbers and the
 * graph and teaching rules. Pure, with no Node imports, so the build (through
 * src/rules/scenario-folder.ts) and the scenario studio in the browser run the
 * same code and report the same words.
 */
import { LineCounter, parseDocument } from 'yaml';
import { checkContentText, type KnownIds } from '../content-text.ts';
import { checkScenarioGraph, type DataPath } from './graph.ts';
import { scenarioSchema } from '../../schemas/scenario.ts';
import { fieldsAt, issueMessage } from '../../vocabulary/messages.ts';

/** One problem with a scenario file: the message the build prints, and where in the data it is (when known). */
export interface TextProblem {
  message: string;
  /** Keys into the parsed YAML; undefined for problems found in the raw text (YAML syntax, typed numbers). */
  path?: DataPath;
  /** The line in the text, when known. */
  line?: number;
}

/**
 * Checks one scenario file's text, with where each problem is.
 * @param text the YAML
 * @param file the path to name in messages, such as "content/scenarios/school.yaml"
 * @param known the guidance pages, glossary terms and contacts that exist
 */
export function checkScenarioProblems(text: string, file: string, known: KnownIds): TextProblem[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return doc.errors.map((e) => {
      const line = lines.linePos(e.pos[0]).line;
      return { line, message: `${file} (line ${line}) is not valid YAML: ${e.message.split('\n')[0]}` };
    });
  }
  const lineOf = (path: DataPath) => {
    // The closest enclosing node that is written in the file (defaults are not).
    for (let end = path.length; end >= 0; end--) {
      const node = doc.getIn(path.slice(0, end), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  // Typed numbers and tel: links: the same text check as every other content file.
  const typed: TextProblem[] = checkContentText(text, known, false).map((p) => ({
    line: p.line,
    message: `${file} (line ${p.line}): ${p.message}`,
  }));
  const parsed = scenarioSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return [
      ...typed,
      ...parsed.error.issues.map((issue) => {
        const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
        const line = lineOf(path);
        return {
          path,
          ...(line === undefined ? {} : { line }),
          message: `${file}${line === undefined ? '' : ` (line ${line})`}: ${path.join('.') || '(top level)'}: ${issueMessage(issue, path, 'src/schemas/scenario.ts', fieldsAt(scenarioSchema, path))}`,
        };
      }),
    ];
  }
  return [...typed, ...checkScenarioGraph(parsed.data, { file, known, lineOf }).map((p) => ({ path: p.path, message: p.message }))];
}

/**
 * Checks one scenario file's text; the build's entry point.
 * @returns one message per problem
 */
export function checkScenarioText(text: string, file: string, known: KnownIds): string[] {
  return checkScenarioProblems(text, file, known).map((p) => p.message);
}
