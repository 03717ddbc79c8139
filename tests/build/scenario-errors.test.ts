/**
 * A broken scenario must fail the build, naming the file, the step and the fix. Each
 * case runs the real `astro sync` over a tiny fixture content folder (support/sync.ts).
 */
import { describe, expect, it } from 'vitest';
import { syncFixture as sync } from './support/sync.ts';

describe.concurrent('scenario errors fail the build', { timeout: 60_000 }, () => {
  it('accepts a sound scenario', async () => {
    const { status, output } = await sync('scenario-valid');
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  });

  it('names the file, line, step and choice of a choice that points nowhere, and the fix', async () => {
    const { status, output } = await sync('scenario-broken-graph');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'Choice `ring` in step `talk` of tests/fixtures/content/scenario-broken-graph/scenarios/sam.yaml (line 53) points to `nde-3`, which does not exist. Steps and endings are: `notice`, `talk`, `agree`, `good`, `passed-on`. Set `next` to one of them.',
    );
  });

  it('stops a scenario whose best choice could be guessed from its place', async () => {
    const { status, output } = await sync('scenario-giveaway');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'In tests/fixtures/content/scenario-giveaway/scenarios/sam.yaml (line 41) the best choice is first at 3 of 3 steps (`notice`, `talk`, `agree`), so a room could guess it.',
    );
  });

  it('names the file and field of a scenario that fails the schema', async () => {
    const { status, output } = await sync('scenario-broken-schema');
    expect(status).not.toBe(0);
    expect(output).toContain('scenario-broken-schema/scenarios/sam.yaml');
    expect(output).toContain('fictional: Set `fictional: true`: every case must be fictional, and the page says so.');
  });
});
