/**
 * Runs a schema on YAML as written, so that each problem names its line: the part of the
 * checker that frontmatter and data files share. Pure: text in, messages out.
 */
import type { z } from 'astro/zod';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { fieldsAt, issueMessage } from '../vocabulary/messages.ts';

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
  return {
    problems: result.error.issues.map((issue) => {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      return `${parsed.where(path)}: ${path.join('.') || top}: ${issueMessage(issue, path, schemaFile, fieldsAt(schema, path))}`;
    }),
  };
}
