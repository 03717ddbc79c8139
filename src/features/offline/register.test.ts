/**
 * When the offline worker is registered: after the load event, after the islands that
 * hydrate on arrival have hydrated (or 10 s), and when the browser is idle; never where
 * there are no service workers. The window, document and islands are stand-ins.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { registerOfflineWorker, WORKER_URL } from './register.ts';

interface Island {
  client: string;
  ssr: boolean;
}

/** A stand-in window: its load event, idle callbacks and islands are run by the test. */
function fakeWindow({ loaded = false, islands = [] as Island[], workers = true } = {}) {
  const register = vi.fn(() => Promise.resolve());
  let onLoad: (() => void) | undefined;
  const idle: (() => void)[] = [];
  const document = {
    readyState: loaded ? 'complete' : 'loading',
    querySelectorAll: () =>
      islands.filter((i) => i.ssr).map((i) => ({ getAttribute: (name: string) => (name === 'client' ? i.client : null) })),
  };
  const win = {
    navigator: workers ? { serviceWorker: { register } } : {},
    document,
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'load') onLoad = listener;
    },
    requestIdleCallback: (callback: () => void) => idle.push(callback),
  };
  return {
    win: win as unknown as Window,
    register,
    load: () => onLoad?.(),
    idle: () => idle.splice(0).forEach((callback) => callback()),
  };
}

/** MutationObserver stand-in: the test says when an attribute changed. */
let observers: (() => void)[] = [];
beforeEach(() => {
  observers = [];
  vi.useFakeTimers();
  vi.stubGlobal(
    'MutationObserver',
    class {
      private readonly callback: () => void;
      constructor(callback: () => void) {
        this.callback = callback;
      }
      observe() {
        observers.push(this.callback);
      }
      disconnect() {
        observers = observers.filter((o) => o !== this.callback);
      }
    },
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
const attributesChanged = () => [...observers].forEach((o) => o());

test('waits for the load event, then for the browser to be idle', () => {
  const page = fakeWindow();
  registerOfflineWorker(page.win);
  page.idle();
  expect(page.register).not.toHaveBeenCalled();
  page.load();
  expect(page.register).not.toHaveBeenCalled();
  page.idle();
  expect(page.register).toHaveBeenCalledExactlyOnceWith(WORKER_URL);
});

test('on a page already loaded, waits only for the browser to be idle', () => {
  const page = fakeWindow({ loaded: true });
  registerOfflineWorker(page.win);
  expect(page.register).not.toHaveBeenCalled();
  page.idle();
  expect(page.register).toHaveBeenCalledOnce();
});

test('waits for islands that hydrate on arrival, but not for one that waits to be seen', () => {
  const presenter = { client: 'idle', ssr: true };
  const player = { client: 'visible', ssr: true };
  const page = fakeWindow({ loaded: true, islands: [presenter, player] });
  registerOfflineWorker(page.win);
  page.idle();
  expect(page.register).not.toHaveBeenCalled();
  presenter.ssr = false;
  attributesChanged();
  page.idle();
  expect(page.register).toHaveBeenCalledOnce();
  expect(observers).toHaveLength(0);
});

test('registers after 10 s even if an island never hydrates', () => {
  const page = fakeWindow({ loaded: true, islands: [{ client: 'load', ssr: true }] });
  registerOfflineWorker(page.win);
  vi.advanceTimersByTime(9_999);
  page.idle();
  expect(page.register).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  page.idle();
  expect(page.register).toHaveBeenCalledOnce();
  expect(observers).toHaveLength(0);
});

test('does nothing where the browser has no service workers', () => {
  const page = fakeWindow({ loaded: true, workers: false });
  expect(() => {
    registerOfflineWorker(page.win);
    page.idle();
  }).not.toThrow();
  expect(page.register).not.toHaveBeenCalled();
});
