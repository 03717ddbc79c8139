/**
 * Messages between the presenter view and its speaker notes window. They travel by
 * BroadcastChannel, which only joins pages of the same site open in the same browser:
 * nothing leaves the computer and nothing is stored.
 */
import type { PresenterState } from './presenter.ts';
import type { TimerState } from './timer.ts';

/** The channel for one scenario, so two scenarios open at once do not cross. */
export function channelName(scenarioId: string): string {
  return `right-conversation-training:${scenarioId}`;
}

/** What the notes window can ask the presenter view to do. */
export type Command = 'next' | 'prev' | 'blank' | 'timer' | 'timer-reset';
export const COMMANDS: readonly Command[] = ['next', 'prev', 'blank', 'timer', 'timer-reset'];

export type ChannelMessage =
  /** From the notes window when it opens: please send the state. */
  | { kind: 'hello' }
  /** From the presenter view after every change. */
  | { kind: 'state'; state: PresenterState; timer: TimerState }
  /** From the notes window: the trainer pressed a key or a button there. */
  | { kind: 'command'; command: Command }
  /** From the presenter view when it closes or restarts. */
  | { kind: 'bye' };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** True for a message of the shape above; anything else on the channel is ignored. */
export function isChannelMessage(data: unknown): data is ChannelMessage {
  if (!isObject(data)) return false;
  switch (data['kind']) {
    case 'hello':
    case 'bye':
      return true;
    case 'command':
      return COMMANDS.includes(data['command'] as Command);
    case 'state':
      return isObject(data['state']) && typeof data['state']['slide'] === 'string' && isObject(data['timer']);
    default:
      return false;
  }
}
