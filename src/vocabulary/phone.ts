/**
 * UK phone numbers: one parser that every page, island and test uses, so a number
 * is written once (in its contact entry) and shown the same way everywhere.
 */

/** A phone number ready to show and to dial. */
export interface PhoneNumber {
  /** Digits as dialled inside the UK, for example `01133760336`, or `999`. */
  readonly national: string;
  /** Grouped for reading, for example `0113 376 0336`. */
  readonly display: string;
  /** The `tel:` address in international form, for example `tel:+441133760336`. */
  readonly href: string;
}

/** Thrown when text is not a UK phone number this site knows how to show. */
export class PhoneNumberError extends Error {
  override name = 'PhoneNumberError';
}

/** UK emergency numbers are dialled as they are, never in international form. */
const EMERGENCY = new Set(['999', '112']);

/**
 * Reduces what a person typed to UK national digits: drops spaces, dashes, dots and
 * brackets, and turns `+44`, `0044` or `44` and an optional `(0)` into a leading 0.
 * Returns '' when the text holds anything else (letters, a second plus sign).
 */
export function toNationalDigits(input: string): string {
  const trimmed = input.trim();
  if (!/^\+?[\d\s().-]*$/.test(trimmed)) return '';
  let digits = trimmed.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (trimmed.startsWith('+')) {
    if (!digits.startsWith('44')) return '';
    digits = '0' + digits.slice(2);
  } else if (digits.startsWith('0044')) {
    digits = '0' + digits.slice(4);
  } else if (digits.startsWith('44') && digits.length === 12) {
    digits = '0' + digits.slice(2);
  }
  return digits;
}

/** Groups national digits the way UK numbers are usually read aloud. */
function group(national: string): string {
  const d = national;
  // Two-digit area codes (020 London, 023, 024, 028, 029): 0AA BBBB BBBB.
  if (/^02/.test(d)) return `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`;
  // Three-digit area codes (0113 Leeds, 0121 ...) and 011x/01x1: 0AAA BBB BBBB.
  if (/^01(1\d|\d1)/.test(d)) return `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
  // Non-geographic 03, 08 and freephone 0800: 0AAA BBB BBBB.
  if (/^0[389]/.test(d)) return `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
  // Mobiles and four-digit area codes: 0AAAA BBBBBB.
  return `${d.slice(0, 5)} ${d.slice(5)}`;
}

/**
 * Parses a UK phone number written in any common way ("0113 3760336",
 * "+44 (0)113 376 0336", "999") and returns its display and `tel:` forms.
 * @throws {PhoneNumberError} when the text is not an 11-digit UK number or an emergency number.
 */
export function parsePhone(input: string): PhoneNumber {
  const national = toNationalDigits(input);
  if (EMERGENCY.has(national)) {
    return { national, display: national, href: `tel:${national}` };
  }
  if (!/^0[1-9]\d{9}$/.test(national)) {
    throw new PhoneNumberError(
      `"${input}" is not a UK phone number. Write it with its area code, for example "0113 376 0336", or use 999.`,
    );
  }
  return { national, display: group(national), href: `tel:+44${national.slice(1)}` };
}

/** Whether the text parses as a phone number (see {@link parsePhone}). */
export function isPhone(input: string): boolean {
  try {
    parsePhone(input);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds things that look like UK phone numbers in free text (for the check that only
 * contact entries hold numbers). Matches 11-digit numbers in common groupings and 999.
 */
export function findPhoneNumbers(text: string): string[] {
  const pattern = /(?:\+44\s?(?:\(0\)\s?)?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|(?<![\w-])999(?![\w-])/g;
  return [...text.matchAll(pattern)].map((m) => m[0]).filter((candidate) => isPhone(candidate));
}
