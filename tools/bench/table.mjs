/**
 * The benchmark's tables, in Markdown, from one results file (bench/results/*.json, written
 * by tools/bench.mjs): printed by the benchmark, and put into the README by
 * tools/bench-readme.mjs, so the README shows exactly what was measured, and where.
 */
import { BUDGETS, totalBudget } from '../budgets.ts';

const kb = (n) => (n / 1024).toFixed(1);
const mb = (n) => (n / 1024 / 1024).toFixed(0);

/** Which commit, when, on what: the line above the tables. */
export function describeRun(result) {
  const day = new Date(result.date).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const lighthouse = result.options.lighthouse
    ? `Lighthouse median of ${result.options.runs} runs`
    : 'Lighthouse not run (`--no-lighthouse`)';
  return (
    `Measured on ${day} at commit \`${result.commit}\`${result.dirty ? ' (with uncommitted changes)' : ''}, ` +
    `on ${result.machine.cpus} CPUs (${result.machine.cpuModel}, load average ${result.machine.loadAverage?.[0] ?? 'not recorded'} at the start), ` +
    `Node ${result.machine.node}; ${lighthouse}. ` +
    `From \`${result.file}\`.`
  );
}

/** The per-kind table of bytes, requests and scores. */
export function pagesTable(result) {
  const lines = [
    `| page | path | HTML | CSS | JS | total (budget) | requests | Lighthouse perf / a11y / best / SEO (budget ${BUDGETS.lighthouse}) |`,
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of result.pages) {
    const inView = r.jsInView == null ? '' : `; ${kb(r.jsInView)} in view`;
    const js = ['guidance', 'glossary', 'contacts'].includes(r.kind)
      ? `${kb(r.js)} (≤ ${kb(BUDGETS.contentPageJs)})`
      : r.kind === 'scenario'
        ? `${kb(r.js)}${inView} (≤ ${kb(BUDGETS.scenarioPageJs)})`
        : `${kb(r.js)}${inView}`;
    const html = r.kind === 'home' ? `${kb(r.html)} (+CSS ≤ ${kb(BUDGETS.homeHtmlPlusCss)})` : kb(r.html);
    const scores = r.scores ? r.scores.join(' / ') : 'not run';
    lines.push(
      `| ${r.kind} | ${r.path} | ${html} | ${kb(r.css)} | ${js} | ${kb(r.total)} (≤ ${kb(totalBudget(r.kind))}) | ${r.requests} | ${scores} |`,
    );
  }
  return lines.join('\n');
}

/** The build table: the real site and the generated one. */
export function buildsTable(result) {
  const row = (name, b) =>
    `| ${name} | ${b.pages} | ${b.seconds.toFixed(1)} s | ${((b.seconds / b.pages) * 1000).toFixed(0)} ms | ${mb(b.peakBytes)} MB |`;
  return [
    '| site | pages | build time | per page | peak memory |',
    '|---|---|---|---|---|',
    row('real (npm run build)', result.builds.real),
    row('generated (astro build)', result.builds.generated),
  ].join('\n');
}
