/**
 * The search lexicon: what the site knows about the words people use, built from the
 * glossary and the contacts at build time (served as /search/lexicon.json) and loaded by
 * the site search on first use. Pure TypeScript.
 */
import { toNationalDigits } from '../../vocabulary/phone.ts';
import { editDistance, normaliseText, STOP_WORDS } from '../../vocabulary/search-text.ts';

/** What the site search knows about words. */
export interface Lexicon {
  /** A phrase people type, normalised ("eha", "at night"), and the names it stands for. */
  phrases: [phrase: string, meanings: string[]][];
  /** Names of glossary terms and contacts of two words or more, searched as whole phrases. */
  terms: string[];
  /** One-word phrases that the site's text uses anyway ("assessment", unlike "EHA"): they find pages themselves. */
  plain: string[];
  /** The words the site uses, for spelling corrections. */
  words: string[];
  /** Each contact's number as national digits, with its name: a number finds its contact's pages. */
  numbers: [digits: string, name: string][];
}

/** Where the lexicon comes from: each glossary term and contact, and the site's text. */
export interface LexiconSource {
  glossary: { term: string; abbreviations: readonly string[]; synonyms: readonly string[] }[];
  contacts: { name: string; aliases: readonly string[]; phone?: string | undefined }[];
  /** Titles, summaries and page text, for the list of known words. */
  texts: string[];
}

/**
 * Builds the lexicon: abbreviations and synonyms point to their glossary term, aliases to
 * their contact. An alias that is itself a glossary term ("early help") is left to the
 * glossary: someone searching the site for it means the idea, not the phone line.
 */
export function buildLexicon(source: LexiconSource): Lexicon {
  const termNames = new Set(source.glossary.map((g) => normaliseText(g.term)));
  const meanings = new Map<string, Set<string>>();
  const add = (phrase: string, meaning: string) => {
    const key = normaliseText(phrase);
    const value = normaliseText(meaning);
    if (key === '' || key === value) return;
    if (!meanings.has(key)) meanings.set(key, new Set());
    meanings.get(key)!.add(value);
  };
  for (const g of source.glossary) for (const p of [...g.abbreviations, ...g.synonyms]) add(p, g.term);
  for (const c of source.contacts) for (const p of c.aliases) if (!termNames.has(normaliseText(p))) add(p, c.name);
  const names = [...termNames, ...source.contacts.map((c) => normaliseText(c.name))];
  const wordsOf = (texts: readonly string[]) => {
    const found = new Set<string>();
    for (const text of texts) {
      for (const word of normaliseText(text, Infinity).split(' ')) {
        if (word.length >= 4 && /^\p{L}[\p{L}']*$/u.test(word) && !STOP_WORDS.has(word)) found.add(word.replace(/'s?$/, ''));
      }
    }
    return found;
  };
  const inText = wordsOf(source.texts);
  const known = new Set([
    ...inText,
    ...wordsOf([...source.glossary.flatMap((g) => [g.term, ...g.synonyms]), ...source.contacts.flatMap((c) => [c.name, ...c.aliases])]),
  ]);
  return {
    phrases: [...meanings].map(([phrase, set]) => [phrase, [...set].sort()] as [string, string[]]).sort(([a], [b]) => a.localeCompare(b)),
    terms: [...new Set(names.filter((n) => n.includes(' ')))].sort(),
    plain: [...meanings.keys()].filter((p) => inText.has(p)).sort(),
    words: [...known].sort(),
    numbers: source.contacts.flatMap((c) => (c.phone ? [[toNationalDigits(c.phone), normaliseText(c.name)] as [string, string]] : [])),
  };
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
    // On a tie, prefer a word with the same first letter: people rarely mistype the first.
    const better = d < bestDistance || (d === bestDistance && candidate[0] === word[0] && best[0] !== word[0]);
    if (d <= max && better) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
