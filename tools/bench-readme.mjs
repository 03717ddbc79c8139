#!/usr/bin/env node
/**
 * Puts the latest benchmark results (the newest file in bench/results/, by its date) into
 * the README, between the bench:start and bench:end markers, formatted as Prettier would,
 * so the table always names the commit and machine it measured. `npm run bench` runs this
 * after writing its results; run it alone after editing the tables' layout.
 *
 *   node tools/bench-readme.mjs
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { buildsTable, describeRun, pagesTable } from './bench/table.mjs';

const FOLDER = 'bench/results';
const README = 'README.md';
const START = '<!-- bench:start: made by tools/bench-readme.mjs from bench/results/; do not edit by hand -->';
const END = '<!-- bench:end -->';

/** The newest results file: the latest date inside it, then the file name. */
export function latestResults(folder = FOLDER) {
  const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
  if (files.length === 0) throw new Error(`There are no results in ${folder}/: run \`npm run bench\` first.`);
  const results = files.map((f) => ({ ...JSON.parse(readFileSync(join(folder, f), 'utf8')), file: join(folder, f) }));
  return results.sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file)).at(-1);
}

/**
 * The README with the block between the markers replaced by these results, formatted as
 * Prettier formats Markdown (only the block: the rest of the README is left as it is).
 */
export async function withResults(readme, result) {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from === -1 || to < from) throw new Error(`${README} has no "${START}" ... "${END}" block to fill.`);
  const tables = [describeRun(result), pagesTable(result), buildsTable(result)].join('\n\n');
  const options = (await resolveConfig(README)) ?? {};
  const formatted = await format(tables, { ...options, parser: 'markdown' });
  return `${readme.slice(0, from)}${START}\n\n${formatted}\n${END}${readme.slice(to + END.length)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = latestResults();
  writeFileSync(README, await withResults(readFileSync(README, 'utf8'), result));
  console.log(`[bench] ${README}: tables from ${result.file} (commit ${result.commit}).`);
}
