#!/usr/bin/env node
/**
 * `npm test` after the toolchain is set up: runs each stage once, in order, and prints how
 * long each took (wall time) and the machine's CPU count. A stage whose input failed is not
 * run (no browser tests without a build); the others run even after a failure, so one run
 * shows every problem. The one build made here is what the browser tests and PDF checks test.
 *
 *   node tools/test-all.mjs [--from <stage>]   (stages: lint, types, unit, build, html, browser)
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';

/** The stages, each an npm script, in the order they run. */
const STAGES = [
  { name: 'lint', script: 'lint', what: 'Prettier: every file formatted' },
  { name: 'types', script: 'check', what: 'astro check: types, .astro files too' },
  { name: 'unit', script: 'test:unit', what: 'Vitest: unit tests and bad-content builds' },
  { name: 'build', script: 'build', what: 'the site, its search index and its PDFs' },
  { name: 'html', script: 'test:html', what: 'html-validate and the W3C Nu HTML checker over every built page', needs: 'build' },
  { name: 'browser', script: 'test:e2e', what: 'Playwright against the build', needs: 'build' },
];

const { values } = parseArgs({ options: { from: { type: 'string' } } });
const start = values.from ? STAGES.findIndex((s) => s.name === values.from) : 0;
if (start === -1) {
  console.error(`[test] There is no stage "${values.from}". Stages: ${STAGES.map((s) => s.name).join(', ')}.`);
  process.exit(2);
}

/** Runs one npm script with the output shown as it comes; resolves with its exit code. */
function run(script) {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit' });
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * CPU time (user + system, in ms) used so far by every finished child of this process and
 * their children (Linux: /proc/self/stat). Beside the wall time it shows how much of a slow
 * stage was this work and how much was waiting for a busy machine.
 */
function childCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // cutime and cstime are fields 16 and 17 of the file, in clock ticks (100 a second on Linux).
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}
const results = [];
const began = performance.now();
for (const stage of STAGES.slice(start)) {
  const missing = results.find((r) => r.name === stage.needs && r.status !== 'passed');
  if (missing) {
    results.push({ ...stage, status: `not run: ${missing.name} failed` });
    continue;
  }
  console.log(`\n[test] ${stage.name}: ${stage.what} (npm run ${stage.script})`);
  const t = performance.now();
  const cpu = childCpuMs();
  const code = await run(stage.script);
  const cpuAfter = childCpuMs();
  results.push({
    ...stage,
    ms: performance.now() - t,
    cpuMs: cpu === undefined ? undefined : cpuAfter - cpu,
    status: code === 0 ? 'passed' : 'FAILED',
  });
}
const total = performance.now() - began;

const width = Math.max(...STAGES.map((s) => s.name.length), 'total'.length);
const column = (ms) => (ms === undefined ? '-' : seconds(ms)).padStart(9);
const load = loadavg()
  .map((n) => n.toFixed(1))
  .join(', ');
console.log(`\n[test] Time by stage, on ${availableParallelism()} CPUs (load average now ${load}):`);
console.log(`  ${'stage'.padEnd(width)}  ${'wall'.padStart(9)}  ${'CPU'.padStart(9)}  result`);
for (const r of results) console.log(`  ${r.name.padEnd(width)}  ${column(r.ms)}  ${column(r.cpuMs)}  ${r.status}`);
const cpuTotal = results.every((r) => r.ms === undefined || r.cpuMs !== undefined)
  ? results.reduce((n, r) => n + (r.cpuMs ?? 0), 0)
  : undefined;
console.log(`  ${'total'.padEnd(width)}  ${column(total)}  ${column(cpuTotal)}`);
const failed = results.filter((r) => r.status === 'FAILED');
if (failed.length > 0) {
  console.error(`\n[test] Failed: ${failed.map((r) => `${r.name} (npm run ${r.script})`).join(', ')}. See the output above.`);
  process.exit(1);
}
