/**
 * Runs a schema on YAML as written, so that each problem names its line: the part of the
 * checker that frontmatter and data files share. Pure: text in, messages out.
 */
import type { z } from 'astro/zod';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { closest, fieldsAt, issueMessage, type SchemaIssue } from '../vocabulary/messages.ts';

/** YAML text parsed with its lines, or the messages for text that is not YAML. */
export type ParsedYaml =
  { ok: true; doc: Document; data: unknown; where: (path: readonly (string | number)[]) => string } | { ok: false; problems: string[] };

/**
 * Parses YAML and says where each part of it is.
 * @param text the YAML
 * @param file the path to name in messages
 * @param firstLine the line of the file the text starts on (2 for frontmatter, after its ---)
 * @param what how to call the text in a message: "the frontmatter", "the file"
 */
export function parseYaml(text: string, file: string, firstLine: number, what: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number) => `${file} (line ${lines.linePos(offset).line + firstLine - 1})`;
  if (doc.errors.length > 0)
    return { ok: false, problems: doc.errors.map((e) => `${at(e.pos[0])}: ${what} is not valid YAML: ${e.message.split('\n')[0]}`) };
  const where = (path: readonly (string | number)[]) => {
    // The closest enclosing node that is written in the file (defaults are not).
    for (let end = path.length; end >= 0; end--) {
      const node = doc.getIn(path.slice(0, end), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return at(node.range[0]);
    }
    return `${file} (line ${firstLine})`;
  };
  return { ok: true, doc, data: doc.toJS() ?? {}, where };
}

/**
 * The schema's problems with parsed YAML, one message each: where, which field, what to do.
 * @param top what to call the whole text when the problem is not in a field
 */
export function schemaProblems<T>(
  parsed: Extract<ParsedYaml, { ok: true }>,
  schema: z.ZodType<T>,
  schemaFile: string,
  top: string,
): { problems: string[]; data?: T } {
  const result = schema.safeParse(parsed.data);
  if (result.success) return { problems: [], data: result.data };
  const issues = result.error.issues.map((issue) => ({
    issue: issue as SchemaIssue,
    path: issue.path.filter((k): k is string | number => typeof k !== 'symbol'),
  }));
  // A field the schema wants that the text does not have at all.
  const absent = (path: readonly (string | number)[]) =>
    path.reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      parsed.data,
    ) === undefined;
  const missing = (path: readonly (string | number)[]) =>
    issues.find(({ issue, path: p }) => issue.code === 'invalid_type' && p.join('.') === path.join('.') && absent(path));
  // A misspelt field is one problem, not two: the unknown key names the field it was
  // meant to be, and that field is then not reported missing.
  const answered = new Set<SchemaIssue>();
  const problems: string[] = [];
  const where = (path: readonly (string | number)[]) => `${parsed.where(path)}: ${path.join('.') || top}`;
  for (const { issue, path } of issues) {
    if (issue.code !== 'unrecognized_keys' || !issue.keys) continue;
    const fields = fieldsAt(schema, path);
    const others: string[] = [];
    for (const key of issue.keys) {
      const meant = closest(key, fields);
      const gap = meant === undefined ? undefined : missing([...path, meant]);
      if (!gap) {
        others.push(key);
        continue;
      }
      answered.add(gap.issue);
      problems.push(
        `${where([...path, key])}: \`${key}\` is not a field here. Did you mean \`${meant}\`? Correct its name (see ${schemaFile}).`,
      );
    }
    answered.add(issue);
    if (others.length > 0) problems.push(`${where(path)}: ${issueMessage({ ...issue, keys: others }, path, schemaFile, fields)}`);
  }
  for (const { issue, path } of issues) {
    if (!answered.has(issue)) problems.push(`${where(path)}: ${issueMessage(issue, path, schemaFile, fieldsAt(schema, path))}`);
  }
  return { problems };
}
