/**
 * The speaker notes window follows the presenter view: it shows the notes for the slide
 * on the projector, the room's vote so far and the timer, and its buttons and keys send
 * commands back. All over a BroadcastChannel, inside this browser; nothing is stored.
 */
import { channelName, isChannelMessage, type ChannelMessage, type Command } from './channel.ts';
import type { PresenterState, Slide } from './presenter.ts';
import { elapsed, formatElapsed, isRunning, stoppedTimer, type TimerState } from './timer.ts';
import { roomChoice, tally } from './votes.ts';
import { keyCommand } from './keys.ts';

const SLIDE_NAMES: Record<Slide, string> = {
  title: 'The title',
  case: 'The case',
  checklist: 'The checklist route: ticking the form',
  'checklist-result': 'The checklist route: what the form decides',
  'checklist-ending': 'The checklist route: what happened',
  situation: 'What happens',
  discuss: 'Pause for discussion',
  reveal: 'The consequences',
  ending: 'Where the room’s choices led',
  debrief: 'The debrief',
};

/** Which notes section goes with the slide on the projector. */
function sectionFor(state: PresenterState): string {
  switch (state.slide) {
    case 'title':
    case 'case':
      return 'intro';
    case 'checklist':
    case 'checklist-result':
    case 'checklist-ending':
      return 'checklist';
    case 'situation':
    case 'discuss':
    case 'reveal':
      return `step:${state.game.node}`;
    case 'ending':
      return `ending:${state.game.finished.conversation}`;
    case 'debrief':
      return 'debrief';
  }
}

function showVotes(section: HTMLElement, state: PresenterState): void {
  const box = section.querySelector<HTMLElement>('[data-votes]');
  if (!box) return;
  const visit = state.visits[state.game.history.length];
  const rows = [...box.querySelectorAll<HTMLElement>('[data-vote-choice]')];
  const ids = rows.map((r) => r.dataset['voteChoice']!);
  const counts = visit?.counts ?? {};
  const bars = tally(ids, counts);
  rows.forEach((row, i) => {
    const count = row.querySelector('[data-vote-count]');
    if (count) count.textContent = `${bars[i]!.votes} ${bars[i]!.votes === 1 ? 'vote' : 'votes'} (${bars[i]!.percent}%)`;
  });
  const room = roomChoice(ids, counts, visit?.override);
  const letter = rows[ids.indexOf(room.choiceId ?? '')]?.dataset['letter'];
  const summary = box.querySelector('[data-room-choice]');
  if (summary) {
    summary.textContent =
      room.by === 'none'
        ? 'No votes yet.'
        : `The room takes ${letter}${room.by === 'tie' ? ' (a tie: the first of the tied choices)' : room.by === 'trainer' ? ' (your choice)' : ''}.`;
  }
  box.hidden = false;
}

/** Starts following the presenter view. `root` holds the notes sections. */
export function followPresenter(root: HTMLElement): void {
  const id = root.dataset['speakerNotes'];
  if (!id || typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(channelName(id));
  const bar = root.querySelector<HTMLElement>('[data-notes-bar]')!;
  const status = root.querySelector<HTMLElement>('[data-notes-status]')!;
  const slideName = root.querySelector<HTMLElement>('[data-notes-slide]')!;
  const clock = root.querySelector<HTMLElement>('[data-notes-timer]')!;
  const blank = root.querySelector<HTMLElement>('[data-command="blank"]')!;
  const sections = [...root.querySelectorAll<HTMLElement>('[data-notes]')];
  let timer: TimerState = stoppedTimer;
  let ticking: ReturnType<typeof setInterval> | undefined;
  bar.hidden = false;

  const send = (command: Command) => channel.postMessage({ kind: 'command', command } satisfies ChannelMessage);
  const showClock = () => (clock.textContent = formatElapsed(elapsed(timer, Date.now())));

  channel.onmessage = (event: MessageEvent) => {
    const message: unknown = event.data;
    if (!isChannelMessage(message)) return;
    if (message.kind === 'bye') {
      status.textContent = 'The presenter view has closed.';
      return;
    }
    if (message.kind !== 'state') return;
    const { state } = message;
    status.textContent = 'Following the presenter view.';
    root.classList.add('notes--following');
    const current = sectionFor(state);
    for (const section of sections) section.hidden = section.dataset['notes'] !== current;
    const shown = sections.find((s) => !s.hidden);
    if (shown) showVotes(shown, state);
    const step = state.game.history.length + 1;
    slideName.textContent = `On the projector: ${SLIDE_NAMES[state.slide]}${['situation', 'discuss', 'reveal'].includes(state.slide) ? ` (step ${step})` : ''}${state.blank ? '. The screen is blank.' : ''}`;
    blank.setAttribute('aria-pressed', String(state.blank));
    timer = message.timer;
    showClock();
    clearInterval(ticking);
    if (isRunning(timer)) ticking = setInterval(showClock, 1000);
  };

  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-command]') : null;
    if (button) send(button.dataset['command'] as Command);
  });
  document.addEventListener('keydown', (event) => {
    const c = keyCommand(event);
    if (c === 'next' || c === 'prev' || c === 'blank' || c === 'timer') {
      event.preventDefault();
      send(c);
    }
  });
  channel.postMessage({ kind: 'hello' } satisfies ChannelMessage);
}
