/**
 * A file saved by the scenario studio builds: the blank template, written as the studio
 * saves it, is copied into a copy of the base fixture, and the real `astro sync` accepts it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blankTemplate } from '../../src/features/studio/template.ts';
import { fileName, toYaml } from '../../src/features/studio/yaml.ts';
import { removeWrittenCases, writeCase } from './support/cases.ts';
import { syncContent } from './support/sync.ts';

afterAll(removeWrittenCases);

describe('a file saved by the studio', { timeout: 90_000 }, () => {
  it('builds when copied into content/scenarios/', async () => {
    const root = writeCase('base');
    const draft = blankTemplate();
    writeFileSync(join(root, 'scenarios', fileName(draft)), toYaml(draft));
    const { status, output } = await syncContent(root);
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  });
});
