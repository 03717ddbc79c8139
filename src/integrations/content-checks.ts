/**
 * An Astro integration that runs src/lib/content-checks.ts over every file in content/
 * before anything is built (and when the dev server starts), so a bad reference or a
 * hand-typed number fails with the file, the line and the fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContentText, type KnownIds } from '../lib/content-checks.ts';
import { contentRoot } from '../lib/content-root.ts';
import { checkScenarioFolder } from './scenario-checks.ts';

/** Named so that a reader of the build log knows this is about the content, not the code. */
export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
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

/** Checks every content file; returns one message per problem, each starting with its file and line. */
export function checkContentFolder(root: string): string[] {
  const known = knownIds(root);
  // Scenario files get the same text checks from the scenario checker, with their other rules.
  return filesIn(root).filter((file) => !relative(root, file).startsWith('scenarios')).flatMap((file) => {
    const path = relative(process.cwd(), file);
    const inContacts = relative(root, file).startsWith('contacts');
    return checkContentText(readFileSync(file, 'utf8'), known, inContacts).map((p) => `${path}:${p.line}: ${p.message}`);
  });
}

export default function contentChecks(): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': () => {
        const root = contentRoot();
        const problems = [...checkContentFolder(root), ...checkScenarioFolder(root, knownIds(root))];
        if (problems.length > 0) {
          throw new ContentCheckError(`Content check failed (${problems.length} problem(s)):\n${problems.map((p) => `  ${p}`).join('\n')}`);
        }
      },
    },
  };
}
