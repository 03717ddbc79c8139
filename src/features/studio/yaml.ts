/**
 * Reading and writing scenario files for the studio. A draft is the file's data as
 * plain JSON (what `yaml` parses it to, no defaults filled in), so a file with mistakes
 * still opens and the checks can name them. Writing puts the fields in the order the
 * files in content/scenarios/ use, long text as block scalars (`|-` for text read as
 * paragraphs, `>-` for feedback and debriefs), id lists and outcomes in flow style.
 */
import { Document, isMap, isScalar, isSeq, parse, parseDocument, Scalar, type Node, YAMLMap, YAMLSeq } from 'yaml';
import type { DataPath } from '../../rules/scenario/problems.ts';

/** A scenario file's data, as parsed: an object whose fields may still be wrong. */
export type Draft = Record<string, unknown>;

const LINKS = ['guidance', 'glossary', 'contacts', 'facts'];

/** The order of fields in each kind of object, as the site's files write them. */
export const ORDER = {
  scenario: ['title', 'fictional', 'teaches', 'role', 'themes', 'minutes', 'case', 'learningPoints', ...LINKS, 'checklist', 'conversation'],
  checklist: ['intro', 'levels', 'items', 'endings'],
  level: ['id', 'name', 'min', 'service', 'ending'],
  item: ['id', 'label', 'level', 'applies'],
  ending: ['id', 'title', 'text', 'outcomes', 'fitsEveryRoute', 'debrief', ...LINKS],
  outcomes: ['needsMet', 'familyTrust', 'strengthsRecognised', 'timeToHelp', 'sharedResponsibility'],
  conversation: ['start', 'steps', 'endings'],
  step: ['id', 'title', 'text', 'prompt', 'discussion', 'facilitatorNotes', ...LINKS, 'choices'],
  choice: ['id', 'label', 'next', 'quality', 'feedback', ...LINKS],
} as const;

type Kind = keyof typeof ORDER;

/** Text fields read as paragraphs (written `|-`) and as running prose (written `>-`). */
const LITERAL = new Set(['case', 'intro', 'text']);
const FOLDED = new Set(['teaches', 'debrief', 'feedback', 'facilitatorNotes']);
/** Lists written on one line: `[a, b]`. */
const FLOW_LISTS = new Set(['themes', ...LINKS]);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The kind of object found under `key` in an object of kind `parent`. */
function childKind(parent: Kind, key: string): Kind | undefined {
  if (parent === 'scenario' && (key === 'checklist' || key === 'conversation')) return key;
  if (parent === 'checklist') return ({ levels: 'level', items: 'item', endings: 'ending' } as Record<string, Kind>)[key];
  if (parent === 'conversation') return ({ steps: 'step', endings: 'ending' } as Record<string, Kind>)[key];
  if (parent === 'step' && key === 'choices') return 'choice';
  if (parent === 'ending' && key === 'outcomes') return 'outcomes';
  return undefined;
}

function scalar(doc: Document, key: string, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  if (isScalar(node) && typeof value === 'string') {
    if (LITERAL.has(key)) node.type = Scalar.BLOCK_LITERAL;
    else if (FOLDED.has(key) && !value.includes('\n')) node.type = Scalar.BLOCK_FOLDED;
    else if (FOLDED.has(key)) node.type = Scalar.BLOCK_LITERAL;
  }
  return node;
}

function build(doc: Document, kind: Kind, data: Record<string, unknown>): YAMLMap {
  const map = new YAMLMap();
  if (kind === 'outcomes') map.flow = true;
  const order: readonly string[] = ORDER[kind];
  // Known fields in the files' order, then anything else (the checks name it as not a field).
  const keys = [...order.filter((k) => k in data), ...Object.keys(data).filter((k) => !order.includes(k))];
  for (const key of keys) {
    const value = data[key];
    if (value === undefined) continue;
    map.add(doc.createPair(key, node(doc, kind, key, value)));
  }
  return map;
}

function node(doc: Document, parent: Kind, key: string, value: unknown): Node {
  const kind = childKind(parent, key);
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    seq.flow = FLOW_LISTS.has(key);
    value.forEach((item, i) => {
      const child = kind && isObject(item) ? build(doc, kind, item) : scalar(doc, key, item);
      // A blank line between steps, as the files have.
      if (kind === 'step' && i > 0) child.spaceBefore = true;
      seq.items.push(child);
    });
    return seq;
  }
  if (kind && isObject(value)) return build(doc, kind, value);
  return scalar(doc, key, value);
}

/** Writes a draft as a scenario file, as the files in content/scenarios/ are written. */
export function toYaml(draft: Draft): string {
  const doc = new Document();
  const root = build(doc, 'scenario', draft);
  doc.contents = root;
  doc.commentBefore = ' A fictional case. Every name and detail is invented.';
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if ((key === 'checklist' || key === 'conversation') && isScalar(pair.key)) pair.key.spaceBefore = true;
  }
  return (
    doc
      .toString({ lineWidth: 0, minContentWidth: 0, singleQuote: true, flowCollectionPadding: true })
      // The files write id lists without padding ([a, b]) and outcomes with it ({ needsMet: 4 }).
      .replace(/^(\s*(?:- )?[A-Za-z]+: )\[ (.*) \]$/gm, '$1[$2]')
      .replace(/^(# .*)\n\n/, '$1\n')
  );
}

/** Reads a scenario file's text as a draft; throws an Error with a plain message when it is not a YAML mapping. */
export function fromYaml(text: string): Draft {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) throw new Error(`The file is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const data: unknown = doc.toJS();
  if (!isObject(data)) throw new Error('The file is not a scenario: it should be a list of fields such as `title:` and `case:`.');
  return data;
}

/** The data path of the deepest value written on `line` (1-based) of `text`, if any. */
export function pathAtLine(text: string, line: number): DataPath | undefined {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const from = starts[line - 1];
  if (from === undefined) return undefined;
  const to = starts[line] ?? text.length;
  const doc = parseDocument(text);
  let found: DataPath | undefined;
  const visit = (n: unknown, path: DataPath) => {
    const range = (n as { range?: [number, number, number] } | null)?.range;
    if (!range || range[1] < from || range[0] >= to + 1e9) {
      /* keep looking inside only when the node covers the line */
    }
    if (range && (range[0] > to || range[1] < from)) return;
    if (range) found = path;
    if (isMap(n)) for (const p of n.items) visit(p.value, [...path, String(isScalar(p.key) ? p.key.value : p.key)]);
    else if (isSeq(n)) n.items.forEach((item, i) => visit(item, [...path, i]));
  };
  visit(doc.contents, []);
  return found;
}

/** A file name for a draft: its title as lower-case words joined by hyphens. */
export function fileName(draft: Draft): string {
  const title = typeof draft['title'] === 'string' ? draft['title'] : '';
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'scenario'}.yaml`;
}

/** Parses YAML the way the build's loader does, for comparing data. */
export const parseYaml = (text: string): unknown => parse(text);
