/**
 * Runs the real `astro sync` over a content folder (a case written by cases.ts), as the
 * build would, and returns its exit status and its words without colour codes.
 * Each run has a cache of its own, so fixture content can never leak into the real site's
 * cache or another run's, and the cache is removed afterwards. It runs without blocking,
 * so that a test file's cases can overlap.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ASTRO = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** Runs `astro sync` with CONTENT_ROOT set to `root`. */
export function syncContent(root: string): Promise<{ status: number | null; output: string }> {
  const cache = mkdtempSync(join(tmpdir(), 'astro-cache-'));
  const child = spawn(process.execPath, [ASTRO, 'sync'], {
    env: {
      ...process.env,
      CONTENT_ROOT: root,
      ASTRO_CACHE_DIR: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (status) => {
      rmSync(cache, { recursive: true, force: true });
      done({ status, output: output.replace(/\u001b\[[0-9;]*m/g, '') });
    });
  });
}
