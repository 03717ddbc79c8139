/**
 * Runs the graph checks (src/rules/scenario/graph.ts) over every scenario file in
 * content/scenarios/ at build time. The YAML is parsed here, with positions, so each
 * message can name the line. A file that fails the schema is reported here too, field
 * by field with its line, before the content collection sees it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { KnownIds } from './content-text.ts';
import { checkScenarioText } from './scenario/check-text.ts';

// The text check itself is pure and lives in src/rules/scenario/check-text.ts, so the
// scenario studio runs it in the browser; it is re-exported here for the build and tests.
export { checkScenarioText, checkScenarioProblems } from './scenario/check-text.ts';

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
