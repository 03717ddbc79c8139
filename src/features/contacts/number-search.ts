/**
 * Finding a contact by its phone number, whole or in part, in any common format. Never
 * fuzzy: every Leeds number starts 0113, so a near miss would be someone else's number.
 * Used by the contact finder and the site search. Pure TypeScript.
 */
import { toNationalDigits } from '../../vocabulary/phone.ts';

/** A contact as far as its number goes. */
export interface NumberRecord {
  id: string;
  /** Its number as national digits (`01133760336`, `999`), or '' when it has none. */
  digits: string;
}

/** One contact that fits the query, with how well it fits (higher is better). */
export interface RankedContact {
  id: string;
  score: number;
}

/**
 * Whether the text is a phone number, whole or in part: only digits and the characters
 * people write numbers with (spaces, dashes, dots, brackets, a plus), or, when a word is
 * mixed in ("tel 0113 376 0336"), at least six digits and twice as many digits as letters.
 */
export function isNumberQuery(raw: string): boolean {
  const text = raw.slice(0, 200);
  const digits = (text.match(/\d/g) ?? []).length;
  if (digits === 0) return false;
  if (/^[\d\s().+\-/]+$/.test(text.trim())) return true;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return digits >= 6 && digits >= 2 * letters;
}

/**
 * The national-digit forms a number query could mean, most likely first. "+44 113 376",
 * "0044 113 376" and "(0113) 376" all give `0113376`; "113 376" gives `0113376` as well,
 * and "44 113" gives `0113`. Returns [] for a number that cannot be a UK one ("+1 212").
 */
export function numberCandidates(raw: string): string[] {
  const written = raw
    .slice(0, 200)
    .replace(/[^\d\s().+-]/g, ' ')
    .trim();
  const national = toNationalDigits(written);
  if (national === '') return [];
  const candidates = [national];
  if (/^44\d/.test(national)) candidates.unshift('0' + national.slice(2));
  else if (/^[1-8]/.test(national) && national.length >= 3) candidates.push('0' + national);
  return candidates;
}

/** The contacts whose number the query is, or starts or ends, best first. Never fuzzy. */
export function matchNumber(records: readonly NumberRecord[], raw: string): RankedContact[] {
  const candidates = numberCandidates(raw);
  const typed = raw.replace(/\D/g, '');
  const ranked: RankedContact[] = [];
  for (const record of records) {
    if (record.digits === '') continue;
    let score = 0;
    for (const candidate of candidates) {
      if (record.digits === candidate) score = Math.max(score, 3);
      else if (record.digits.startsWith(candidate)) score = Math.max(score, 2);
    }
    // A local number without its area code ("376 0336") is the end of the full number.
    if (score === 0 && typed.length >= 6 && record.digits.endsWith(typed)) score = 1;
    if (score > 0) ranked.push({ id: record.id, score });
  }
  return sortRanked(ranked, records);
}

/** Highest score first; equal scores keep the contacts' own order. */
export function sortRanked(ranked: RankedContact[], records: readonly { id: string }[]): RankedContact[] {
  const position = new Map(records.map((r, i) => [r.id, i]));
  return ranked.sort((a, b) => b.score - a.score || position.get(a.id)! - position.get(b.id)!);
}
