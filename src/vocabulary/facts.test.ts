import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACT_IDS, isFactId, uncarriedFacts } from './facts.ts';

describe('facts', () => {
  it('lists the 34 facts of the two sources', () => {
    expect(FACT_IDS).toHaveLength(34);
    expect(FACT_IDS.filter((id) => id.startsWith('R'))).toHaveLength(17);
    expect(FACT_IDS.filter((id) => id.startsWith('E'))).toHaveLength(17);
  });

  // CI clones the project with shared/ beside it, so there the check always runs; a
  // developer's clone may not have it, and then the check is skipped, not faked.
  const path = '../shared/source/FACTS.md';
  it.skipIf(!existsSync(path) && !process.env['CI'])('matches the ids in the steering FACTS.md beside the project', () => {
    expect(existsSync(path), `${path} should be beside the project in CI`).toBe(true);
    const ids = [...readFileSync(path, 'utf8').matchAll(/^\| ([RE]\d+) \|/gm)].map((m) => m[1]);
    expect(ids).toEqual(FACT_IDS);
  });

  it('knows a fact id when it sees one', () => {
    expect(isFactId('R4')).toBe(true);
    expect(isFactId('R18')).toBe(false);
    expect(isFactId('toString')).toBe(false);
  });

  it('reports the facts no list carries, in source order', () => {
    const carried = [FACT_IDS.filter((id) => id !== 'E3' && id !== 'R2')];
    expect(uncarriedFacts(carried)).toEqual(['R2', 'E3']);
  });
});
