/**
 * A broken scenario must fail the build, naming the file, the step and the fix. Each
 * case runs the real `astro sync` over a tiny fixture content folder (see
 * content-errors.test.ts for the same pattern with other collections).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sync(fixture: string): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'sync'], {
    env: {
      ...process.env,
      CONTENT_ROOT: `tests/fixtures/content/${fixture}`,
      // A cache of its own, so that fixture content can never leak into the real site's.
      ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'astro-cache-')),
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  // Strip colour codes so the assertions read the words.
  return { status: result.status, output: (result.stdout + result.stderr).replace(/\u001b\[[0-9;]*m/g, '') };
}

describe.concurrent('scenario errors fail the build', { timeout: 60_000 }, () => {
  it('accepts a sound scenario', () => {
    const { status, output } = sync('scenario-valid');
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  });

  it('names the file, line, step and choice of a choice that points nowhere, and the fix', () => {
    const { status, output } = sync('scenario-broken-graph');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'Choice `ring` in step `talk` of tests/fixtures/content/scenario-broken-graph/scenarios/sam.yaml (line 53) points to `nde-3`, which does not exist. Steps and endings are: `notice`, `talk`, `agree`, `good`, `passed-on`. Set `next` to one of them.',
    );
  });

  it('names the file and field of a scenario that fails the schema', () => {
    const { status, output } = sync('scenario-broken-schema');
    expect(status).not.toBe(0);
    expect(output).toContain('scenario-broken-schema/scenarios/sam.yaml');
    expect(output).toContain('fictional: Set `fictional: true`: every case must be fictional, and the page says so.');
  });
});
