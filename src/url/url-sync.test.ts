import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialDatelineState, useDatelineStore } from '../store/store.ts';
import { testEventList } from './test-event-list.ts';
import { startUrlSync, type BrowserWindow } from './url-sync.ts';

/** A browser history in memory: entries, a current index, and popstate on back/forward. */
class FakeWindow implements BrowserWindow {
  entries: string[];
  index = 0;
  pushes = 0;
  replaces = 0;
  private listeners = new Set<() => void>();
  readonly history = {
    state: null,
    pushState: (_data: unknown, _unused: string, url: string) => {
      this.entries = [...this.entries.slice(0, this.index + 1), url];
      this.index += 1;
      this.pushes += 1;
    },
    replaceState: (_data: unknown, _unused: string, url: string) => {
      this.entries[this.index] = url;
      this.replaces += 1;
    },
  };

  constructor(url: string) {
    this.entries = [url];
  }

  get location() {
    const url = new URL(this.entries[this.index] ?? '/', 'http://localhost');
    return { pathname: url.pathname, search: url.search, hash: url.hash };
  }

  get url(): string {
    return this.entries[this.index] ?? '';
  }

  addEventListener(_type: 'popstate', listener: () => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'popstate', listener: () => void): void {
    this.listeners.delete(listener);
  }

  go(delta: number): void {
    this.index += delta;
    for (const listener of this.listeners) listener();
  }
}

const rubioMeeting = '2025-09-24-meeting-marco-rubio-sergey-lavrov';
const rubioQuote = '2025-09-24-quote-marco-rubio';
const store = useDatelineStore;
const settle = () => Promise.resolve();

describe('URL sync', () => {
  let stop: (() => void) | undefined;

  beforeEach(() => {
    vi.useFakeTimers();
    store.setState(initialDatelineState, true);
  });

  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  it('applies a link once the events load, with a notice for what does not exist', () => {
    const win = new FakeWindow(`/?event=${rubioQuote}&actors=marco-rubio,nobody&match=all#top`);
    stop = startUrlSync(store, win);
    expect(store.getState().selectedEventId).toBeNull();
    store.getState().setEventList(testEventList);
    const state = store.getState();
    expect(state.selectedEventId).toBe(rubioQuote);
    expect(state.actorFilter).toEqual(['marco-rubio']);
    expect(state.matchMode).toBe('all');
    expect(state.notices.map((notice) => notice.message)).toEqual([expect.stringContaining('“nobody”')]);
    // The address now says what is shown, and no history entry was added for it.
    expect(win.url).toBe(`/?event=${rubioQuote}&actors=marco-rubio&match=all#top`);
    expect(win.entries).toHaveLength(1);
  });

  it('pushes one entry per deliberate move, and Back and Forward step through them', async () => {
    const win = new FakeWindow('/');
    store.getState().setEventList(testEventList);
    stop = startUrlSync(store, win);
    store.getState().selectEvent(rubioMeeting);
    await settle();
    // Two updates in one task (filter, then clearing the selection) make one entry.
    store.getState().toggleActor('sergey-lavrov');
    store.getState().selectEvent(null);
    await settle();
    expect(win.entries).toEqual(['/', `/?event=${rubioMeeting}`, '/?actors=sergey-lavrov']);

    win.go(-1);
    expect(store.getState().selectedEventId).toBe(rubioMeeting);
    expect(store.getState().actorFilter).toEqual([]);
    win.go(-1);
    expect(store.getState().selectedEventId).toBeNull();
    win.go(+2);
    expect(store.getState().actorFilter).toEqual(['sergey-lavrov']);
    await settle();
    vi.runAllTimers();
    // Applying history never writes history.
    expect(win.pushes).toBe(2);
    expect(win.entries).toHaveLength(3);
  });

  it('replaces the entry, at most once per 300 ms, while the window moves', async () => {
    const win = new FakeWindow('/');
    store.getState().setEventList(testEventList);
    stop = startUrlSync(store, win);
    const day = Date.UTC(2025, 8, 20);
    for (let step = 0; step < 10; step += 1) {
      store.getState().setVisibleWindow({ start: day + step * 3_600_000, end: day + 86_400_000 + step * 3_600_000 });
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(300);
    expect(win.pushes).toBe(0);
    expect(win.replaces).toBe(2);
    expect(win.url).toBe('/?from=2025-09-20T09:00Z&to=2025-09-21T09:00Z');

    // Panning then selecting: Back returns to the panned window, without the selection.
    store.getState().setVisibleWindow({ start: day, end: day + 2 * 86_400_000 });
    store.getState().selectEvent(rubioQuote);
    await settle();
    expect(win.entries).toEqual([
      '/?from=2025-09-20&to=2025-09-22',
      `/?event=${rubioQuote}&from=2025-09-20&to=2025-09-22`,
    ]);
  });

  it('stops listening when stopped', async () => {
    const win = new FakeWindow('/');
    store.getState().setEventList(testEventList);
    startUrlSync(store, win)();
    store.getState().selectEvent(rubioQuote);
    await settle();
    expect(win.entries).toEqual(['/']);
  });
});
