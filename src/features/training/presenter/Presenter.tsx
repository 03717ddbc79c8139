/**
 * The presenter view of a scenario, for a projector: a thin shell over the presenter
 * reducer (src/features/training/presenter.ts), which drives the scenario engine. It adds
 * what only a browser can: keys and clickers, the timer's clock, full screen, the speaker
 * notes window (kept in step by BroadcastChannel) and focus. Nothing is stored or sent.
 */
import { useCallback, useEffect, useReducer, useRef, useState, type ReactNode } from 'react';
import { channelName, isChannelMessage, type ChannelMessage, type Command } from '../channel.ts';
import { initialPresenterState, presenterReducer, type PresenterAction, type PresenterState, type Slide } from '../presenter.ts';
import { isRunning, stoppedTimer, toggleTimer, type TimerState } from '../timer.ts';
import type { PresenterProps } from '../types.ts';
import { keyCommand } from '../keys.ts';
import { ChecklistResultSlide, ChecklistSlide } from './ChecklistSlides.tsx';
import { DebriefSlide } from './DebriefSlide.tsx';
import { ChecklistEndingSlide, EndingSlide } from './EndingSlide.tsx';
import { CaseSlide, TitleSlide } from './IntroSlides.tsx';
import type { SlideProps } from './slide-props.ts';
import { DiscussSlide, RevealSlide, SituationSlide } from './StepSlides.tsx';
import Toolbar from './Toolbar.tsx';

const SLIDES: Record<Slide, (props: SlideProps) => ReactNode> = {
  title: TitleSlide,
  case: CaseSlide,
  checklist: ChecklistSlide,
  'checklist-result': ChecklistResultSlide,
  'checklist-ending': ChecklistEndingSlide,
  situation: SituationSlide,
  discuss: DiscussSlide,
  reveal: RevealSlide,
  ending: EndingSlide,
  debrief: DebriefSlide,
};

export default function Presenter(data: PresenterProps) {
  const { scenario, scenarioId, notesHref = `/training/notes/${scenarioId}/` } = data;
  const [state, dispatch] = useReducer(
    (s: PresenterState, a: PresenterAction) => presenterReducer(scenario, s, a),
    undefined,
    initialPresenterState,
  );
  const [timer, setTimer] = useState<TimerState>(stoppedTimer);
  const [now, setNow] = useState(0);
  const [fullscreen, setFullscreen] = useState(false);
  const [message, setMessage] = useState('');
  const root = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  // Where focus goes after a change of slide: the new heading, unless a toolbar button was used.
  const focusHeading = useRef(false);

  const go = useCallback((type: 'next' | 'prev', fromButton = false) => {
    focusHeading.current = !fromButton;
    dispatch({ type });
  }, []);
  const toggleTimerNow = useCallback(() => {
    const t = Date.now();
    setNow(t);
    setTimer((timer) => toggleTimer(timer, t));
  }, []);
  const resetTimer = useCallback(() => setTimer(stoppedTimer), []);
  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else
      void root.current
        ?.requestFullscreen()
        .catch(() => setMessage('This browser did not allow full screen. Try your browser’s own full screen key (often F11).'));
  }, []);
  const openNotes = useCallback(() => {
    const notes = window.open(notesHref, `speaker-notes-${scenarioId}`, 'popup,width=1000,height=760');
    setMessage(
      notes
        ? 'The speaker notes are open in another window. They follow this one.'
        : 'The browser blocked the new window. Use the speaker notes link below this view instead.',
    );
  }, [scenarioId, notesHref]);

  const command = useCallback(
    (c: Command) => {
      if (c === 'next' || c === 'prev') go(c, true);
      else if (c === 'blank') dispatch({ type: 'blank' });
      else if (c === 'timer') toggleTimerNow();
      else resetTimer();
    },
    [go, toggleTimerNow, resetTimer],
  );

  // Keys and clickers.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const c = keyCommand(event);
      if (!c || (c === 'next' && event.key === ' ' && state.slide === 'debrief')) return;
      event.preventDefault();
      if (c === 'next' || c === 'prev') go(c);
      else if (c === 'blank') dispatch({ type: 'blank' });
      else if (c === 'fullscreen') toggleFullscreen();
      else if (c === 'timer') toggleTimerNow();
      else openNotes();
    };
    document.addEventListener('keydown', onKey);
    // Keys work from now on (this effect runs after hydration, with the notes channel's): the
    // browser tests wait for this mark before pressing keys, as a key pressed sooner is lost.
    root.current?.setAttribute('data-ready', '');
    return () => document.removeEventListener('keydown', onKey);
  }, [go, toggleFullscreen, toggleTimerNow, openNotes, state.slide]);

  // Full screen may also end with Escape, so follow the browser rather than our own flag.
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement === root.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // The clock ticks once a second while the timer runs; it is shown, not announced.
  useEffect(() => {
    if (!isRunning(timer)) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [timer]);

  // The speaker notes window: answer its hello, obey its commands, send every change.
  const latest = useRef<ChannelMessage>({ kind: 'state', state, timer });
  latest.current = { kind: 'state', state, timer };
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(channelName(scenarioId));
    channel.current = bc;
    bc.onmessage = (event: MessageEvent) => {
      if (!isChannelMessage(event.data)) return;
      if (event.data.kind === 'hello') bc.postMessage(latest.current);
      else if (event.data.kind === 'command') command(event.data.command);
    };
    const bye = () => bc.postMessage({ kind: 'bye' } satisfies ChannelMessage);
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bc.close();
      channel.current = null;
    };
  }, [scenarioId, command]);
  useEffect(() => {
    channel.current?.postMessage({ kind: 'state', state, timer } satisfies ChannelMessage);
  }, [state, timer]);

  // A new slide: move focus to its heading (or keep it on the button that was pressed).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (focusHeading.current) {
      heading.current?.focus();
      setMessage('');
    } else setMessage(`Now showing: ${heading.current?.textContent ?? ''}`);
  }, [state.slide, state.game.history.length]);

  const Current = SLIDES[state.slide];
  const props: SlideProps = { data, state, dispatch, headingRef: heading };
  return (
    <section ref={root} className={`presenter presenter--${state.slide}`} aria-label={`Presenter view: ${scenario.title}`}>
      <div className="presenter__stage" inert={state.blank}>
        <div className={`slide slide--${state.slide}`}>
          <Current {...props} />
        </div>
        {state.notice === 'needs-choice' && (
          <p className="presenter__notice" role="alert">
            Enter the room's votes, or choose for the room, before you reveal the consequences.
          </p>
        )}
      </div>
      <Toolbar
        slide={state.slide}
        blank={state.blank}
        fullscreen={fullscreen}
        timer={timer}
        now={now}
        onNext={() => go('next', true)}
        onPrev={() => go('prev', true)}
        onTimer={toggleTimerNow}
        onTimerReset={resetTimer}
        onBlank={() => dispatch({ type: 'blank' })}
        onFullscreen={toggleFullscreen}
        onNotes={openNotes}
        onRestart={() => {
          if (window.confirm('Start again? The votes so far will be cleared.')) dispatch({ type: 'restart' });
        }}
      />
      <p className="presenter__status" role="status">
        {message}
      </p>
      {state.blank && (
        <div className="presenter__blank" onClick={() => dispatch({ type: 'blank', on: false })}>
          <p className="visually-hidden">The screen is blank. Press B to show it again.</p>
        </div>
      )}
    </section>
  );
}
