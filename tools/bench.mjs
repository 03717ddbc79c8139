#!/usr/bin/env node
/**
 * The benchmark: builds the site and prints, per kind of page (its heaviest), the bytes it loads (after
 * brotli), its requests and its Lighthouse mobile scores (median of three runs), each
 * beside its budget from tools/budgets.ts; then the build time and peak memory of the
 * real site and of a generated site of 2,000 pages. It prints figures; it asserts nothing
 * (the byte budgets are held by tests/e2e/crawl.spec.ts in CI). Every figure is written,
 * with the date, the commit and the machine, to bench/results/<date>-<commit>.json, and the
 * README's tables are made from the newest such file (tools/bench-readme.mjs).
 *
 *   npm run bench [-- --no-lighthouse] [-- --runs 3] [-- --pages 2000]
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { pageKind } from './budgets.ts';
import { buildsTable, describeRun, pagesTable } from './bench/table.mjs';
import { chromiumPath, LAUNCH_ARGS } from './chromium.ts';
import { lighthouse } from './bench/lighthouse.mjs';
import { serve } from './serve-dist.mjs';

const { values: opts } = parseArgs({
  options: { 'no-lighthouse': { type: 'boolean' }, runs: { type: 'string' }, pages: { type: 'string' } },
});
const RUNS = Number(opts.runs ?? 3);
const GENERATED = Number(opts.pages ?? 2000);
const CHROME = chromiumPath();
const FLAGS = LAUNCH_ARGS;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Runs a command, polling /proc for the peak resident memory of it and its children. */
function measure(command, args, extraEnv = {}) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const tree = () => {
      const pids = [child.pid];
      for (let i = 0; i < pids.length; i++) {
        try {
          const kids = readFileSync(`/proc/${pids[i]}/task/${pids[i]}/children`, 'utf8').trim();
          if (kids) pids.push(...kids.split(/\s+/).map(Number));
        } catch {}
      }
      return pids;
    };
    const timer = setInterval(() => {
      let rss = 0;
      for (const pid of tree()) {
        try {
          rss += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
        } catch {}
      }
      peak = Math.max(peak, rss);
    }, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) fail(new Error(`${command} ${args.join(' ')} failed:\n${output}`));
      else done({ seconds, peak, output });
    });
  });
}

function builtPages(root) {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => '/' + f.replace(/index\.html$/, ''))
    .sort();
}

/**
 * Loads a page in Chromium and adds up what arrives, by type, after brotli: on load, and
 * then (for islands that wait to be seen) the JavaScript that arrives once they are in view.
 */
async function weigh(browser, url) {
  const page = await browser.newPage();
  const seen = [];
  page.on('response', async (r) => {
    const body = await r.body().catch(() => Buffer.alloc(0));
    seen.push({ type: r.request().resourceType(), bytes: brotliCompressSync(body).length });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const sum = (type) => seen.filter((s) => s.type === type).reduce((n, s) => n + s.bytes, 0);
  const onLoad = {
    html: sum('document'),
    css: sum('stylesheet'),
    js: sum('script'),
    total: seen.reduce((n, s) => n + s.bytes, 0),
    requests: seen.length,
  };
  const waiting = page.locator('astro-island[client="visible"]');
  let jsInView;
  if ((await waiting.count()) > 0) {
    await waiting.first().scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    jsInView = sum('script');
  }
  await page.close();
  return { ...onLoad, jsInView };
}

/** A generated content folder: all the real content, plus many more guidance pages. */
function generateSite(count) {
  const root = mkdtempSync(join(tmpdir(), 'bench-content-'));
  cpSync('content', root, { recursive: true });
  mkdirSync(join(root, 'guidance'), { recursive: true });
  const words = readFileSync('content/guidance/significant-harm.mdx', 'utf8').split('---').slice(2).join('---');
  for (let i = 0; i < count; i++) {
    writeFileSync(
      join(root, 'guidance', `generated-${i}.mdx`),
      `---\ntitle: Generated page ${String(i).padStart(4, '0')}\ndescription: A generated page for the benchmark.\norder: ${i + 1000}\nfacts: [R1]\nreviewed: 2026-11-23\n---\n${words}\n`,
    );
  }
  return root;
}

const rows = [];
// The commit measured is the one checked out when the build starts. Uncommitted changes (outside
// bench/results and the README) mean the figures are not that commit's alone.
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const commit = git('rev-parse', '--short=12', 'HEAD');
const dirty = git('status', '--porcelain', '--', '.', ':!bench/results', ':!README.md') !== '';
// Other work on the machine slows the builds: the load average says how busy it was.
const loadBefore = loadavg().map((n) => Number(n.toFixed(2)));
console.log('Building the site…');
const real = await measure('npm', ['run', 'build', '--silent']);
const pages = builtPages('dist');
// Port 0: any free port, so the benchmark never clashes with a server already running.
const server = await serve({ root: 'dist', port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ ...(CHROME ? { executablePath: CHROME } : {}), args: FLAGS });
const browserVersion = browser.version();
// Each kind of page is measured on its heaviest page, so the table shows the worst case.
const heaviest = new Map();
for (const path of pages) {
  const kind = pageKind(path);
  if (kind === 'other') continue;
  const w = await weigh(browser, `${origin}${path}`);
  if (!heaviest.has(kind) || w.total > heaviest.get(kind).total) heaviest.set(kind, { kind, path, ...w });
}
for (const row of heaviest.values()) {
  const scores = opts['no-lighthouse'] ? undefined : await lighthouse(`${origin}${row.path}`, RUNS);
  rows.push({ ...row, scores });
}
await browser.close();
server.close();

console.log(`\nGenerating and building a site of ${GENERATED} guidance pages…`);
const generated = generateSite(GENERATED);
const big = await measure('npx', ['astro', 'build', '--outDir', join(generated, 'dist')], {
  CONTENT_ROOT: generated,
  ASTRO_CACHE_DIR: join(generated, 'cache'),
});
const bigPages = builtPages(join(generated, 'dist')).length;
rmSync(generated, { recursive: true, force: true });

const date = new Date().toISOString();
const result = {
  date,
  commit,
  dirty,
  machine: {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.versions.node,
    chromium: browserVersion,
    loadAverage: loadBefore,
  },
  options: { lighthouse: !opts['no-lighthouse'], runs: RUNS, generatedPages: GENERATED },
  pages: rows,
  builds: {
    real: { pages: pages.length, seconds: real.seconds, peakBytes: real.peak },
    generated: { pages: bigPages, seconds: big.seconds, peakBytes: big.peak },
  },
};
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${date.slice(0, 10)}-${commit}.json`;
writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
result.file = file;

console.log(`\n${describeRun(result)}\n`);
console.log(pagesTable(result));
console.log(
  '\nAll sizes in KB after brotli, for the heaviest page of each kind. "In view": the JavaScript once an island that waits to be seen has loaded.\n',
);
console.log(buildsTable(result));
console.log(`\nWrote ${file}.`);
await measure('node', ['tools/bench-readme.mjs']).then(({ output }) => process.stdout.write(output));
