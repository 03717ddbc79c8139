import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACT_IDS, isFactId, uncarriedFacts } from '../../../src/lib/facts.ts';

describe('facts', () => {
  it('lists the 34 facts of the two sources', () => {
    expect(FACT_IDS).toHaveLength(34);
    expect(FACT_IDS.filter((id) => id.startsWith('R'))).toHaveLength(17);
    expect(FACT_IDS.filter((id) => id.startsWith('E'))).toHaveLength(17);
  });

  it('matches the ids in the steering FACTS.md when it is beside the project', () => {
    const path = '../shared/source/FACTS.md';
    // CI clones the project with shared/ beside it; a developer's clone may not have it.
    const ids = existsSync(path) ? [...readFileSync(path, 'utf8').matchAll(/^\| ([RE]\d+) \|/gm)].map((m) => m[1]) : FACT_IDS;
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
