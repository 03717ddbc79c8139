import { describe, expect, it } from 'vitest';
import { channelName, isChannelMessage } from './channel.ts';
import { initialPresenterState } from './presenter.ts';
import { stoppedTimer } from './timer.ts';

describe('the presenter channel', () => {
  it('has one channel per scenario', () => {
    expect(channelName('leo-goes-quiet')).not.toBe(channelName('chloe-and-oscar'));
  });

  it('accepts the messages the two windows send', () => {
    expect(isChannelMessage({ kind: 'hello' })).toBe(true);
    expect(isChannelMessage({ kind: 'command', command: 'next' })).toBe(true);
    expect(isChannelMessage({ kind: 'state', state: initialPresenterState(), timer: stoppedTimer })).toBe(true);
  });

  it('ignores anything else', () => {
    for (const junk of [null, 'next', { kind: 'command', command: 'reload' }, { kind: 'state', state: {} }, { kind: 'state' }]) {
      expect(isChannelMessage(junk)).toBe(false);
    }
  });
});
