/**
 * The site search's query planning, around Pagefind. Pagefind matches every word of a
 * query (AND), by prefix, with no typo tolerance and no synonyms, so a plain question
 * ("who do I call at night") or a misspelling finds nothing. This module turns what a
 * person typed into a few Pagefind queries (the words that mean something, the words a
 * known abbreviation or alias stands for, a corrected spelling) and merges the results.
 * Pure TypeScript; src/features/search/search-ranking.ts merges and ranks what the queries find.
 */
import { isNumberQuery, matchNumber } from '../contacts/number-search.ts';
import { correctWord, type Lexicon } from './search-lexicon.ts';
import { containsPhrase, meaningfulWords, normaliseText, STOP_WORDS, words } from '../../vocabulary/search-text.ts';

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
  const longest = spans.filter(
    (s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start),
  );
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
    const names = matchNumber(records, raw).flatMap((r) => [`"${r.id}"`, r.id]);
    // A number that is no contact's finds nothing: never a page about someone else's number.
    if (names.length === 0) return { query: '', words: [], main: [], fallback: [] };
    // Only the names are searched (exactly, and plainly for ranking, as an exact search
    // scores every page alike): the digits' groups ("113", "240") would match any page
    // that lists numbers, and every number on the site is a contact's anyway.
    return { query, words: [], main: names.map((text) => ({ text, weight: 1 })), fallback: [] };
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

/** The kinds of page, as pages mark themselves with data-pagefind-filter="kind:…". */
export const SEARCH_KINDS = ['Guidance', 'Glossary', 'Contacts', 'Scenarios', 'Training', 'Documents'] as const;
