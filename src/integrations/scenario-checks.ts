/**
 * Runs the graph checks (src/lib/scenario/graph.ts) over every scenario file in
 * content/scenarios/ at build time. The YAML is parsed here, with positions, so each
 * message can name the line; a file that fails the schema is left to the content
 * collection, which reports the field and the fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { KnownIds } from '../lib/content-checks.ts';
import { checkScenarioGraph, type DataPath } from '../lib/scenario/graph.ts';
import { scenarioSchema } from '../schemas/scenario.ts';

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
  const parsed = scenarioSchema.safeParse(doc.toJS());
  if (!parsed.success) return [];
  const lineOf = (path: DataPath) => {
    // The closest enclosing node that is written in the file (defaults are not).
    for (let end = path.length; end >= 0; end--) {
      const node = doc.getIn(path.slice(0, end), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return checkScenarioGraph(parsed.data, { file, known, lineOf }).map((p) => p.message);
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
