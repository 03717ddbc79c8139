/**
 * The words every content check uses: "did you mean", and schema problems put the way an
 * author needs them (what is wrong, where, what to do), never zod's own default wording.
 * Pure, with no Node or Astro imports, so the build, the tests and the browser share it.
 */

/** The edit distance between two short strings (Levenshtein). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The one of `known` closest to `id`, if any is close enough to be what was meant. */
export function closest(id: string, known: Iterable<string>): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const candidate of known) {
    const d = distance(id, candidate);
    if (d <= Math.max(2, Math.floor(id.length / 4)) && (!best || d < best.d)) best = { id: candidate, d };
  }
  return best?.id;
}

/** " Did you mean `x`?" when one of `known` is close to `id`, else "". */
export function didYouMean(id: string, known: Iterable<string>): string {
  const best = closest(id, known);
  return best ? ` Did you mean \`${best}\`?` : '';
}

/** A schema problem as zod reports it: the parts these messages read. */
export interface SchemaIssue {
  code: string;
  message: string;
  keys?: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}

/**
 * A schema problem in an author's words. The schemas give their own messages for most
 * fields; this puts the rest (an unknown key, a missing field, an empty one) the same way.
 * @param issue the zod issue
 * @param path where it is, as keys into the parsed data
 * @param schemaFile the schema that documents the fields, such as "src/schemas/guidance.ts"
 * @param fields the fields allowed where the issue is, for "did you mean"
 */
export function issueMessage(
  issue: SchemaIssue,
  path: readonly (string | number)[],
  schemaFile: string,
  fields: readonly string[] = [],
): string {
  const field = String(path.at(-1) ?? 'the file');
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return issue.keys
      .map(
        (k) =>
          `\`${k}\` is not a field here.${didYouMean(k, fields)} Remove it or correct its name${fields.length > 0 ? `; the fields are: ${fields.join(', ')}` : ''} (see ${schemaFile}).`,
      )
      .join(' ');
  }
  if (!/^(Invalid input|Too small|Too big|Invalid option)/.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message))
    return `Add \`${field}\`: it is required (see ${schemaFile}).`;
  if (issue.code === 'invalid_type')
    return `\`${field}\` is the wrong kind of value: ${issue.message.replace(/^Invalid input: /, '')} (see ${schemaFile}).`;
  if (issue.code === 'too_small' && issue.origin === 'string') return `\`${field}\` is empty. Write it in (see ${schemaFile}).`;
  if (issue.code === 'too_small' && issue.origin === 'array')
    return `\`${field}\` needs at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'item' : 'items'} (see ${schemaFile}).`;
  if (issue.code === 'too_big' && issue.origin === 'array')
    return `\`${field}\` has more than ${String(issue.maximum)} items. Remove some (see ${schemaFile}).`;
  if (issue.code === 'too_small' || issue.code === 'too_big')
    return `\`${field}\` is out of range: ${issue.message.replace(/^Too (small|big): /, '')} (see ${schemaFile}).`;
  return `\`${field}\` has a value the site does not know (see ${schemaFile} for the values it takes).`;
}

/** What the schema walk below reads of a zod schema: its definition. */
interface SchemaDef {
  def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown; in?: unknown };
}

/**
 * The fields an object in a schema allows, found by following `path` (keys into the data)
 * through objects, arrays and optional or defaulted values. Empty when the path leads to no
 * object. Used to say "did you mean" for a misspelt key.
 */
export function fieldsAt(schema: unknown, path: readonly (string | number)[]): string[] {
  let node = schema as SchemaDef | undefined;
  const unwrap = () => {
    while (node?.def && ['optional', 'default', 'nullable', 'prefault', 'readonly', 'pipe'].includes(node.def.type ?? '')) {
      node = (node.def.innerType ?? node.def.in) as SchemaDef | undefined;
    }
  };
  unwrap();
  for (const key of path) {
    if (node?.def?.type === 'object' && typeof key === 'string') node = node.def.shape?.[key] as SchemaDef | undefined;
    else if (node?.def?.type === 'array' && typeof key === 'number') node = node.def.element as SchemaDef | undefined;
    else return [];
    unwrap();
  }
  return node?.def?.type === 'object' && node.def.shape ? Object.keys(node.def.shape) : [];
}
