/**
 * Ranking the site search's results: merging what the planned Pagefind queries found,
 * dropping what Pagefind matched only by its prefix fallback, and putting pages whose
 * title holds the searched words first. Pure TypeScript.
 */
import type { PlannedQuery, SearchPlan } from './query-plan.ts';
import { normaliseText, stem, words } from '../../vocabulary/search-text.ts';

/** A Pagefind result before its data is loaded: enough to rank it. */
export interface Hit {
  id: string;
  score: number;
}

/** Sums each page's scores across queries, each query's scores scaled to its best and weighted. */
export function mergeHits(runs: readonly { weight: number; hits: readonly Hit[] }[]): Hit[] {
  const totals = new Map<string, number>();
  for (const { weight, hits } of runs) {
    const best = Math.max(0, ...hits.map((h) => h.score));
    if (best <= 0) continue;
    for (const hit of hits) totals.set(hit.id, (totals.get(hit.id) ?? 0) + (weight * hit.score) / best);
  }
  return [...totals].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

/** Below this many results from the main queries, the fallback queries run as well. */
export const FALLBACK_BELOW = 3;

/**
 * Whether a word Pagefind matched fits a word that was searched for. Pagefind, finding no
 * word for a search term, falls back to the longest prefix of it that is in the index
 * ("asdfghjkl" matches "as", "alert" matches "a"), so it never says "nothing found". A
 * real match shares nearly all of the searched word: all of it, or all but a few letters
 * of an ending Pagefind's stemmer removed ("recording" and "record").
 */
export function fits(searched: string, matched: string): boolean {
  if (matched.startsWith(searched)) return true;
  let common = 0;
  while (common < searched.length && searched[common] === matched[common]) common++;
  return common >= Math.max(3, searched.length - 3);
}

/** Whether every searched word of three letters or more fits one of the matched words. */
export function hitFits(queryText: string, matchedWords: readonly string[]): boolean {
  const matched = matchedWords.flatMap((w) => words(normaliseText(w, 200)));
  return words(normaliseText(queryText)).every((w) => w.length < 3 || matched.some((m) => fits(w, m)));
}

/** The words of a result that Pagefind matched: by location in its content, and in any matched metadata. */
export function matchedWords(
  data: { content: string; locations: readonly number[]; meta: Record<string, string | undefined> },
  matchedMetaFields: readonly string[] = [],
): string[] {
  const content = data.content.split(/\s+/);
  return [...data.locations.map((i) => content[i] ?? ''), ...matchedMetaFields.flatMap((f) => (data.meta[f] ?? '').split(/[\s,]+/))];
}

/**
 * Runs a plan with the given search function (Pagefind's, in the browser) and returns
 * the merged hits, best first. `verify` is asked about each query's best hit; when it says
 * the hit does not fit (see {@link hitFits}), that query's hits are dropped.
 */
export async function runPlan<H extends Hit>(
  plan: SearchPlan,
  search: (text: string) => Promise<readonly H[]>,
  verify: (text: string, best: H) => Promise<boolean> = async () => true,
): Promise<H[]> {
  const byId = new Map<string, H>();
  const runAll = (queries: readonly PlannedQuery[]) =>
    Promise.all(
      queries.map(async ({ text, weight }) => {
        let hits = await search(text);
        if (hits.length > 0 && !(await verify(text, hits[0]!))) hits = [];
        for (const hit of hits) if (!byId.has(hit.id)) byId.set(hit.id, hit);
        return { weight, hits };
      }),
    );
  const runs = await runAll(plan.main);
  if (mergeHits(runs).length < FALLBACK_BELOW && plan.fallback.length > 0) runs.push(...(await runAll(plan.fallback)));
  return mergeHits(runs).map((h) => ({ ...byId.get(h.id)!, score: h.score }));
}

/** Added to the score of a page whose title holds every word searched for. */
export const TITLE_BONUS = 1;

/**
 * Reorders results (already scored by {@link runPlan}) so that a page whose title holds
 * every word searched for comes first among them: "what is early help" should open
 * "Early help in Leeds", though many pages mention early help more often.
 */
export function rankByTitle<T extends { score: number; title: string }>(results: readonly T[], searched: readonly string[]): T[] {
  const wanted = searched.map(stem);
  const bonus = (title: string) => {
    const have = normaliseText(title, 200).split(' ').map(stem);
    return wanted.length > 0 && wanted.every((w) => have.includes(w)) ? TITLE_BONUS : 0;
  };
  return results
    .map((r, i) => ({ r, i, score: r.score + bonus(r.title) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ r }) => r);
}
