/**
 * The graph checks on endings and links: every ending has outcomes on every dimension
 * and a debrief, and every guidance page, glossary term and contact a scenario links to
 * exists. Part of checkScenarioGraph (graph.ts).
 */
import type { Ending } from '../../schemas/scenario.ts';
import { DIMENSIONS } from '../../vocabulary/scenario.ts';
import { choicePath, listIds, stepPath, type DataPath, type Reporter } from './problems.ts';

/** The links any part of a scenario may carry. */
interface Links {
  guidance: readonly string[];
  glossary: readonly string[];
  contacts: readonly string[];
}

const KINDS = {
  guidance: { noun: 'the guidance page', folder: 'content/guidance/', plural: 'Guidance pages' },
  glossary: { noun: 'the glossary term', folder: 'content/glossary/', plural: 'Glossary terms' },
  contacts: { noun: 'the contact', folder: 'content/contacts/', plural: 'Contacts' },
} as const;

function checkLinks(r: Reporter, links: Links, path: DataPath, who: (at: string) => string): void {
  for (const kind of Object.keys(KINDS) as (keyof typeof KINDS)[]) {
    const known = r.options.known[kind];
    links[kind].forEach((id, k) => {
      if (known.has(id)) return;
      const { noun, folder, plural } = KINDS[kind];
      r.add(
        [...path, kind, k],
        (at) =>
          `${who(at)} links to ${noun} \`${id}\`, which does not exist (there is no ${folder}${id}.mdx). ${plural} are: ${listIds([...known].sort())}.`,
      );
    });
  }
}

function checkEnding(r: Reporter, ending: Ending, path: DataPath, name: string): void {
  const who = (at: string) => `${name} \`${ending.id}\` of ${at}`;
  const outcomes = (ending.outcomes ?? {}) as Partial<Record<string, number>>;
  const missing = Object.keys(DIMENSIONS).filter((d) => typeof outcomes[d] !== 'number');
  if (missing.length > 0)
    r.add(
      [...path, 'id'],
      (at) =>
        `${who(at)} has no score for ${listIds(missing)}. Give \`outcomes\` a score from 0 to 4 for each of: ${listIds(Object.keys(DIMENSIONS))}.`,
    );
  if (!ending.debrief?.trim())
    r.add([...path, 'id'], (at) => `${who(at)} has no debrief. Add \`debrief\`: why it turned out this way and what to learn from it.`);
  checkLinks(r, ending, path, who);
}

/** Adds a problem for each ending without outcomes or a debrief, and for each link to nothing. */
export function checkEndingsAndLinks(r: Reporter): void {
  const { scenario } = r;
  checkLinks(r, scenario, [], (at) => `The scenario ${at}`);
  scenario.checklist.endings.forEach((e, i) => checkEnding(r, e, ['checklist', 'endings', i], 'Checklist ending'));
  scenario.conversation.endings.forEach((e, i) => checkEnding(r, e, ['conversation', 'endings', i], 'Ending'));
  scenario.conversation.steps.forEach((step, i) => {
    checkLinks(r, step, stepPath(i), (at) => `Step \`${step.id}\` of ${at}`);
    step.choices.forEach((choice, j) =>
      checkLinks(r, choice, choicePath(i, j), (at) => `Choice \`${choice.id}\` in step \`${step.id}\` of ${at}`),
    );
  });
}
