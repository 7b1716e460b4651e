/**
 * The one table of what the URL holds: each entry maps a piece of the store's state to its query
 * parameters, how to read them (zod, falling back to the default field by field with `.catch()`,
 * as TanStack Router advises for search params) and write them, and whether a change is a
 * deliberate move that gets its own history entry ("push") or a continuous one that replaces the
 * current entry ("replace"), like excalidraw's APP_STATE_STORAGE_CONF. Adding a piece of state to
 * links is one entry here.
 */
import { z } from 'zod';
import { eventKindSchema, slugSchema, type EventList } from '../model/event-list.ts';
import type { DatelineState } from '../store/store.ts';
import { formatInstant, parseInstant } from './instant-format.ts';

/** The raw values of an entry's parameters; a parameter missing from the URL is undefined. */
export type RawParams = Readonly<Record<string, string | undefined>>;

export interface UrlKey<Value> {
  /** The query parameters this state is written to, in the order they appear in links. */
  params: readonly string[];
  /** "push": Back returns to the state before the change. "replace": throttled, no new entry. */
  history: 'push' | 'replace';
  /** Reads the raw parameters; never throws: malformed values give the default. */
  schema: z.ZodType<Value, RawParams>;
  /** The parameters to write; a parameter left out (the default) does not appear in the link. */
  format: (value: Value) => Partial<Record<string, string>>;
  /**
   * Checks the value against the loaded events (a link may name an event that is not there):
   * returns what to apply and, when something was dropped, a notice saying what, for a reader.
   */
  check?: (value: Value, eventList: EventList) => Checked<Value>;
}

export interface Checked<Value> {
  value: Value;
  notice?: string;
}

function quoteList(values: readonly string[]): string {
  return values.map((value) => `“${value}”`).join(', ');
}

/** A comma-separated list: parts that fail `item` are dropped, duplicates kept once. */
function listParam<Item extends string>(param: string, item: z.ZodType<Item>): UrlKey<Item[]>['schema'] {
  return z
    .object({ [param]: z.string().optional() })
    .transform((raw) => {
      const parts = (raw[param] ?? '').split(',').map((part) => part.trim());
      const items = parts.flatMap((part) => {
        const parsed = item.safeParse(part);
        return parsed.success ? [parsed.data] : [];
      });
      return [...new Set(items)];
    })
    .catch([]);
}

function formatList(param: string, values: readonly string[]): Partial<Record<string, string>> {
  return values.length > 0 ? { [param]: values.join(',') } : {};
}

const windowSchema = z
  .object({ from: z.string().optional(), to: z.string().optional() })
  .transform(({ from, to }) => {
    const start = from === undefined ? null : parseInstant(from);
    const end = to === undefined ? null : parseInstant(to);
    // Both ends, in order, or the default: fit all events.
    return start !== null && end !== null && start < end ? { start, end } : null;
  })
  .catch(null);

export const URL_KEYS = {
  selectedEventId: {
    params: ['event'],
    history: 'push',
    schema: z
      .object({ event: slugSchema.optional() })
      .transform(({ event }) => event ?? null)
      .catch(null),
    format: (eventId) => (eventId === null ? {} : { event: eventId }),
    check: (eventId, eventList) =>
      eventId === null || eventList.events.some((event) => event.id === eventId)
        ? { value: eventId }
        : { value: null, notice: `This link names an event that is not in this timeline (${quoteList([eventId])}).` },
  },
  readerFile: {
    params: ['article'],
    history: 'push',
    schema: z
      .object({ article: z.string().min(1).max(1000).optional() })
      .transform(({ article }) => article ?? null)
      .catch(null),
    format: (file) => (file === null ? {} : { article: file }),
    check: (file, eventList) =>
      file === null || eventList.articles.some((article) => article.file === file)
        ? { value: file }
        : { value: null, notice: `This link opens an article that is not in this timeline (${quoteList([file])}).` },
  },
  actorFilter: {
    params: ['actors'],
    history: 'push',
    schema: listParam('actors', slugSchema),
    format: (actorIds) => formatList('actors', actorIds),
    check: (actorIds, eventList) => {
      const known = new Set(eventList.actors.map((actor) => actor.id));
      const unknown = actorIds.filter((actorId) => !known.has(actorId));
      const value = actorIds.filter((actorId) => known.has(actorId));
      if (unknown.length === 0) return { value };
      const noun = unknown.length === 1 ? 'an actor' : 'actors';
      return {
        value,
        notice: `This link filters by ${noun} not in this timeline (${quoteList(unknown)}); the filter leaves them out.`,
      };
    },
  },
  kindFilter: {
    params: ['kinds'],
    history: 'push',
    schema: listParam('kinds', eventKindSchema),
    format: (kinds) => formatList('kinds', kinds),
  },
  matchMode: {
    params: ['match'],
    history: 'push',
    schema: z
      .object({ match: z.enum(['any', 'all']).optional() })
      .transform(({ match }) => match ?? 'any')
      .catch('any'),
    format: (mode) => (mode === 'any' ? {} : { match: mode }),
  },
  visibleWindow: {
    params: ['from', 'to'],
    history: 'replace',
    schema: windowSchema,
    format: (window) => {
      const from = window && formatInstant(window.start);
      const to = window && formatInstant(window.end);
      return from && to ? { from, to } : {};
    },
  },
} satisfies { [Key in keyof DatelineState]?: UrlKey<DatelineState[Key]> };

/** The part of the store's state that links hold. */
export type UrlView = Pick<DatelineState, keyof typeof URL_KEYS>;

/** The table, typed per key so that generic code reading key K gets UrlView[K]. */
export const URL_KEY_TABLE: { readonly [Key in keyof UrlView]: UrlKey<UrlView[Key]> } = URL_KEYS;

/** The table's keys, in link order. Object.keys is typed string[]; the table is our own literal. */
export const URL_VIEW_KEYS = Object.keys(URL_KEYS) as (keyof UrlView)[];
