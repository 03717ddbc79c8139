/**
 * The site search's query planning, around Pagefind. Pagefind matches every word of a
 * query (AND), by prefix, with no typo tolerance and no synonyms, so a plain question
 * ("who do I call at night") or a misspelling finds nothing. This module turns what a
 * person typed into a few Pagefind queries (the words that mean something, the words a
 * known abbreviation or alias stands for, a corrected spelling) and merges the results.
 * Pure TypeScript: the Pagefind call is passed in, so tests can run it without a browser.
 */
import { containsPhrase, editDistance, meaningfulWords, normaliseText, STOP_WORDS, words } from './search-text.ts';

/**
 * What the site knows about the words people use, built from the glossary and the
 * contacts at build time (`/search/lexicon.json`) and loaded on the first search.
 */
export interface Lexicon {
  /** A phrase people type, normalised ("eha", "at night"), and what it stands for. */
  phrases: [phrase: string, meanings: string[]][];
  /** The words the site uses, for spelling suggestions. */
  words: string[];
}

/** Where the lexicon comes from: each glossary term and contact, and the site's text. */
export interface LexiconSource {
  glossary: { term: string; abbreviations: readonly string[]; synonyms: readonly string[] }[];
  contacts: { name: string; aliases: readonly string[] }[];
  /** Titles, summaries and page text, for the list of known words. */
  texts: string[];
}

/** Builds the lexicon: abbreviations and synonyms point to their glossary term, aliases to their contact. */
export function buildLexicon(source: LexiconSource): Lexicon {
  const meanings = new Map<string, Set<string>>();
  const add = (phrase: string, meaning: string) => {
    const key = normaliseText(phrase);
    const value = normaliseText(meaning);
    if (key === '' || key === value) return;
    if (!meanings.has(key)) meanings.set(key, new Set());
    meanings.get(key)!.add(value);
  };
  for (const g of source.glossary) for (const p of [...g.abbreviations, ...g.synonyms]) add(p, g.term);
  for (const c of source.contacts) for (const p of c.aliases) add(p, c.name);
  const known = new Set<string>();
  const everything = [...source.texts, ...source.glossary.flatMap((g) => [g.term, ...g.synonyms]), ...source.contacts.flatMap((c) => [c.name, ...c.aliases])];
  for (const text of everything) {
    for (const word of normaliseText(text.replace(/<[^>]*>/g, ' '), Infinity).split(' ')) {
      if (word.length >= 4 && /^\p{L}[\p{L}']*$/u.test(word) && !STOP_WORDS.has(word)) known.add(word.replace(/'s?$/, ''));
    }
  }
  return {
    phrases: [...meanings].map(([phrase, set]) => [phrase, [...set].sort()] as [string, string[]]).sort(([a], [b]) => a.localeCompare(b)),
    words: [...known].sort(),
  };
}

/** One Pagefind query to run, and how much its results count. */
export interface PlannedQuery {
  text: string;
  weight: number;
}

/** The queries for one search: `main` always run, `fallback` run when `main` finds little. */
export interface SearchPlan {
  /** The normalised query, '' when nothing searchable was typed. */
  query: string;
  main: PlannedQuery[];
  fallback: PlannedQuery[];
}

/**
 * The closest known word to a word that is not known, or the word itself. A word that
 * starts a known word is left alone: the person may still be typing it.
 */
export function correctWord(word: string, known: readonly string[]): string {
  if (word.length < 4 || STOP_WORDS.has(word) || !/^\p{L}+$/u.test(word)) return word;
  if (known.some((k) => k.startsWith(word))) return word;
  const max = word.length <= 5 ? 1 : 2;
  let best = word;
  let bestDistance = max + 1;
  for (const candidate of known) {
    const d = editDistance(word, candidate, max);
    // On a tie, prefer the candidate that starts with the same letter: people rarely mistype the first.
    if (d < bestDistance || (d === bestDistance && d <= max && candidate[0] === word[0] && best[0] !== word[0])) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * What the known phrases in the query stand for. Only the longest matches count: in
 * "early help form", "early help form" counts, not "early help" or "form" inside it.
 * Each word is also tried with its spelling corrected.
 */
export function phraseMeanings(queryWords: readonly string[], lexicon: Lexicon): string[] {
  const corrected = queryWords.map((w) => correctWord(w, lexicon.words));
  const spans: { start: number; end: number; meanings: string[] }[] = [];
  for (const [phrase, meanings] of lexicon.phrases) {
    const phraseWords = phrase.split(' ');
    for (let start = 0; start + phraseWords.length <= queryWords.length; start++) {
      const end = start + phraseWords.length;
      if (containsPhrase(queryWords.slice(start, end), phraseWords) || containsPhrase(corrected.slice(start, end), phraseWords)) {
        spans.push({ start, end, meanings });
      }
    }
  }
  const longest = spans.filter((s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start));
  return [...new Set(longest.flatMap((s) => s.meanings))];
}

/** Plans the Pagefind queries for what a person typed (see the module comment). */
export function planSearch(raw: string, lexicon: Lexicon): SearchPlan {
  const query = normaliseText(raw);
  // One letter or digit alone prefix-matches half the site: it is not a search.
  const meaningful = meaningfulWords(query).filter((w) => w.length >= 2);
  if (meaningful.length === 0) return { query: '', main: [], fallback: [] };
  const main: PlannedQuery[] = [];
  const add = (list: PlannedQuery[], text: string, weight: number) => {
    if (text !== '' && !main.some((q) => q.text === text) && !list.some((q) => q.text === text)) list.push({ text, weight });
  };
  add(main, meaningful.join(' '), 1);
  const corrected = meaningful.map((w) => correctWord(w, lexicon.words));
  add(main, corrected.join(' '), 0.9);
  for (const meaning of phraseMeanings(words(query), lexicon)) add(main, meaning, 1);
  const fallback: PlannedQuery[] = [];
  if (corrected.length > 1) for (const word of new Set(corrected)) add(fallback, word, 0.4);
  return { query, main, fallback };
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

/** The kinds of page, as pages mark themselves with data-pagefind-filter="kind:…". */
export const SEARCH_KINDS = ['Guidance', 'Glossary', 'Contacts', 'Scenarios', 'Training', 'Documents'] as const;
