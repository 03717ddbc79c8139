/**
 * Runs the graph checks (src/lib/scenario/graph.ts) over every scenario file in
 * content/scenarios/ at build time. The YAML is parsed here, with positions, so each
 * message can name the line. A file that fails the schema is reported here too, field
 * by field with its line, before the content collection sees it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { checkContentText, type KnownIds } from '../lib/content-checks.ts';
import { checkScenarioGraph, type DataPath } from '../lib/scenario/graph.ts';
import { scenarioSchema } from '../schemas/scenario.ts';

/** Zod's own wording for the two commonest slips, put the way the rest of the checks put things. */
function plainMessage(issue: { code: string; message: string; keys?: string[] }, path: DataPath): string {
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `${issue.keys.map((k) => `\`${k}\``).join(', ')} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} here. Remove ${issue.keys.length === 1 ? 'it' : 'them'}, or check the spelling against the fields documented in src/schemas/scenario.ts.`;
  }
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return `Add \`${String(path.at(-1))}\`: it is required (see src/schemas/scenario.ts).`;
  }
  return issue.message;
}

/**
 * Checks one scenario file's text.
 * @param text the YAML
 * @param file the path to name in messages, such as "content/scenarios/school.yaml"
 * @param known the guidance pages, glossary terms and contacts that exist
 * @returns one message per problem
 */
export function checkScenarioText(text: string, file: string, known: KnownIds): string[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return doc.errors.map((e) => `${file} (line ${lines.linePos(e.pos[0]).line}) is not valid YAML: ${e.message.split('\n')[0]}`);
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
  const typed = checkContentText(text, known, false).map((p) => `${file} (line ${p.line}): ${p.message}`);
  const parsed = scenarioSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return [...typed, ...parsed.error.issues.map((issue) => {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      const line = lineOf(path);
      return `${file}${line === undefined ? '' : ` (line ${line})`}: ${path.join('.') || '(top level)'}: ${plainMessage(issue, path)}`;
    })];
  }
  return [...typed, ...checkScenarioGraph(parsed.data, { file, known, lineOf }).map((p) => p.message)];
}

/** Checks every scenario file under `root`/scenarios; returns one message per problem. */
export function checkScenarioFolder(root: string, known: KnownIds): string[] {
  const folder = join(root, 'scenarios');
  let files: string[];
  try {
    files = readdirSync(folder).sort();
  } catch {
    return [];
  }
  return files.flatMap((name) => {
    const file = relative(process.cwd(), join(folder, name));
    if (name.endsWith('.yml')) return [`${file} ends in .yml, so the site does not load it. Rename it to end in .yaml.`];
    if (!name.endsWith('.yaml')) return [];
    return checkScenarioText(readFileSync(join(folder, name), 'utf8'), file, known);
  });
}
