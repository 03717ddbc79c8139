/**
 * The site search's query planning, around Pagefind. Pagefind matches every word of a
 * query (AND), by prefix, with no typo tolerance and no synonyms, so a plain question
 * ("who do I call at night") or a misspelling finds nothing. This module turns what a
 * person typed into a few Pagefind queries (the words that mean something, the words a
 * known abbreviation or alias stands for, a corrected spelling) and merges the results.
 * Pure TypeScript: the Pagefind call is passed in, so tests can run it without a browser.
 */
import { isNumberQuery, matchNumber } from './number-search.ts';
import { correctWord, type Lexicon } from './search-lexicon.ts';
import { containsPhrase, meaningfulWords, normaliseText, stem, STOP_WORDS, words } from './search-text.ts';

export type { Lexicon } from './search-lexicon.ts';

/** One Pagefind query to run, and how much its results count. */
export interface PlannedQuery {
  text: string;
  weight: number;
}

/** The queries for one search: `main` always run, `fallback` run when `main` finds little. */
export interface SearchPlan {
  /** The normalised query, '' when nothing searchable was typed. */
  query: string;
  /** The words that mean something, spelling corrected. */
  words: string[];
  main: PlannedQuery[];
  fallback: PlannedQuery[];
}

/**
 * What the known phrases in the query stand for, each with the share of the query's
 * meaningful words its phrase covers, and whether that phrase is just a word the site
 * uses anyway ("assessment", as against "EHA"). Only the longest matches count: in "early help
 * form", "early help form" counts, not "early help" or "form" inside it. Each word is also
 * tried with its spelling corrected.
 */
export function phraseMeanings(queryWords: readonly string[], lexicon: Lexicon): { meaning: string; share: number; common: boolean }[] {
  const corrected = queryWords.map((w) => correctWord(w, lexicon.words));
  const spans: { start: number; end: number; phrase: string; meanings: string[] }[] = [];
  for (const [phrase, meanings] of lexicon.phrases) {
    const phraseWords = phrase.split(' ');
    for (let start = 0; start + phraseWords.length <= queryWords.length; start++) {
      const end = start + phraseWords.length;
      if (containsPhrase(queryWords.slice(start, end), phraseWords) || containsPhrase(corrected.slice(start, end), phraseWords)) {
        spans.push({ start, end, phrase, meanings });
      }
    }
  }
  const longest = spans.filter((s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start));
  const meaningful = (from: number, to: number) => queryWords.slice(from, to).filter((w) => !STOP_WORDS.has(w)).length;
  const total = Math.max(1, meaningful(0, queryWords.length));
  const plain = new Set(lexicon.plain);
  const found = new Map<string, { share: number; common: boolean }>();
  for (const span of longest) {
    const share = meaningful(span.start, span.end) / total;
    const common = plain.has(span.phrase);
    for (const meaning of span.meanings) {
      const before = found.get(meaning);
      found.set(meaning, { share: Math.max(before?.share ?? 0, share), common: (before?.common ?? true) && common });
    }
  }
  return [...found].map(([meaning, f]) => ({ meaning, ...f }));
}

/** At most this many meanings of abbreviations and aliases are searched for one query. */
export const MAX_MEANINGS = 2;

/** Plans the Pagefind queries for what a person typed (see the module comment). */
export function planSearch(raw: string, lexicon: Lexicon): SearchPlan {
  const query = normaliseText(raw);
  // A phone number, in any format, stands for its contact's name: Pagefind sees "0113",
  // "376" and "0336" as three words and would never match "01133760336".
  if (isNumberQuery(raw)) {
    const records = lexicon.numbers.map(([digits, name]) => ({ id: name, digits }));
    const names = matchNumber(records, raw).map((r) => `"${r.id}"`);
    // A number that is no contact's finds nothing: never a page about someone else's number.
    if (names.length === 0) return { query: '', words: [], main: [], fallback: [] };
    return { query, words: [], main: [query, ...names].map((text) => ({ text, weight: 1 })), fallback: [] };
  }
  // One letter or digit alone prefix-matches half the site: it is not a search.
  const meaningful = meaningfulWords(query).filter((w) => w.length >= 2);
  if (meaningful.length === 0) return { query: '', words: [], main: [], fallback: [] };
  const main: PlannedQuery[] = [];
  const add = (list: PlannedQuery[], text: string, weight: number) => {
    if (text !== '' && !main.some((q) => q.text === text) && !list.some((q) => q.text === text)) list.push({ text, weight });
  };
  add(main, meaningful.join(' '), 1);
  const corrected = meaningful.map((w) => correctWord(w, lexicon.words));
  add(main, corrected.join(' '), 0.9);
  // A glossary term or contact named in the query, or one that a known abbreviation or
  // alias stands for, is searched as a whole phrase (Pagefind's "quoted" exact search):
  // "child in need" then finds the pages about it, not every page with "child" and "need".
  const all = words(query);
  const named = lexicon.terms.filter((term) => containsPhrase(all, term.split(' ')));
  // Pagefind gives every page the same score in an exact search, so the same words are
  // also searched plainly, for ranking. They share index chunks: it costs no download.
  const phrase = (list: PlannedQuery[], name: string, weight: number) => {
    add(list, name, weight);
    if (name.includes(' ')) add(list, `"${name}"`, weight);
  };
  for (const name of named) phrase(main, name, 1);
  // What an abbreviation or alias stands for counts fully when it is the whole query
  // ("EHA"), and less when it is one word among others ("reccording conversations").
  // At most two: on a large site each phrase can cost another index chunk to download.
  // A plain word the site uses ("assessment") finds its pages itself: what it may stand
  // for is searched only if it finds little.
  const meanings = phraseMeanings(all, lexicon).sort((a, b) => b.share - a.share || a.meaning.length - b.meaning.length);
  const fallback: PlannedQuery[] = [];
  for (const { meaning, share, common } of meanings.slice(0, MAX_MEANINGS)) phrase(common ? fallback : main, meaning, Math.max(0.5, share));
  if (corrected.length > 1) for (const word of new Set(corrected)) add(fallback, word, 0.4);
  return { query, words: corrected, main, fallback };
}

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

/** The kinds of page, as pages mark themselves with data-pagefind-filter="kind:…". */
export const SEARCH_KINDS = ['Guidance', 'Glossary', 'Contacts', 'Scenarios', 'Training', 'Documents'] as const;
