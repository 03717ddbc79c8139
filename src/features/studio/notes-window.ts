/**
 * Speaker notes for a studio draft. The page has no scenario of its own: it asks the
 * presenter window that opened it for the draft (postMessage, same origin only, checked
 * against the schema), writes the notes for every slide as the site's notes pages do,
 * then follows the presenter view over the same BroadcastChannel. Nothing is stored.
 */
import './no-eval.ts';
import { paragraphs } from '../scenarios/refs.ts';
import { QUALITIES } from '../../vocabulary/scenario.ts';
import { isStudioMessage, type StudioMessage } from './messages.ts';
import { choiceLetter } from '../training/votes.ts';
import { scenarioSchema, type Scenario } from '../../schemas/scenario.ts';
import { followPresenter } from '../training/notes-window.ts';

type Child = Node | string | false | undefined;

function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== false && c !== undefined) e.append(c);
  return e;
}

const paras = (text: string) => paragraphs(text).map((p) => el('p', {}, p));

function section(key: string, heading: string, ...children: Child[]): HTMLElement {
  const id = `notes-${key.replace(/[^a-z0-9-]/g, '-')}`;
  return el('section', { class: 'notes-section', 'data-notes': key, 'aria-labelledby': id }, el('h2', { id }, heading), ...children);
}

/** The notes for every slide of a scenario, as the site's notes pages write them. */
export function notesFor(scenario: Scenario): HTMLElement[] {
  const { conversation, checklist } = scenario;
  const nodeTitle = (id: string) =>
    conversation.steps.find((s) => s.id === id)?.title ?? `Ending: ${conversation.endings.find((e) => e.id === id)?.title ?? id}`;
  const levelName = (id: string) => checklist.levels.find((l) => l.id === id)?.name ?? id;
  return [
    section(
      'intro',
      'Introduction and the case',
      el('p', {}, scenario.teaches),
      el('p', {}, 'Say that the case is fictional: every name and detail is invented. Agree the ground rules before you start.'),
      el('h3', {}, 'Learning points to draw out'),
      el('ul', {}, ...scenario.learningPoints.map((p) => el('li', {}, p))),
    ),
    section(
      'checklist',
      'The checklist route',
      el(
        'p',
        {},
        'Tick the form with the room. Ask which indicators apply and tick what the room agrees; then show the level the form decides and what happened.',
      ),
      el(
        'table',
        { class: 'compact-table' },
        el('caption', { class: 'visually-hidden' }, "The form's indicators, their levels, and whether the facts of the case support them"),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, 'Indicator'),
            el('th', { scope: 'col' }, 'Level'),
            el('th', { scope: 'col' }, 'Case supports it'),
          ),
        ),
        el(
          'tbody',
          {},
          ...checklist.items.map((i) =>
            el('tr', {}, el('td', {}, i.label), el('td', {}, levelName(i.level)), el('td', {}, i.applies ? 'Yes' : 'No')),
          ),
        ),
      ),
      el('h3', {}, 'Where the form can lead'),
      ...checklist.endings.flatMap((e) => [el('h4', {}, e.title), ...paras(e.debrief)]),
    ),
    ...conversation.steps.map((step) =>
      section(
        `step:${step.id}`,
        `Step: ${step.title}`,
        el('p', { class: 'notes-prompt' }, el('strong', {}, 'Asked on screen:'), ` ${step.prompt}`),
        el(
          'div',
          { class: 'notes-votes', 'data-votes': '', hidden: '' },
          el('h3', {}, 'The vote so far'),
          el(
            'ul',
            {},
            ...step.choices.map((c, i) =>
              el(
                'li',
                { 'data-vote-choice': c.id, 'data-letter': choiceLetter(i) },
                `${choiceLetter(i)}: `,
                el('span', { 'data-vote-count': '' }, '0 votes'),
              ),
            ),
          ),
          el('p', { 'data-room-choice': '' }),
        ),
        step.discussion.length > 0 && el('h3', {}, 'Questions for the room'),
        step.discussion.length > 0 && el('ul', {}, ...step.discussion.map((q) => el('li', {}, q))),
        step.facilitatorNotes !== undefined && el('h3', {}, "Facilitator's notes"),
        ...(step.facilitatorNotes ? paras(step.facilitatorNotes) : []),
        el('h3', {}, 'The choices'),
        el(
          'ol',
          { class: 'notes-choices' },
          ...step.choices.map((c, i) =>
            el(
              'li',
              {},
              el(
                'p',
                {},
                el('strong', {}, `${choiceLetter(i)}. ${c.label}`),
                ' ',
                el('span', { class: `quality quality--${c.quality}` }, QUALITIES[c.quality]),
              ),
              ...paras(c.feedback),
              el('p', { class: 'meta' }, `Leads to: ${nodeTitle(c.next)}`),
            ),
          ),
        ),
      ),
    ),
    ...conversation.endings.map((e) => section(`ending:${e.id}`, `Ending: ${e.title}`, ...paras(e.debrief))),
    section(
      'debrief',
      'Debrief',
      el('p', {}, 'Set the room’s route beside the checklist route and the strongest conversation route. Ask where and why they differ.'),
      el('h3', {}, 'Learning points'),
      el('ul', {}, ...scenario.learningPoints.map((p) => el('li', {}, p))),
    ),
  ];
}

const root = document.querySelector<HTMLElement>('[data-studio-notes]');
const status = document.querySelector<HTMLElement>('[data-studio-notes-status]');
if (root && status) {
  let started = false;
  window.addEventListener('message', (event) => {
    if (
      started ||
      event.origin !== location.origin ||
      event.source !== window.opener ||
      !isStudioMessage(event.data) ||
      event.data.kind !== 'studio-draft'
    )
      return;
    const parsed = scenarioSchema.safeParse(event.data.draft);
    if (!parsed.success) {
      status.textContent = 'The draft does not pass the scenario checks. Fix it in the studio first.';
      return;
    }
    started = true;
    const title = root.querySelector('[data-notes-title]');
    if (title) title.textContent = `${parsed.data.title}: speaker notes`;
    root.querySelector('[data-notes-sections]')?.replaceChildren(...notesFor(parsed.data));
    status.hidden = true;
    followPresenter(root);
  });
  if (window.opener) (window.opener as Window).postMessage({ kind: 'studio-ready' } satisfies StudioMessage, location.origin);
  else
    status.textContent =
      'Open these notes from the presenter view’s Speaker notes button, after opening the presenter view from the scenario studio.';
}
