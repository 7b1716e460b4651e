/**
 * Keeps the URL and the store in step.
 * - Once the events have loaded, the URL's view is checked against them and applied (notices for
 *   what does not exist), and the URL rewritten in its canonical form.
 * - Deliberate moves (selection, filters: "push" keys) add a history entry, one per task however
 *   many store updates it made; pan and zoom ("replace" keys) replace the current entry, at most
 *   once per `replaceDelayMs`. Before a push, a pending replace is written first so that Back
 *   returns to the window the user last saw.
 * - Back and Forward (popstate) write the entry's view into the store without writing history,
 *   so they never push.
 */
import type { StoreApi } from 'zustand';
import type { DatelineState } from '../store/store.ts';
import type { UrlView } from './url-keys.ts';
import { formatUrlView, historyModeFor, parseUrlView, pickUrlView, resolveUrlView } from './url-view.ts';

/** The part of `window` the sync uses, so that tests can hand it a fake. */
export interface BrowserWindow {
  location: { readonly pathname: string; readonly search: string; readonly hash: string };
  history: {
    readonly state: unknown;
    pushState: (data: unknown, unused: string, url: string) => void;
    replaceState: (data: unknown, unused: string, url: string) => void;
  };
  addEventListener: (type: 'popstate', listener: () => void) => void;
  removeEventListener: (type: 'popstate', listener: () => void) => void;
}

export interface UrlSyncOptions {
  /** The least time between two replaceState calls while panning and zooming. */
  replaceDelayMs?: number;
}

/** Starts syncing; returns the function that stops it (safe under StrictMode's double mount). */
export function startUrlSync(
  store: StoreApi<DatelineState>,
  win: BrowserWindow = window,
  { replaceDelayMs = 300 }: UrlSyncOptions = {},
): () => void {
  let started = false;
  let applying = false;
  let replaceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The view before the first deliberate change of the current task; null when none is queued. */
  let pushBase: UrlView | null = null;

  const currentUrl = (): string => `${win.location.pathname}${win.location.search}${win.location.hash}`;
  const urlFor = (view: UrlView): string => `${win.location.pathname}${formatUrlView(view)}${win.location.hash}`;

  function cancelReplace(): boolean {
    if (replaceTimer === undefined) return false;
    clearTimeout(replaceTimer);
    replaceTimer = undefined;
    return true;
  }

  function replaceWith(view: UrlView): void {
    const url = urlFor(view);
    if (url !== currentUrl()) win.history.replaceState(win.history.state, '', url);
  }

  /** Applies the URL's view to the store: on start, and on Back and Forward. */
  function applyLocation(): void {
    const eventList = store.getState().eventList;
    if (!eventList) return;
    cancelReplace();
    pushBase = null;
    const { view, notices } = resolveUrlView(parseUrlView(win.location.search), eventList);
    applying = true;
    try {
      store.setState(view);
    } finally {
      applying = false;
    }
    for (const message of notices) store.getState().addNotice(message);
    replaceWith(view);
  }

  function flushPush(): void {
    const base = pushBase;
    pushBase = null;
    if (base === null) return;
    if (cancelReplace()) replaceWith(base);
    const url = urlFor(pickUrlView(store.getState()));
    if (url !== currentUrl()) win.history.pushState(null, '', url);
  }

  function scheduleReplace(): void {
    if (replaceTimer !== undefined) return;
    replaceTimer = setTimeout(() => {
      replaceTimer = undefined;
      replaceWith(pickUrlView(store.getState()));
    }, replaceDelayMs);
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (!started) {
      if (state.eventList === null) return;
      started = true;
      applyLocation();
      return;
    }
    if (applying) return;
    const before = pickUrlView(previous);
    const mode = historyModeFor(before, pickUrlView(state));
    if (mode === 'push' && pushBase === null) {
      pushBase = before;
      queueMicrotask(flushPush);
    } else if (mode === 'replace' && pushBase === null) {
      scheduleReplace();
    }
  });

  const onPopState = (): void => applyLocation();
  win.addEventListener('popstate', onPopState);
  if (store.getState().eventList !== null) {
    started = true;
    applyLocation();
  }

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    cancelReplace();
    pushBase = null;
  };
}
