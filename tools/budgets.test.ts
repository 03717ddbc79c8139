import { describe, expect, it } from 'vitest';
import { BUDGETS, pageKind, totalBudget } from './budgets.ts';

describe('pageKind', () => {
  it.each([
    ['/', 'home'],
    ['/guidance/consent/', 'guidance'],
    ['/guidance/', 'guidance'],
    ['/glossary/', 'glossary'],
    ['/contacts/', 'contacts'],
    ['/scenarios/new-baby/', 'scenario'],
    ['/scenarios/', 'other'],
    ['/training/present/new-baby/', 'presenter'],
    ['/search/', 'search'],
    ['/documents/poster/', 'document'],
    ['/privacy/', 'other'],
    ['/training/studio/', 'studio'],
    ['/training/studio/present/', 'presenter'],
    ['/training/studio/notes/', 'other'],
  ])('%s is a %s page', (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });
});

describe('totalBudget', () => {
  it('gives interactive pages more room than content pages', () => {
    expect(totalBudget('scenario')).toBe(BUDGETS.interactivePageTotal);
    expect(totalBudget('guidance')).toBe(BUDGETS.pageTotal);
    expect(BUDGETS.interactivePageTotal).toBeGreaterThan(BUDGETS.pageTotal);
    expect(totalBudget('studio')).toBe(BUDGETS.studioPageTotal);
    expect(BUDGETS.studioPageTotal).toBeGreaterThan(BUDGETS.studioPageJs);
  });
});
