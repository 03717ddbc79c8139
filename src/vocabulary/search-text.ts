/**
 * Text handling shared by the contact finder and the site search: what a person typed
 * becomes safe, comparable words. Pure functions, no DOM.
 */

/** Longer input is cut here: no real question needs more, and hostile input stays cheap. */
export const MAX_QUERY_LENGTH = 120;

/** At most this many words are searched, for the same reason. */
export const MAX_QUERY_WORDS = 8;

/**
 * Words that carry no meaning for search ("who do I call at night" is about "call" and
 * "night"). Kept short on purpose: "help", "call" and "out" mean something here.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about am an and any anyone are as at be been but by can could did do does for from get go had has have he her his how ' +
    "i i'm if in into is it its me my of on or our please she should so some someone something than that the their them " +
    'there they this to us was we what when where which who whom why will with would you your'
  ).split(' '),
);

/**
 * Lower-cases the text, removes accents, turns curly quotes into straight ones and every
 * character other than a letter, digit, apostrophe, ampersand or plus into a space, then
 * collapses spaces. The result is at most `maxLength` characters long (by default
 * {@link MAX_QUERY_LENGTH}).
 * "D&A", "0113-376-0336" and "neighbour’s" survive in a comparable form; "<b>" does not.
 */
export function normaliseText(input: string, maxLength = MAX_QUERY_LENGTH): string {
  return (
    input
      .slice(0, maxLength * 4)
      // Markup is not something anyone searches for: "<b>care</b>" means "care".
      .replace(/<[^>]*>/g, ' ')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`]/g, "'")
      .replace(/[^\p{L}\p{N}'&+]+/gu, ' ')
      .replace(/(^|\s)['&+]+|['&]+(?=\s|$)/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, maxLength)
      .trim()
  );
}

/** The words of normalised text, in order, at most {@link MAX_QUERY_WORDS}. */
export function words(normalised: string): string[] {
  return normalised === '' ? [] : normalised.split(' ').slice(0, MAX_QUERY_WORDS);
}

/** The words that mean something: stop words dropped, unless nothing else is left. */
export function meaningfulWords(normalised: string): string[] {
  const all = words(normalised);
  const kept = all.filter((w) => !STOP_WORDS.has(w));
  return kept.length > 0 ? kept : all;
}

/**
 * A very light stem, so that "neighbour's", "neighbours" and "neighbour" compare equal
 * when matching a known phrase. Not a real stemmer: Pagefind and fuse.js do the rest.
 */
export function stem(word: string): string {
  const w = word.replace(/'s$|s'$|'$/, '');
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/**
 * Whether the phrase's words appear together, in order, among the query's words
 * (both stemmed), so "worried about my neighbour's child" contains "neighbour".
 */
export function containsPhrase(queryWords: readonly string[], phraseWords: readonly string[]): boolean {
  if (phraseWords.length === 0 || phraseWords.length > queryWords.length) return false;
  const q = queryWords.map(stem);
  const p = phraseWords.map(stem);
  for (let start = 0; start + p.length <= q.length; start++) {
    if (p.every((word, i) => q[start + i] === word)) return true;
  }
  return false;
}

/**
 * The optimal-string-alignment distance (Levenshtein plus swapped neighbours) between
 * two words, or `max + 1` as soon as it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      rowBest = Math.min(rowBest, d);
    }
    if (rowBest > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
