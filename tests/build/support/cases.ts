/**
 * Bad content, made from one base: tests/fixtures/content/base/ is a small valid content
 * folder with every collection, and each case here is the base with a few small, named
 * edits ("remove the `reviewed` line from guidance/consent.mdx"). A case is written into a
 * fresh folder under tests/.tmp/ (git ignores it) for the checker or `astro sync` to read,
 * so the tests hold the content as an author would write it, one mistake at a time.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The base fixture: valid content with every collection. */
export const BASE = 'tests/fixtures/content/base';

/** The files of a content folder by path inside it, or null for a folder that does not exist. */
type Files = Map<string, string> | null;

/** One small edit to the base, with the words that say what it does. */
export interface Edit {
  readonly says: string;
  readonly apply: (files: Map<string, string>) => Files;
}

function text(files: Map<string, string>, file: string): string {
  const content = files.get(file);
  if (content === undefined) throw new Error(`The base fixture has no ${file}.`);
  return content;
}

/** Changes `from` to `to` in a file; `from` must be there exactly once, so an edit never misses. */
export function change(file: string, from: string, to: string): Edit {
  return {
    says: `in ${file}, change \`${from}\` to \`${to}\``,
    apply: (files) => {
      const content = text(files, file);
      if (content.split(from).length !== 2) throw new Error(`\`${from}\` is not in ${file} exactly once.`);
      return new Map(files).set(file, content.replace(from, to));
    },
  };
}

/**
 * Removes the lines that set these keys (`key:` or `- key:`, at any indent) from a file;
 * a key given with its value (`label: The concerns`) picks out one line of several.
 */
export function removeLines(file: string, ...keys: string[]): Edit {
  return {
    says: `remove the ${keys.map((k) => `\`${k}\``).join(', ')} line${keys.length > 1 ? 's' : ''} from ${file}`,
    apply: (files) => {
      const lines = text(files, file).split('\n');
      const sets = (line: string, key: string) =>
        line
          .trim()
          .replace(/^- /, '')
          .startsWith(key.includes(':') ? key : `${key}:`);
      const kept = lines.filter((line) => !keys.some((k) => sets(line, k)));
      if (lines.length - kept.length !== keys.length) throw new Error(`${file} does not have one line for each of ${keys.join(', ')}.`);
      return new Map(files).set(file, kept.join('\n'));
    },
  };
}

/** Adds a line after the one line that is `after`. */
export function addLine(file: string, after: string, line: string): Edit {
  const edit = change(file, `${after}\n`, `${after}\n${line}\n`);
  return { says: `in ${file}, add the line \`${line.trim()}\` after \`${after.trim()}\``, apply: edit.apply };
}

/** Swaps the two lines that contain `a` and `b`. */
export function swapLines(file: string, a: string, b: string): Edit {
  return {
    says: `in ${file}, swap the lines with \`${a}\` and \`${b}\``,
    apply: (files) => {
      const lines = text(files, file).split('\n');
      const i = lines.findIndex((l) => l.includes(a));
      const j = lines.findIndex((l) => l.includes(b));
      if (i < 0 || j < 0) throw new Error(`${file} has no line with \`${i < 0 ? a : b}\`.`);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return new Map(files).set(file, lines.join('\n'));
    },
  };
}

/** Renames a file or a folder. */
export function rename(from: string, to: string): Edit {
  return {
    says: `rename ${from} to ${to}`,
    apply: (files) => {
      const moved = [...files].map(
        ([path, content]) => [path === from || path.startsWith(`${from}/`) ? to + path.slice(from.length) : path, content] as const,
      );
      if (moved.every(([path], i) => path === [...files.keys()][i])) throw new Error(`The base fixture has no ${from}.`);
      return new Map(moved);
    },
  };
}

/** Removes a file. */
export function remove(file: string): Edit {
  return {
    says: `remove ${file}`,
    apply: (files) => {
      text(files, file);
      const left = new Map(files);
      left.delete(file);
      return left;
    },
  };
}

/** Removes the whole content folder. */
export const removeFolder: Edit = { says: 'remove the whole content folder', apply: () => null };

/** The bad-content cases, each the base with its edits. The build tests and the checker's tests share them. */
export const CASES = {
  'contact-missing-fields': [removeLines('contacts/contact-centre.mdx', 'for', 'hours', 'source')],
  'contact-bad-phone': [change('contacts/contact-centre.mdx', 'phone: 0113 222 4403', 'phone: 0113 376 033')],
  'contact-duplicate-number': [
    change('contacts/duty-and-advice.mdx', 'phone: 0113 376 0336', 'phone: 0113 222 4403'),
    removeLines('contacts/duty-and-advice.mdx', 'option'),
  ],
  'guidance-bad-fact': [change('guidance/consent.mdx', 'facts: [R13]', 'facts: [R99]')],
  'guidance-missing-reviewed': [removeLines('guidance/consent.mdx', 'reviewed')],
  'fact-not-carried': [change('guidance/sources.mdx', 'facts: [R1, R2,', 'facts: [R2,')],
  'guidance-key-typo': [change('guidance/consent.mdx', 'reviewed:', 'reveiwed:')],
  'guidance-typed-number': [
    change('guidance/consent.mdx', 'Always consider consent.', 'Ring 0113 376 0336 and read <Term id="missing">this</Term>.'),
  ],
  'glossary-missing-summary': [removeLines('glossary/cluster.mdx', 'summary')],
  'no-such-folder': [removeFolder],
  'folder-misnamed': [rename('glossary', 'glossery')],
  'file-misnamed': [rename('facts.yaml', 'fact.yaml')],
  'page-key-typo': [change('pages/home.mdx', 'description:', 'descripton:')],
  'page-misnamed': [rename('pages/home.mdx', 'pages/hom.mdx')],
  'page-unknown-component': [change('pages/training.mdx', '<LearningOutcomes />', '<LearningOutcome />')],
  'block-missing': [remove('blocks/ground-rules.mdx')],
  'block-missing-title': [removeLines('blocks/handout-questions.mdx', 'title')],
  'block-unshown-title': [addLine('blocks/footer.mdx', '# The footer.', 'title: About this site')],
  'record-missing-field': [removeLines('conversation-record.yaml', 'label: Date of the conversation')],
  'record-no-date': [change('conversation-record.yaml', 'id: date', 'id: when')],
  'fact-unknown-id': [addLine('facts.yaml', '  R17: Fact R17', '  R18: A fact the sources do not have')],
  'fact-missing-label': [removeLines('facts.yaml', 'E17')],
  'outcome-unknown-guidance': [change('learning-outcomes.yaml', 'guidance: consent', 'guidance: consnet')],
  'document-unknown-id': [change('documents.yaml', 'poster:', 'posters:')],
  'scenario-broken-graph': [
    change('scenarios/sam.yaml', 'next: agree, feedback: Mum knows most.', 'next: nde-3, feedback: Mum knows most.'),
  ],
  'scenario-broken-schema': [change('scenarios/sam.yaml', 'fictional: true', 'fictional: false')],
  'scenario-giveaway': [
    swapLines('scenarios/sam.yaml', '{ id: form,', '{ id: talk,'),
    swapLines('scenarios/sam.yaml', '{ id: refer,', '{ id: plan,'),
  ],
} satisfies Record<string, Edit[]>;

/** The name of a bad-content case. */
export type CaseName = keyof typeof CASES;

/** What a case changes, in words: "remove the `reviewed` line from guidance/consent.mdx". */
export function caseSays(name: CaseName): string {
  return CASES[name].map((e) => e.says).join('; ');
}

/** The base's files, read once. */
let base: Map<string, string> | undefined;
function baseFiles(): Map<string, string> {
  base ??= new Map(
    readdirSync(BASE, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => {
        const path = join(d.parentPath, d.name);
        return [path.slice(BASE.length + 1).replaceAll('\\', '/'), readFileSync(path, 'utf8')] as const;
      }),
  );
  return base;
}

/** A case's files: the base with its edits applied, in order. */
function caseFiles(name: CaseName | 'base'): Files {
  let files: Files = baseFiles();
  for (const edit of name === 'base' ? [] : CASES[name]) {
    if (files === null) throw new Error(`Case ${name}: an edit after removing the folder.`);
    files = edit.apply(files);
  }
  return files;
}

/** The text one file of a case has, without writing anything (for the browser tests, which upload it). */
export function caseFileText(name: CaseName | 'base', file: string): string {
  const files = caseFiles(name);
  const content = files?.get(file);
  if (content === undefined) throw new Error(`Case ${name} has no ${file}.`);
  return content;
}

const written: string[] = [];

/**
 * Writes a case (or the base itself) into a fresh folder under tests/.tmp/ and returns the
 * folder's path, relative to the project like the real `content`. Remove them with
 * removeWrittenCases() when the tests are done.
 */
export function writeCase(name: CaseName | 'base'): string {
  mkdirSync('tests/.tmp', { recursive: true });
  const parent = mkdtempSync('tests/.tmp/case-');
  written.push(parent);
  const root = `${parent}/${name}`;
  const files = caseFiles(name);
  if (files === null) return root;
  for (const [path, content] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** Removes every folder writeCase() made in this process. */
export function removeWrittenCases(): void {
  for (const parent of written.splice(0)) rmSync(parent, { recursive: true, force: true });
}

/** Puts `content` where a case's folder is named in a message, so messages read as the real folder's do. */
export function asContent(output: string, root: string): string {
  return output.replaceAll(root, 'content');
}
