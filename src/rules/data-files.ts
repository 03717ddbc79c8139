/**
 * The checks for the data files at the top of `content/` (facts, learning outcomes, the
 * conversation record's questions, the documents' words): each file's schema, run on the
 * YAML as written so that each problem names its line, and the cross-references its
 * schema cannot see: fact ids against src/vocabulary/facts.ts, documents against
 * src/features/documents/documents.ts, guidance ids against content/guidance/. Pure: text in, messages out.
 */
import type { z } from 'astro/zod';
import type { KnownIds } from './content-text.ts';
import { DOCUMENT_IDS, HANDOUT_WORDS } from '../vocabulary/documents.ts';
import { FACT_IDS, FACT_SOURCES } from '../vocabulary/facts.ts';
import { conversationRecordSchema } from '../schemas/conversation-record.ts';
import { documentsFileSchema } from '../schemas/documents.ts';
import { factsFileSchema } from '../schemas/facts.ts';
import { learningOutcomesFileSchema } from '../schemas/learning-outcomes.ts';
import { didYouMean } from '../vocabulary/messages.ts';
import { parseYaml, schemaProblems, type ParsedYaml } from './yaml-schema.ts';

type Where = Extract<ParsedYaml, { ok: true }>['where'];

/** Ids a file must name exactly: one message for each unknown id and each missing one. */
function sameIds(where: Where, key: string[], written: readonly string[], expected: readonly string[], say: IdWords): string[] {
  const label = (id: string) => [...key, id].join('.');
  return [
    ...written
      .filter((id) => !expected.includes(id))
      .map((id) => `${where([...key, id])}: ${label(id)}: ${say.unknown(id)}${didYouMean(id, expected)} ${say.known}`),
    ...expected.filter((id) => !written.includes(id)).map((id) => `${where(key)}: ${key.join('.') || '(top level)'}: ${say.missing(id)}`),
  ];
}

/** How `sameIds` words its messages. */
interface IdWords {
  unknown: (id: string) => string;
  known: string;
  missing: (id: string) => string;
}

function checkFacts(data: z.infer<typeof factsFileSchema>, where: Where): string[] {
  return [
    ...sameIds(where, ['sources'], Object.keys(data.sources), FACT_SOURCES, {
      unknown: (id) => `\`${id}\` is not the letter of a source document.`,
      known: `Fact ids start with ${FACT_SOURCES.join(' or ')} (src/vocabulary/facts.ts).`,
      missing: (id) => `Add \`${id}:\` and the name of the source document whose facts' ids start with ${id}.`,
    }),
    ...sameIds(where, ['facts'], Object.keys(data.facts), FACT_IDS, {
      unknown: (id) => `\`${id}\` is not a fact id.`,
      known: `The ids are fixed in src/vocabulary/facts.ts: ${FACT_IDS.join(', ')}. Correct the id, or add the fact there first.`,
      missing: (id) => `Add \`${id}:\` and its label: every fact needs a label, shown on the pages that carry it.`,
    }),
  ];
}

function checkDocuments(data: z.infer<typeof documentsFileSchema>, where: Where): string[] {
  const ids = [...DOCUMENT_IDS, HANDOUT_WORDS];
  const handout = data[HANDOUT_WORDS];
  return [
    ...sameIds(where, [], Object.keys(data), ids, {
      unknown: (id) => `\`${id}\` is not a document the site makes.`,
      known: `The documents are: ${ids.join(', ')} (their pages and page limits are in src/features/documents/documents.ts).`,
      missing: (id) => `Add \`${id}:\` with its \`title\`, \`name\` and \`purpose\`.`,
    }),
    ...(['title', 'name'] as const)
      .filter((field) => handout && !handout[field].includes('{scenario}'))
      .map(
        (field) =>
          `${where([HANDOUT_WORDS, field])}: ${HANDOUT_WORDS}.${field}: write {scenario} where the scenario's title goes, or every handout has the same ${field}.`,
      ),
  ];
}

function checkOutcomes(data: z.infer<typeof learningOutcomesFileSchema>, where: Where, known: KnownIds): string[] {
  return data.outcomes.flatMap(({ guidance }, i) =>
    known.guidance.has(guidance)
      ? []
      : [
          `${where(['outcomes', i, 'guidance'])}: outcomes.${i}.guidance: there is no guidance page \`${guidance}\` (content/guidance/${guidance}.mdx).${didYouMean(guidance, known.guidance)} Use the id of a guidance page: its file name without .mdx.`,
        ],
  );
}

/** A data file: its schema, where the schema is documented, and its cross-reference checks. */
interface DataFile<T> {
  schema: z.ZodType<T>;
  schemaFile: string;
  cross?: (data: T, where: Where, known: KnownIds) => string[];
}
const dataFile = <T>(file: DataFile<T>) => file as DataFile<unknown>;

/** The data files at the top of `content/`, by file name. Each must be there. */
export const DATA_FILES = {
  'facts.yaml': dataFile({ schema: factsFileSchema, schemaFile: 'src/schemas/facts.ts', cross: checkFacts }),
  'learning-outcomes.yaml': dataFile({
    schema: learningOutcomesFileSchema,
    schemaFile: 'src/schemas/learning-outcomes.ts',
    cross: checkOutcomes,
  }),
  'conversation-record.yaml': dataFile({ schema: conversationRecordSchema, schemaFile: 'src/schemas/conversation-record.ts' }),
  'documents.yaml': dataFile({ schema: documentsFileSchema, schemaFile: 'src/schemas/documents.ts', cross: checkDocuments }),
} as const;
export type DataFileName = keyof typeof DATA_FILES;

/** Whether a file name is one of the data files. */
export function isDataFile(name: string): name is DataFileName {
  return Object.hasOwn(DATA_FILES, name);
}

/**
 * Checks one data file's text.
 * @param text the YAML
 * @param file the path to name in messages, such as "content/facts.yaml"
 * @param name which data file it is
 * @param known the ids that exist, for cross-references
 * @returns one message per problem, each starting with the file and line
 */
export function checkDataFileText(text: string, file: string, name: DataFileName, known: KnownIds): string[] {
  const parsed = parseYaml(text, file, 1, 'the file');
  if (!parsed.ok) return parsed.problems;
  const { schema, schemaFile, cross } = DATA_FILES[name];
  const { problems, data } = schemaProblems(parsed, schema, schemaFile, '(top level)');
  if (problems.length > 0 || !cross) return problems;
  return cross(data, parsed.where, known);
}
