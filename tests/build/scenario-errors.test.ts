/**
 * A broken scenario must fail the build, naming the file, the step and the fix. Each
 * case is the base fixture with one named mistake in its scenario (support/cases.ts), and
 * runs the real `astro sync` over it. The base itself, sound scenario and all, is
 * accepted in content-errors.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { asContent, removeWrittenCases, writeCase, type CaseName } from './support/cases.ts';
import { syncContent } from './support/sync.ts';

afterAll(removeWrittenCases);

async function sync(name: CaseName) {
  const root = writeCase(name);
  const { status, output } = await syncContent(root);
  return { status, output: asContent(output, root) };
}

describe.concurrent('scenario errors fail the build', { timeout: 60_000 }, () => {
  it('names the file, line, step and choice of a choice that points nowhere, and the fix', async () => {
    const { status, output } = await sync('scenario-broken-graph');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'Choice `ring` in step `talk` of content/scenarios/sam.yaml (line 53) points to `nde-3`, which does not exist. Steps and endings are: `notice`, `talk`, `agree`, `good`, `passed-on`. Set `next` to one of them.',
    );
  });

  it('stops a scenario whose best choice could be guessed from its place', async () => {
    const { status, output } = await sync('scenario-giveaway');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'In content/scenarios/sam.yaml (line 41) the best choice is first at 3 of 3 steps (`notice`, `talk`, `agree`), so a room could guess it.',
    );
  });

  it('names the file and field of a scenario that fails the schema', async () => {
    const { status, output } = await sync('scenario-broken-schema');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/scenarios/sam.yaml (line 4): fictional: Set `fictional: true`: every case must be fictional, and the page says so.',
    );
  });
});
