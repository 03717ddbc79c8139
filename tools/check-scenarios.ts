/**
 * Checks scenario files with the build's own checks (schema, graph and teaching rules),
 * without a build: `node --experimental-strip-types tools/check-scenarios.ts [files…]`.
 * With no files, checks every file in content/scenarios/. Prints one line per problem and
 * exits 1 when there is any; prints nothing and exits 0 when all pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { knownIds } from '../src/rules/content-checks.ts';
import { checkScenarioText } from '../src/rules/scenario-folder.ts';

const root = process.env['CONTENT_ROOT'] ?? 'content';
const args = process.argv.slice(2);
const files =
  args.length > 0
    ? args
    : readdirSync(join(root, 'scenarios'))
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => join(root, 'scenarios', f));
const known = knownIds(root);
const problems = files.flatMap((file) => checkScenarioText(readFileSync(file, 'utf8'), file, known));
for (const p of problems) console.log(p);
process.exitCode = problems.length > 0 ? 1 : 0;
