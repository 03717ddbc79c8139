/**
 * Runs the real `astro sync` over one fixture content folder (tests/fixtures/content/<name>),
 * as the build would, and returns its exit status and its words without colour codes.
 * Each run has a cache of its own, so fixture content can never leak into the real site's
 * cache or another run's, and the cache is removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function syncFixture(fixture: string): { status: number | null; output: string } {
  return syncContent(`tests/fixtures/content/${fixture}`);
}

/** The same, over any content folder (such as a temporary copy of a fixture). */
export function syncContent(root: string): { status: number | null; output: string } {
  const cache = mkdtempSync(join(tmpdir(), 'astro-cache-'));
  try {
    const result = spawnSync('npx', ['astro', 'sync'], {
      env: {
        ...process.env,
        CONTENT_ROOT: root,
        ASTRO_CACHE_DIR: cache,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: result.status, output: (result.stdout + result.stderr).replace(/\u001b\[[0-9;]*m/g, '') };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
