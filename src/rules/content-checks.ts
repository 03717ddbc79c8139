/**
 * An Astro integration that runs src/rules/content-text.ts over every file in content/
 * before anything is built (and when the dev server starts), so a bad reference or a
 * hand-typed number fails with the file, the line and the fix.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContentText, type KnownIds } from './content-text.ts';
import { contentRoot } from '../collections/content-root.ts';
import { checkDataFileText, DATA_FILES, isDataFile } from './data-files.ts';
import { checkDuplicateNumbers, checkEntryIds, checkEntryText, ENTRY_KINDS, readFrontmatter, type EntryKind } from './frontmatter.ts';
import { didYouMean } from '../vocabulary/messages.ts';
import { uncarriedFacts } from '../vocabulary/facts.ts';
import { checkScenarioFolder } from './scenario-folder.ts';

/**
 * The build's stop for bad content, named so that a reader of the build log knows this is
 * about the content, not the code. It is an AstroError, so Astro prints its message and its
 * hint, and it has no stack trace: an author needs the file and the fix, not where in the
 * checker the problem was found.
 */
export class ContentCheckError extends AstroError {
  override name = 'ContentCheckError';
  constructor(problems: readonly string[]) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    super(
      `The content has ${count}, so the site was not built:\n${problems.map((p) => `  ${p}`).join('\n')}`,
      'Each line names the file, the line and the field, and says what to change. Fix them, then build again. The fields of each kind of file are documented in src/schemas/.',
    );
    this.stack = '';
  }
}

function filesIn(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(mdx?|ya?ml|json)$/.test(f))
      .map((f) => join(folder, f));
  } catch {
    return [];
  }
}

function ids(folder: string): Set<string> {
  return new Set(filesIn(folder).map((f) => relative(folder, f).replace(/\.[^.]+$/, '')));
}

/** The ids of the contacts, glossary terms and guidance pages under `root`. */
export function knownIds(root: string): KnownIds {
  return {
    contacts: ids(join(root, 'contacts')),
    glossary: ids(join(root, 'glossary')),
    guidance: ids(join(root, 'guidance')),
  };
}

/** The folders a content folder holds, one per collection. */
export const CONTENT_FOLDERS = ['contacts', 'glossary', 'guidance', 'scenarios', 'pages', 'blocks'] as const;

/** The data files at the top of a content folder, one per collection. */
export const CONTENT_FILES = Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[];

/**
 * Checks that the content folder is there and holds the collections' folders and data
 * files, and nothing misnamed beside them: a wrong or misspelt folder or file would
 * otherwise build a site with a part missing.
 */
export function checkContentRoot(root: string): string[] {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return [
      `The content folder \`${root}\` does not exist. Run the build from the project's top folder, or point CONTENT_ROOT at a folder holding ${CONTENT_FOLDERS.join(', ')} and ${CONTENT_FILES.join(', ')}.`,
    ];
  }
  const entries = readdirSync(root, { withFileTypes: true });
  const present = entries.filter((d) => d.isDirectory()).map((d) => d.name);
  const files = entries.filter((d) => d.isFile() && !d.name.startsWith('.')).map((d) => d.name);
  const known: readonly string[] = CONTENT_FOLDERS;
  return [
    ...present
      .filter((name) => !known.includes(name))
      .map(
        (name) =>
          `${join(root, name)} is not a content folder the site reads.${didYouMean(name, CONTENT_FOLDERS)} The folders are: ${CONTENT_FOLDERS.join(', ')}.`,
      ),
    ...CONTENT_FOLDERS.filter((name) => !present.includes(name)).map(
      (name) =>
        `${join(root, name)} is missing. Every content folder holds ${CONTENT_FOLDERS.join(', ')}: add the \`${name}\` folder (it may be empty).`,
    ),
    ...files
      .filter((name) => !isDataFile(name))
      .map(
        (name) =>
          `${join(root, name)} is not a content file the site reads.${didYouMean(name, CONTENT_FILES)} The files beside the folders are: ${CONTENT_FILES.join(', ')}.`,
      ),
    ...CONTENT_FILES.filter((name) => !files.includes(name)).map(
      (name) =>
        `${join(root, name)} is missing. Every content folder holds ${CONTENT_FILES.join(', ')}: add \`${name}\` (see ${DATA_FILES[name].schemaFile}).`,
    ),
  ];
}

/** The contacts' numbers, for the check that no number is written twice. */
function contactNumbers(root: string) {
  return filesIn(join(root, 'contacts')).map((file) => {
    const text = readFileSync(file, 'utf8');
    const data = readFrontmatter(text) ?? {};
    const phone = typeof data['phone'] === 'string' ? data['phone'] : undefined;
    const option = typeof data['option'] === 'number' ? data['option'] : undefined;
    const line = text.split('\n').findIndex((l) => /^phone:/.test(l)) + 1 || undefined;
    return { file: relative(process.cwd(), file), line, name: String(data['name'] ?? file), phone, option };
  });
}

/**
 * Every fact from the sources reaches the site: each fact id is in the `facts:` list of at
 * least one guidance page (whose words then say it).
 */
export function checkFactCoverage(root: string): string[] {
  const folder = join(root, 'guidance');
  const lists = filesIn(folder)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => readFrontmatter(readFileSync(file, 'utf8'))?.['facts'])
    .map((facts) => (Array.isArray(facts) ? facts.map(String) : []));
  return uncarriedFacts(lists).map(
    (id) =>
      `${relative(process.cwd(), folder)}: no guidance page carries the fact ${id} (content/facts.yaml says what it is). Every fact from the sources must reach the site: say it on the guidance page it belongs to, and add \`${id}\` to that page's \`facts:\` list.`,
  );
}

/** Checks every content file; returns one message per problem, each starting with its file and line. */
export function checkContentFolder(root: string): string[] {
  const known = knownIds(root);
  const duplicates = checkDuplicateNumbers(contactNumbers(root));
  // Pages and blocks are fixed files: each one the site shows must be there, and no other.
  const fixed = (['pages', 'blocks'] as const).flatMap((kind) =>
    checkEntryIds(kind, relative(process.cwd(), join(root, kind)), [...ids(join(root, kind))]),
  );
  // Scenario files get the same text checks from the scenario checker, with their other rules.
  return filesIn(root)
    .filter((file) => !relative(root, file).startsWith('scenarios'))
    .flatMap((file) => {
      const path = relative(process.cwd(), file);
      const kind = relative(root, file).split(/[\\/]/)[0] as EntryKind;
      const text = readFileSync(file, 'utf8');
      const entry =
        kind in ENTRY_KINDS && file.endsWith('.mdx')
          ? checkEntryText(text, path, kind, known)
          : isDataFile(kind)
            ? checkDataFileText(text, path, kind, known)
            : [];
      return [...entry, ...checkContentText(text, known, kind === 'contacts').map((p) => `${path}:${p.line}: ${p.message}`)];
    })
    .concat(fixed, duplicates, checkFactCoverage(root));
}

export default function contentChecks(): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': () => {
        const root = contentRoot();
        const missing = checkContentRoot(root);
        const problems = missing.length > 0 ? missing : [...checkContentFolder(root), ...checkScenarioFolder(root, knownIds(root))];
        if (problems.length > 0) {
          throw new ContentCheckError(problems);
        }
      },
    },
  };
}
