/**
 * The frontmatter checks for the MDX collections (contacts, glossary terms, guidance pages,
 * pages and blocks): the collection's schema, run on the file as written so that each
 * problem names its line; the cross-references the schema cannot see (a glossary term's
 * `related` ids); which components the body may use; and, for pages and blocks, that
 * the file is one the site shows. Pure: text in, messages out. The build runs it on every
 * file before Astro reads the collections (src/rules/content-checks.ts), so an
 * author meets these words, not zod's.
 */
import { parseDocument } from 'yaml';
import type { KnownIds } from './content-text.ts';
import { toNationalDigits } from '../vocabulary/phone.ts';
import { contactSchema } from '../schemas/contact.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { guidanceSchema } from '../schemas/guidance.ts';
import {
  BLOCK_COMPONENTS,
  BLOCK_IDS,
  blockSchema,
  PAGE_COMPONENTS,
  PAGE_IDS,
  pageSchema,
  SHARED_COMPONENTS,
  TITLED_BLOCKS,
  type BlockId,
  type PageId,
} from '../schemas/page.ts';
import { didYouMean } from '../vocabulary/messages.ts';
import { parseYaml, schemaProblems } from './yaml-schema.ts';

/** The collections whose entries are MDX files with frontmatter; `ids` when the site expects fixed files. */
export const ENTRY_KINDS = {
  contacts: { schema: contactSchema, file: 'src/schemas/contact.ts' },
  glossary: { schema: glossarySchema, file: 'src/schemas/glossary.ts' },
  guidance: { schema: guidanceSchema, file: 'src/schemas/guidance.ts' },
  pages: { schema: pageSchema, file: 'src/schemas/page.ts', ids: PAGE_IDS },
  blocks: { schema: blockSchema, file: 'src/schemas/page.ts', ids: BLOCK_IDS },
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

/** The components an entry may use in its body: <Contact> and <Term>, and a page's or block's own. */
export function allowedComponents(kind: EntryKind, id: string): readonly string[] {
  const own =
    kind === 'pages' && Object.hasOwn(PAGE_COMPONENTS, id)
      ? PAGE_COMPONENTS[id as PageId]
      : kind === 'blocks' && Object.hasOwn(BLOCK_COMPONENTS, id)
        ? BLOCK_COMPONENTS[id as BlockId]
        : [];
  return [...SHARED_COMPONENTS, ...own];
}

/** A component in the body that the page does not provide would stop the build with Astro's words; these are ours. */
function checkComponents(text: string, file: string, allowed: readonly string[]): string[] {
  // Comments may name components; blank them out, keeping the lines.
  const body = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, (c) => c.replace(/[^\n]/g, ' '));
  return body.split('\n').flatMap((content, index) =>
    [...content.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)]
      .map((m) => m[1]!)
      .filter((name) => !allowed.includes(name))
      .map(
        (name) =>
          `${file}:${index + 1}: <${name}> is not a component this file can use.${didYouMean(name, allowed)} It can use: ${allowed.map((a) => `<${a}>`).join(', ')}.`,
      ),
  );
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
  const id = (file.split(/[\\/]/).at(-1) ?? '').replace(/\.mdx$/, '');
  const components = checkComponents(text, file, allowedComponents(kind, id));
  // The frontmatter starts on the file's second line, after the opening ---.
  const parsed = parseYaml(match[1]!, file, 2, 'the frontmatter');
  if (!parsed.ok) return parsed.problems;
  const { schema, file: schemaFile } = ENTRY_KINDS[kind];
  const { problems, data } = schemaProblems<unknown>(parsed, schema, schemaFile, '(frontmatter)');
  if (problems.length === 0 && kind === 'blocks') return [...blockTitle(id, data, file, parsed.where), ...components];
  if (problems.length > 0 || kind !== 'glossary') return [...problems, ...components];
  const related = (data as { related: string[] }).related;
  return [
    ...related.flatMap((id, k) =>
      known.glossary.has(id)
        ? []
        : [
            `${parsed.where(['related', k])}: related.${k}: \`related\` lists \`${id}\`, but there is no content/glossary/${id}.mdx.${didYouMean(id, known.glossary)} Use the id of a glossary term (its file name without .mdx).`,
          ],
    ),
    ...components,
  ];
}

/** A block shown under its title must have one; a block shown without would lose it silently. */
function blockTitle(id: string, data: unknown, file: string, where: (path: readonly (string | number)[]) => string): string[] {
  if (!Object.hasOwn(BLOCK_COMPONENTS, id)) return [];
  const title = (data as { title?: string }).title;
  const titled = TITLED_BLOCKS.includes(id as BlockId);
  if (titled && title === undefined)
    return [
      `${file} (line 2): title: Add \`title\`: the heading the site shows above this block, in sentence case (see src/schemas/page.ts).`,
    ];
  if (!titled && title !== undefined)
    return [
      `${where(['title'])}: title: this block is shown without a heading of its own, so its \`title\` would not appear. Remove it, and write any heading in the body (see src/schemas/page.ts).`,
    ];
  return [];
}

/**
 * For the collections whose files the site expects by name (pages and blocks): a file
 * it would not show, and a file it needs that is missing.
 * @param kind the collection
 * @param folder the folder to name in messages, such as "content/pages"
 * @param present the ids of the files there (file names without .mdx)
 */
export function checkEntryIds(kind: EntryKind, folder: string, present: readonly string[]): string[] {
  const entry = ENTRY_KINDS[kind];
  if (!('ids' in entry)) return [];
  const expected: readonly string[] = entry.ids;
  return [
    ...present
      .filter((id) => !expected.includes(id))
      .map(
        (id) =>
          `${folder}/${id}.mdx is not a file the site shows.${didYouMean(id, expected)} Rename it to one of: ${expected.map((e) => `${e}.mdx`).join(', ')}.`,
      ),
    ...expected
      .filter((id) => !present.includes(id))
      .map((id) => `${folder}/${id}.mdx is missing. Add it: the site shows its words (see ${ENTRY_KINDS[kind].file} for its fields).`),
  ];
}

/** A contact as the duplicate-number check needs it. */
export interface ContactNumber {
  file: string;
  /** The line of the file its `phone:` is on, when known. */
  line?: number | undefined;
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
        `${contact.file}${contact.line ? ` (line ${contact.line})` : ''}: phone: \`phone\` ${contact.phone}${contact.option ? ` (option ${contact.option})` : ''} is also the number of ${first.name} in ${first.file}. Each number lives in one contact entry: remove it here and show that contact instead, or correct the number.`,
      );
    else seen.set(key, contact);
  }
  return problems;
}
