/**
 * Lighthouse mobile scores for one page, the median of several runs, with the full Chromium
 * (tools/chromium.ts) and the Lighthouse in the lockfile, never one fetched at run time.
 * Used by the benchmark (tools/bench.mjs) and by tools/lighthouse-compare.mjs.
 */
import { spawn } from 'node:child_process';
import { chromiumPath, LAUNCH_ARGS } from '../chromium.ts';

/** The four categories, in the order the tables print them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The performance metrics behind the score, in milliseconds (CLS has no unit). */
export const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** Runs a command without blocking this process (which may also serve the site). */
function run(command, args, extraEnv) {
  return new Promise((done) => {
    const child = spawn(command, args, { env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.on('close', (status) => done({ status, stdout }));
  });
}

/**
 * One Lighthouse run: the four scores (0 to 100) and the metrics, or undefined if
 * Lighthouse failed.
 */
export async function lighthouseOnce(url) {
  const chrome = chromiumPath();
  const result = await run(
    'node_modules/.bin/lighthouse',
    [url, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=--headless=new ${LAUNCH_ARGS.join(' ')}`],
    chrome ? { CHROME_PATH: chrome } : {},
  );
  if (result.status !== 0) return undefined;
  const { categories, audits } = JSON.parse(result.stdout);
  return {
    scores: CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100)),
    metrics: METRICS.map((m) => audits[m]?.numericValue ?? NaN),
  };
}

/** The median of some numbers. */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The median of each score (and each metric) over several runs, or undefined if any run failed. */
export function medians(runs) {
  if (runs.length === 0 || runs.some((r) => r === undefined)) return undefined;
  return {
    scores: CATEGORIES.map((_, i) => median(runs.map((r) => r.scores[i]))),
    metrics: METRICS.map((_, i) => median(runs.map((r) => r.metrics[i]))),
  };
}

/** Median Lighthouse mobile scores of `runs` runs, or undefined if Lighthouse failed. */
export async function lighthouse(url, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const once = await lighthouseOnce(url);
    if (!once) return undefined;
    results.push(once);
  }
  return medians(results)?.scores;
}
