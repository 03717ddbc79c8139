/**
 * The conversation record's text file, made from the answers. The questions are in
 * content/conversation-record.yaml: the page renders the form from them and hands the
 * same questions to the browser script (recordForSaving), which saves with
 * recordToText(), so the form and the saved file cannot ask different questions.
 */
import type { ConversationRecord, RecordField } from '../../schemas/conversation-record.ts';
import { DATE_FIELD } from '../../vocabulary/conversation-record.ts';
import { longDate, parseIsoDate } from '../../vocabulary/dates.ts';

/** What the saved file needs of the record: its title, the note under it, and each question's id, label and kind. */
export interface RecordForSaving {
  readonly title: string;
  readonly savedNote: string;
  readonly sections: readonly {
    readonly heading: string;
    readonly fields: readonly Pick<RecordField, 'id' | 'label' | 'kind'>[];
  }[];
}

/**
 * The parts of the record the saved file uses, small enough for the page to hand to its
 * script in a data attribute (the script never bundles the content).
 * @param title the document's title, the saved file's heading
 */
export function recordForSaving(title: string, record: ConversationRecord): RecordForSaving {
  return {
    title,
    savedNote: record.savedNote,
    sections: record.sections.map((s) => ({ heading: s.heading, fields: s.fields.map(({ id, label, kind }) => ({ id, label, kind })) })),
  };
}

const NOT_FILLED = '(not filled in)';

/** The parts of a date question, GOV.UK style: three boxes, each named `<id>-<part>`. */
export const DATE_PARTS = ['day', 'month', 'year'] as const;

/** A date question's answer as "2026-11-23", or undefined unless its three boxes make a real date. */
export function dateAnswer(id: string, values: Readonly<Record<string, string>>): string | undefined {
  const [day = '', month = '', year = ''] = DATE_PARTS.map((part) => (values[`${id}-${part}`] ?? '').trim());
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return undefined;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return parseIsoDate(iso) ? iso : undefined;
}

/** An answer as the saved file shows it: dates written out, blanks marked. */
function answer(field: Pick<RecordField, 'id' | 'kind'>, values: Readonly<Record<string, string>>): string {
  if (field.kind === 'date') {
    const date = parseIsoDate(dateAnswer(field.id, values) ?? '');
    if (date) return longDate(date);
    const typed = DATE_PARTS.map((part) => (values[`${field.id}-${part}`] ?? '').trim());
    // Keep what was typed, even if it is not a date, rather than lose it.
    return typed.some((t) => t !== '') ? typed.join('/') : NOT_FILLED;
  }
  const value = (values[field.id] ?? '').replace(/\r\n?/g, '\n').trim();
  return value === '' ? NOT_FILLED : value;
}

/**
 * The record as plain text that also reads as Markdown: a heading per section, then
 * each question and its answer. Values are looked up by field id; missing ones are
 * marked "(not filled in)" so a reader can tell a blank from a lost answer.
 */
export function recordToText(record: RecordForSaving, values: Readonly<Record<string, string>>): string {
  const lines = [`# ${record.title}`, '', record.savedNote];
  for (const section of record.sections) {
    lines.push('', `## ${section.heading}`);
    for (const field of section.fields) {
      const text = answer(field, values);
      if (field.kind === 'textarea') lines.push('', `### ${field.label}`, '', text);
      else lines.push('', `${field.label}: ${text}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** The saved file's name: conversation-record-2026-11-23.txt, from the conversation's date when it has one. */
export function recordFileName(values: Readonly<Record<string, string>>): string {
  const date = dateAnswer(DATE_FIELD, values);
  return date ? `conversation-record-${date}.txt` : 'conversation-record.txt';
}
