/** Where the player is: each route's progress and the comparison, as a short list. */
import type { ScenarioState } from '../state.ts';

interface Props {
  state: ScenarioState;
  /** The most steps a conversation path takes, worked out at build time. */
  longest: number;
}

export default function Progress({ state, longest }: Props) {
  const playing = (route: 'checklist' | 'conversation') => state.screen === 'route' && state.route === route;
  const status = (route: 'checklist' | 'conversation'): string => {
    if (state.finished[route]) return 'finished';
    if (!playing(route)) return 'not started';
    if (route === 'checklist') return 'filling in the form';
    return `step ${state.history.length + 1} of up to ${longest}`;
  };
  const current = (yes: boolean) => (yes ? ('step' as const) : undefined);
  return (
    <ol className="player-progress" aria-label="Your progress">
      <li aria-current={current(playing('checklist'))}>Checklist route: {status('checklist')}</li>
      <li aria-current={current(playing('conversation'))}>Conversation route: {status('conversation')}</li>
      <li aria-current={current(state.screen === 'compare')}>
        Debrief:{' '}
        {state.screen === 'compare' ? 'showing' : state.finished.checklist && state.finished.conversation ? 'ready' : 'after both routes'}
      </li>
    </ol>
  );
}
