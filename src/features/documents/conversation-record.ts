/**
 * The conversation record: its questions, and the text file made from the answers.
 * The page renders the form from these definitions and the browser script saves with
 * recordToText(), so the form and the saved file cannot ask different questions.
 */
import { longDate, parseIsoDate } from '../../vocabulary/dates.ts';

/** One question on the form. */
export interface RecordField {
  /** The form control's name and id. */
  readonly id: string;
  /** The question, as its label (or legend, for a choice or a date). */
  readonly label: string;
  /** Optional. A hint under the label, linked to the control with aria-describedby. */
  readonly hint?: string;
  /** What kind of control it is: a date is three boxes (day, month, year), as GOV.UK asks for dates. */
  readonly kind: 'date' | 'text' | 'textarea' | 'choice';
  /** For a textarea: how many lines it shows, and so how much writing space it prints with. */
  readonly rows?: number;
  /** For a choice: the answers, one radio button each. */
  readonly options?: readonly string[];
}

/** A part of the form, printed and saved under its own heading. */
export interface RecordSection {
  readonly heading: string;
  readonly fields: readonly RecordField[];
}

/** The questions, in the order the guidance describes a quality conversation. */
export const RECORD_SECTIONS: readonly RecordSection[] = [
  {
    heading: 'The conversation',
    fields: [
      { id: 'date', label: 'Date of the conversation', hint: 'For example, 27 3 2026', kind: 'date' },
      { id: 'how', label: 'How did it take place?', kind: 'choice', options: ['Phone call', 'Meeting', 'Other'] },
      {
        id: 'who',
        label: 'Who took part',
        hint: "Write each person's role and agency, not their name: for example, “class teacher, primary school”. Add names only if your own agency's records need them.",
        kind: 'textarea',
        rows: 4,
      },
    ],
  },
  {
    heading: 'What you talked about',
    fields: [
      { id: 'concerns', label: 'The concerns', hint: 'What is worrying people, and why.', kind: 'textarea', rows: 5 },
      { id: 'needs', label: "The child's needs", hint: 'What the child needs that they are not getting now.', kind: 'textarea', rows: 5 },
      {
        id: 'strengths',
        label: 'Strengths',
        hint: 'What is going well for the child and the family, and who already supports them.',
        kind: 'textarea',
        rows: 4,
      },
      {
        id: 'voice',
        label: 'What the child and the family said',
        hint: 'Their views and wishes, in their own words where you can.',
        kind: 'textarea',
        rows: 4,
      },
    ],
  },
  {
    heading: 'Consent',
    fields: [
      { id: 'consent', label: 'Was consent considered?', kind: 'choice', options: ['Yes', 'No'] },
      {
        id: 'consent-how',
        label: 'How consent was considered',
        hint: 'Who was asked, what they agreed to, or why consent was not asked for.',
        kind: 'textarea',
        rows: 3,
      },
    ],
  },
  {
    heading: 'What happens next',
    fields: [
      { id: 'agreed', label: 'What was agreed', hint: 'The help, who will do what, and by when.', kind: 'textarea', rows: 5 },
      {
        id: 'lead',
        label: 'Who coordinates the help (the Lead Practitioner)',
        hint: 'Their role and agency.',
        kind: 'text',
      },
      { id: 'review', label: 'When it will be reviewed', hint: 'For example, 8 5 2026', kind: 'date' },
    ],
  },
  {
    heading: 'At the review',
    fields: [
      { id: 'reviewed', label: 'Date of the review', hint: 'For example, 8 5 2026', kind: 'date' },
      {
        id: 'outcome',
        label: "How well did it meet the child's needs?",
        hint: 'What changed for the child, and what happens now.',
        kind: 'textarea',
        rows: 8,
      },
    ],
  },
];

/** Every question, in order. */
export const RECORD_FIELDS: readonly RecordField[] = RECORD_SECTIONS.flatMap((s) => s.fields);

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
function answer(field: RecordField, values: Readonly<Record<string, string>>): string {
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
export function recordToText(values: Readonly<Record<string, string>>): string {
  const lines = [
    '# Conversation record',
    '',
    'Made on the Leeds early help website. It is not a case record: keep it as your own agency says.',
  ];
  for (const section of RECORD_SECTIONS) {
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
  const date = dateAnswer('date', values);
  return date ? `conversation-record-${date}.txt` : 'conversation-record.txt';
}
