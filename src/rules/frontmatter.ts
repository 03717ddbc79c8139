/**
 * The frontmatter checks for contacts, glossary terms and guidance pages: the collection's
 * schema, run on the file as written so that each problem names its line, and the
 * cross-references the schema cannot see (a glossary term's `related` ids). Pure: text in,
 * messages out. The build runs it on every file before Astro reads the collections
 * (src/rules/content-checks.ts), so an author meets these words, not zod's.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { KnownIds } from './content-text.ts';
import { toNationalDigits } from '../vocabulary/phone.ts';
import { contactSchema } from '../schemas/contact.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { guidanceSchema } from '../schemas/guidance.ts';
import { didYouMean, fieldsAt, issueMessage } from '../vocabulary/messages.ts';

/** The collections whose entries are MDX files with frontmatter. */
export const ENTRY_KINDS = {
  contacts: { schema: contactSchema, file: 'src/schemas/contact.ts' },
  glossary: { schema: glossarySchema, file: 'src/schemas/glossary.ts' },
  guidance: { schema: guidanceSchema, file: 'src/schemas/guidance.ts' },
} as const;
export type EntryKind = keyof typeof ENTRY_KINDS;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The frontmatter of an MDX file, parsed; undefined when the file has none. Used by tests too. */
export function readFrontmatter(text: string): Record<string, unknown> | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const data: unknown = parseDocument(match[1]!).toJS();
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/**
 * Checks one entry's text.
 * @param text the whole MDX file
 * @param file the path to name in messages, such as "content/guidance/consent.mdx"
 * @param kind which collection it belongs to
 * @param known the ids that exist, for cross-references
 * @returns one message per problem, each starting with the file and line
 */
export function checkEntryText(text: string, file: string, kind: EntryKind, known: KnownIds): string[] {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return [
      `${file} (line 1): the file has no frontmatter. Start it with a line of three hyphens (---), then its fields, then another line of three hyphens (see ${ENTRY_KINDS[kind].file}).`,
    ];
  }
  const lines = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter: lines, prettyErrors: false });
  // The frontmatter starts on the file's second line, after the opening ---.
  const at = (offset: number) => `${file} (line ${lines.linePos(offset).line + 1})`;
  if (doc.errors.length > 0)
    return doc.errors.map((e) => `${at(e.pos[0])}: the frontmatter is not valid YAML: ${e.message.split('\n')[0]}`);
  const lineOf = (path: readonly (string | number)[]) => {
    for (let end = path.length; end >= 0; end--) {
      const node = doc.getIn(path.slice(0, end), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return at(node.range[0]);
    }
    return `${file} (line 2)`;
  };
  const { schema, file: schemaFile } = ENTRY_KINDS[kind];
  const data: unknown = doc.toJS() ?? {};
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      return `${lineOf(path)}: ${path.join('.') || '(frontmatter)'}: ${issueMessage(issue, path, schemaFile, fieldsAt(schema, path))}`;
    });
  }
  if (kind !== 'glossary') return [];
  const related = (parsed.data as { related: string[] }).related;
  return related.flatMap((id, k) =>
    known.glossary.has(id)
      ? []
      : [
          `${lineOf(['related', k])}: related.${k}: \`related\` lists \`${id}\`, but there is no content/glossary/${id}.mdx.${didYouMean(id, known.glossary)} Use the id of a glossary term (its file name without .mdx).`,
        ],
  );
}

/** A contact as the duplicate-number check needs it. */
export interface ContactNumber {
  file: string;
  name: string;
  phone: string | undefined;
  option: number | undefined;
}

/**
 * Two contacts with the same number and menu option would be two sources of truth for one
 * line: change one and the other goes stale. Returns a message for each number used twice.
 */
export function checkDuplicateNumbers(contacts: readonly ContactNumber[]): string[] {
  const seen = new Map<string, ContactNumber>();
  const problems: string[] = [];
  for (const contact of contacts) {
    if (!contact.phone) continue;
    const key = `${toNationalDigits(contact.phone) || contact.phone}/${contact.option ?? ''}`;
    const first = seen.get(key);
    if (first)
      problems.push(
        `${contact.file}: \`phone\` ${contact.phone}${contact.option ? ` (option ${contact.option})` : ''} is also the number of ${first.name} in ${first.file}. Each number lives in one contact entry: remove it here and show that contact instead, or correct the number.`,
      );
    else seen.set(key, contact);
  }
  return problems;
}
