#!/usr/bin/env node
/**
 * Lighthouse before and after a change, on the same machine at the same time: serves two
 * built sites side by side and runs Lighthouse on each page in turn, before then after,
 * so that whatever else the machine is doing weighs on both alike. Prints, per page, the
 * median scores and the metrics behind the performance score. It asserts nothing.
 *
 *   node tools/lighthouse-compare.mjs --before <dist> --after <dist> [--runs 3] [--paths /,/contacts/]
 *
 * The pages are, by default, the heaviest page of each kind in the newest benchmark results
 * (bench/results/), where both sites have it. To build an older commit's site:
 *   git worktree add --detach ../before <commit> && ln -s "$PWD/node_modules" ../before/
 *   (cd ../before && npx astro build)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CATEGORIES, lighthouseOnce, medians, METRICS } from './bench/lighthouse.mjs';
import { serve } from './serve-dist.mjs';

const { values: opts } = parseArgs({
  options: { before: { type: 'string' }, after: { type: 'string' }, runs: { type: 'string' }, paths: { type: 'string' } },
});
if (!opts.before || !opts.after) {
  console.error('Usage: node tools/lighthouse-compare.mjs --before <dist> --after <dist> [--runs 3] [--paths /,/contacts/]');
  process.exit(2);
}
const RUNS = Number(opts.runs ?? 3);
const sites = { before: opts.before, after: opts.after };

/** The heaviest page of each kind in the newest results file, as [kind, path]. */
function benchPages() {
  const files = readdirSync('bench/results')
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new Error('No bench/results/*.json: run `npm run bench` once, or give --paths.');
  const newest = JSON.parse(readFileSync(join('bench/results', files.at(-1)), 'utf8'));
  return newest.pages.map((p) => [p.kind, p.path]);
}
const has = (root, path) => existsSync(join(root, path, 'index.html')) || existsSync(join(root, path));
const pages = (opts.paths ? opts.paths.split(',').map((p) => [p, p]) : benchPages()).filter(([kind, path]) => {
  const both = has(sites.before, path) && has(sites.after, path);
  if (!both) console.log(`${kind} (${path}): not in both sites, left out.`);
  return both;
});

const servers = {};
const origins = {};
for (const [name, root] of Object.entries(sites)) {
  servers[name] = await serve({ root, port: 0 });
  origins[name] = `http://127.0.0.1:${servers[name].address().port}`;
}

const fmt = (m, i) => (METRICS[i] === 'cumulative-layout-shift' ? m.toFixed(3) : `${Math.round(m)} ms`);
const lines = [
  `| page | path | site | ${CATEGORIES.join(' / ')} | ${METRICS.map((m) => m.replace(/-/g, ' ')).join(' | ')} |`,
  `|---|---|---|---|${METRICS.map(() => '---').join('|')}|`,
];
for (const [kind, path] of pages) {
  const runs = { before: [], after: [] };
  for (let i = 0; i < RUNS; i++) for (const name of ['before', 'after']) runs[name].push(await lighthouseOnce(origins[name] + path));
  for (const name of ['before', 'after']) {
    const m = medians(runs[name]);
    const line = m
      ? `| ${kind} | ${path} | ${name} | ${m.scores.join(' / ')} | ${m.metrics.map(fmt).join(' | ')} |`
      : `| ${kind} | ${path} | ${name} | Lighthouse failed | ${METRICS.map(() => '').join(' | ')} |`;
    lines.push(line);
    console.log(line);
  }
}
for (const server of Object.values(servers)) server.close();
console.log(`\nMedians of ${RUNS} runs each, taken in turn (before, after). Before: ${sites.before}. After: ${sites.after}.\n`);
console.log(lines.join('\n'));
