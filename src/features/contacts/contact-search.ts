/**
 * The contact finder's search: what a person typed in, the contacts that fit out, best
 * first. Pure TypeScript over fuse.js, so the same code runs in the browser and in tests.
 *
 * Two rules keep it from ever offering the wrong number:
 * - A query that is mostly digits is a phone number. It is compared digit by digit,
 *   exactly or as the start (or, for six digits or more, the end) of a number, never
 *   fuzzily: every Leeds number starts 0113, so a fuzzy match picks the wrong contact.
 * - Words are matched fuzzily (typos are forgiven) against the name, the aliases, who the
 *   contact is for and when to use it, with whole names and aliases counting most.
 */
import Fuse, { type IFuseOptions } from 'fuse.js/basic';
import { isNumberQuery, matchNumber, sortRanked, type RankedContact } from './number-search.ts';
import { containsPhrase, meaningfulWords, normaliseText, words } from '../../vocabulary/search-text.ts';

/** What the finder knows about one contact (rendered into the page from its entry). */
export interface ContactRecord {
  /** The contact's id: its file name in content/contacts/ without .mdx. */
  id: string;
  name: string;
  for: string;
  when: string;
  /** Other words people use for it ("social services", "at night"). */
  aliases: string[];
  /** Its number as national digits (`01133760336`, `999`), or '' when it has none. */
  digits: string;
}

/**
 * fuse.js settings. `ignoreLocation` makes a word count wherever it sits in a long field
 * (by default fuse only looks near the start); names and aliases weigh most.
 */
export const FUSE_OPTIONS: IFuseOptions<ContactRecord> = {
  keys: [
    { name: 'name', weight: 3 },
    { name: 'aliases', weight: 3 },
    { name: 'for', weight: 1 },
    { name: 'when', weight: 0.5 },
  ],
  ignoreLocation: true,
  ignoreDiacritics: true,
  includeScore: true,
  threshold: 0.3,
  minMatchCharLength: 2,
};

/** A contact stays in the results only if it scores at least this share of the best. */
const RELATIVE_CUT = 0.3;

/** Points for each name or alias that appears whole in the query; longer phrases count more. */
function phrasePoints(record: ContactRecord, queryWords: readonly string[]): number {
  let points = 0;
  const phrases = [{ text: record.name, base: 3 }, ...record.aliases.map((text) => ({ text, base: 2.5 }))];
  for (const { text, base } of phrases) {
    const phraseWords = words(normaliseText(text));
    if (containsPhrase(queryWords, phraseWords)) points = Math.max(points, base + 0.5 * (phraseWords.length - 1));
  }
  return points;
}

/**
 * Builds the finder's search over a list of contacts.
 * @returns a function from what was typed to the contacts that fit it, best first, or
 *   `null` when nothing was typed (show every contact).
 */
export function createContactSearch(records: readonly ContactRecord[]): (raw: string) => RankedContact[] | null {
  const fuse = new Fuse(records, FUSE_OPTIONS);
  return (raw) => {
    if (raw.trim() === '') return null;
    if (isNumberQuery(raw)) return matchNumber(records, raw);
    const normalised = normaliseText(raw);
    if (normalised === '') return [];
    const all = words(normalised);
    const scores = new Map<string, number>();
    for (const record of records) {
      const points = phrasePoints(record, all);
      if (points > 0) scores.set(record.id, points);
    }
    for (const word of meaningfulWords(normalised)) {
      if (word.length < 2) continue;
      for (const { item, score = 1 } of fuse.search(word)) {
        // Rounded so that tiny differences in field length do not reorder near-equal
        // matches: those keep the contacts' own order, which puts the most urgent first.
        scores.set(item.id, (scores.get(item.id) ?? 0) + Math.round((1 - score) * 4) / 4);
      }
    }
    const best = Math.max(0, ...scores.values());
    const ranked = [...scores].filter(([, s]) => s > 0 && s >= best * RELATIVE_CUT).map(([id, score]) => ({ id, score }));
    return sortRanked(ranked, records);
  };
}
