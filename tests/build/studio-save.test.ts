/**
 * A file saved by the scenario studio builds: the blank template, written as the studio
 * saves it, is copied into a temporary copy of a fixture content folder, and the real
 * `astro sync` accepts it.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blankTemplate } from '../../src/features/studio/template.ts';
import { fileName, toYaml } from '../../src/features/studio/yaml.ts';
import { syncContent } from './support/sync.ts';

// Inside the project, so the content folder path is relative like the build's.
const root = mkdtempSync(join('tests', 'fixtures', 'content', '.studio-save-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a file saved by the studio', { timeout: 90_000 }, () => {
  it('builds when copied into content/scenarios/', async () => {
    cpSync('tests/fixtures/content/scenario-valid', root, { recursive: true });
    const draft = blankTemplate();
    writeFileSync(join(root, 'scenarios', fileName(draft)), toYaml(draft));
    const { status, output } = await syncContent(root);
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  });
});
