/**
 * Reading and writing the view a link holds, driven by the table in url-keys.ts. Only the table's
 * parameter names are ever looked up, so a link's other keys ("__proto__", "constructor[prototype]")
 * never reach an object.
 */
import type { EventList } from '../model/event-list.ts';
import { URL_KEY_TABLE, URL_VIEW_KEYS, type RawParams, type UrlView } from './url-keys.ts';

function rawParams(params: URLSearchParams, names: readonly string[]): RawParams {
  const raw = new Map<string, string | undefined>(names.map((name) => [name, params.get(name) ?? undefined]));
  return Object.fromEntries(raw);
}

function readKey<Key extends keyof UrlView>(key: Key, params: URLSearchParams): UrlView[Key] {
  const entry = URL_KEY_TABLE[key];
  return entry.schema.parse(rawParams(params, entry.params));
}

function formatKey<Key extends keyof UrlView>(key: Key, view: UrlView): Partial<Record<string, string>> {
  return URL_KEY_TABLE[key].format(view[key]);
}

/** Builds a whole view key by key, so that a new table entry needs no change here. */
function buildView(read: <Key extends keyof UrlView>(key: Key) => UrlView[Key]): UrlView {
  const view: Partial<UrlView> = {};
  const copyKey = <Key extends keyof UrlView>(key: Key): void => {
    view[key] = read(key);
  };
  URL_VIEW_KEYS.forEach(copyKey);
  if (!isWholeView(view)) throw new Error('URL_VIEW_KEYS misses a key of the URL table');
  return view;
}

function isWholeView(view: Partial<UrlView>): view is UrlView {
  return URL_VIEW_KEYS.every((key) => key in view);
}

/** The view a query string ("?event=...&actors=a,b") names; malformed parts give their defaults. */
export function parseUrlView(search: string): UrlView {
  const params = new URLSearchParams(search);
  return buildView((key) => readKey(key, params));
}

/** Keeps commas and colons readable ("actors=a,b", "from=2025-09-20T13:45Z"); both are legal in a query. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/** The query string for a view, "" for the default view, else starting with "?". */
export function formatUrlView(view: UrlView): string {
  const pairs: string[] = [];
  for (const key of URL_VIEW_KEYS) {
    const written = formatKey(key, view);
    for (const param of URL_KEY_TABLE[key].params) {
      const value = written[param];
      if (value !== undefined) pairs.push(`${param}=${encodeValue(value)}`);
    }
  }
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/**
 * How the history should record a change from `before` to `after`: "push" when any deliberate
 * part changed (selection, filters), "replace" when only continuous parts did (the window), null
 * when the link stays the same.
 */
export function historyModeFor(before: UrlView, after: UrlView): 'push' | 'replace' | null {
  let mode: 'push' | 'replace' | null = null;
  for (const key of URL_VIEW_KEYS) {
    if (JSON.stringify(formatKey(key, before)) === JSON.stringify(formatKey(key, after))) continue;
    if (URL_KEY_TABLE[key].history === 'push') return 'push';
    mode = 'replace';
  }
  return mode;
}

/** Picks the linked part out of the store's state. */
export function pickUrlView(state: UrlView): UrlView {
  return buildView((key) => state[key]);
}

export interface ResolvedView {
  view: UrlView;
  /** What the link named that the event list does not have, said for a reader. */
  notices: string[];
}

/**
 * Checks a link's view against the loaded events with each table entry's `check`: what does not
 * exist (an event, actors) is dropped, with a notice saying so; the rest of the view is kept.
 */
export function resolveUrlView(view: UrlView, eventList: EventList): ResolvedView {
  const notices: string[] = [];
  const checkKey = <Key extends keyof UrlView>(key: Key): UrlView[Key] => {
    const check = URL_KEY_TABLE[key].check;
    if (!check) return view[key];
    const checked = check(view[key], eventList);
    if (checked.notice !== undefined) notices.push(checked.notice);
    return checked.value;
  };
  return { view: buildView(checkKey), notices };
}
