/**
 * Performance budgets, shared by the byte-budget tests (CI) and the benchmark
 * (`npm run bench`), so both hold the site to the same numbers. Bytes are after brotli.
 */

export const KB = 1024;

export const BUDGETS = {
  /** Home page HTML plus CSS: the urgent numbers arrive in the first round trip. */
  homeHtmlPlusCss: 14 * KB,
  /** The Contact Centre number must appear within this many bytes of the home page's HTML. */
  contactCentreWithin: 4 * KB,
  /** JavaScript on guidance, glossary and contacts pages: the exit control only. */
  contentPageJs: 2 * KB,
  /** Everything a page loads on arrival. */
  pageTotal: 50 * KB,
  /** Everything a scenario or presenter page loads on arrival, with its island. */
  interactivePageTotal: 120 * KB,
  /** JavaScript on a scenario page, React included. */
  scenarioPageJs: 75 * KB,
  /** JavaScript the scenario studio loads on arrival: React, the YAML library, the schema and the checks. */
  studioPageJs: 150 * KB,
  /** Everything the scenario studio page loads on arrival, with its island. */
  studioPageTotal: 175 * KB,
  /** Lighthouse scores (benchmark only). */
  lighthouse: 100,
} as const;

/** Kinds of page, for the budget table. */
export type PageKind =
  'studio' | 'home' | 'guidance' | 'glossary' | 'contacts' | 'scenario' | 'presenter' | 'search' | 'document' | 'other';

/** Which kind a built page's path is. */
export function pageKind(path: string): PageKind {
  if (path === '/') return 'home';
  if (path === '/training/studio/') return 'studio';
  if (/^\/training\/present(er)?\//.test(path) || /\/present\/?$/.test(path)) return 'presenter';
  if (/^\/scenarios\/[^/]+\/$/.test(path)) return 'scenario';
  if (path.startsWith('/guidance/')) return 'guidance';
  if (path.startsWith('/glossary/')) return 'glossary';
  if (path.startsWith('/contacts/')) return 'contacts';
  if (path.startsWith('/search/')) return 'search';
  if (path.startsWith('/documents/')) return 'document';
  return 'other';
}

/** The on-load byte budget for a kind of page. */
export function totalBudget(kind: PageKind): number {
  if (kind === 'studio') return BUDGETS.studioPageTotal;
  return kind === 'scenario' || kind === 'presenter' ? BUDGETS.interactivePageTotal : BUDGETS.pageTotal;
}
