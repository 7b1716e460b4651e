/**
 * Everything derived from the store's source state. Selectors that build arrays are memoised on
 * their inputs so that components re-render only when the result really changes.
 */
import { eventKindSchema, type Actor, type Article, type EventKind, type TimelineEvent } from '../model/event-list.ts';
import type { DatelineState } from './store.ts';

const NO_EVENTS: TimelineEvent[] = [];
const NO_ACTORS: Actor[] = [];

export const selectEvents = (state: DatelineState): TimelineEvent[] => state.eventList?.events ?? NO_EVENTS;
export const selectActors = (state: DatelineState): Actor[] => state.eventList?.actors ?? NO_ACTORS;

/** Does `event` pass the actor and kind filters? */
export function matchesFilters(
  event: TimelineEvent,
  filters: Pick<DatelineState, 'actorFilter' | 'kindFilter' | 'matchMode'>,
): boolean {
  if (filters.kindFilter.length > 0 && !filters.kindFilter.includes(event.kind)) return false;
  if (filters.actorFilter.length === 0) return true;
  return filters.matchMode === 'all'
    ? filters.actorFilter.every((actorId) => event.actors.includes(actorId))
    : filters.actorFilter.some((actorId) => event.actors.includes(actorId));
}

let visibleCache: { key: unknown[]; value: TimelineEvent[] } | undefined;

/** Events that pass the filters, in time order (the compiler already sorts them). */
export function selectVisibleEvents(state: DatelineState): TimelineEvent[] {
  const key = [state.eventList, state.actorFilter, state.kindFilter, state.matchMode];
  if (visibleCache && visibleCache.key.every((part, index) => part === key[index])) return visibleCache.value;
  const events = selectEvents(state);
  const value = events.filter((event) => matchesFilters(event, state));
  visibleCache = { key, value };
  return value;
}

export function selectSelectedEvent(state: DatelineState): TimelineEvent | undefined {
  const id = state.selectedEventId;
  return id === null ? undefined : selectEvents(state).find((event) => event.id === id);
}

export function selectActorById(state: DatelineState, actorId: string): Actor | undefined {
  return selectActors(state).find((actor) => actor.id === actorId);
}

/** An actor with the number of events they take part in (over all events, not the filtered ones). */
export interface ActorCount {
  actor: Actor;
  count: number;
}

/** An event kind present in the data, with its number of events. */
export interface KindCount {
  kind: EventKind;
  count: number;
}

let actorCountsCache: { eventList: unknown; value: ActorCount[] } | undefined;

/**
 * Every actor who takes part in at least one event, most events first, then by name. Counts are
 * over all events so that the list keeps its order while the user ticks boxes.
 */
export function selectActorCounts(state: DatelineState): ActorCount[] {
  if (actorCountsCache?.eventList === state.eventList) return actorCountsCache.value;
  const counts = new Map<string, number>();
  for (const event of selectEvents(state)) {
    for (const actorId of new Set(event.actors)) counts.set(actorId, (counts.get(actorId) ?? 0) + 1);
  }
  const value = selectActors(state)
    .map((actor) => ({ actor, count: counts.get(actor.id) ?? 0 }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.actor.name.localeCompare(b.actor.name));
  actorCountsCache = { eventList: state.eventList, value };
  return value;
}

let kindCountsCache: { eventList: unknown; value: KindCount[] } | undefined;

/** Every kind that has events, most events first, then in the schema's order. */
export function selectKindCounts(state: DatelineState): KindCount[] {
  if (kindCountsCache?.eventList === state.eventList) return kindCountsCache.value;
  const counts = new Map<EventKind, number>();
  for (const event of selectEvents(state)) counts.set(event.kind, (counts.get(event.kind) ?? 0) + 1);
  const order = eventKindSchema.options;
  const value = [...counts]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.kind) - order.indexOf(b.kind));
  kindCountsCache = { eventList: state.eventList, value };
  return value;
}

/** True when any actor or kind filter is on (match mode alone filters nothing). */
export function selectIsFiltered(state: DatelineState): boolean {
  return state.actorFilter.length > 0 || state.kindFilter.length > 0;
}

// --- Selection: neighbours, related events, the list grouped by date -------------------------

/** The events before and after the selected one among the visible events, in time order. */
export interface Neighbours {
  previous: TimelineEvent | undefined;
  next: TimelineEvent | undefined;
  first: TimelineEvent | undefined;
  last: TimelineEvent | undefined;
  /** 1-based position of the selected event among the visible ones; 0 when it is not one of them. */
  position: number;
  count: number;
}

let neighboursCache: { key: unknown[]; value: Neighbours } | undefined;

/**
 * Previous and next visible events around the selection. When the selected event is hidden by the
 * filter, its neighbours are the nearest visible events on either side of it in time order; with
 * nothing selected, "next" is the first event and "previous" the last.
 */
export function selectNeighbours(state: DatelineState): Neighbours {
  const visible = selectVisibleEvents(state);
  const key = [visible, state.selectedEventId, state.eventList];
  if (neighboursCache && neighboursCache.key.every((part, index) => part === key[index])) return neighboursCache.value;
  const first = visible[0];
  const last = visible.at(-1);
  const base = { first, last, count: visible.length };
  let value: Neighbours;
  const index = visible.findIndex((event) => event.id === state.selectedEventId);
  if (state.selectedEventId === null) {
    value = { ...base, previous: last, next: first, position: 0 };
  } else if (index >= 0) {
    value = { ...base, previous: visible[index - 1], next: visible[index + 1], position: index + 1 };
  } else {
    const order = new Map(selectEvents(state).map((event, at) => [event.id, at]));
    const selectedAt = order.get(state.selectedEventId) ?? -1;
    const after = visible.findIndex((event) => (order.get(event.id) ?? -1) > selectedAt);
    value = {
      ...base,
      previous: after === -1 ? last : visible[after - 1],
      next: after === -1 ? undefined : visible[after],
      position: 0,
    };
  }
  neighboursCache = { key, value };
  return value;
}

/** Actor ids of an event, the quote's speaker included. */
function actorsOf(event: TimelineEvent): string[] {
  const speaker = event.quote?.speaker;
  return speaker !== undefined && !event.actors.includes(speaker) ? [...event.actors, speaker] : event.actors;
}

let relatedCache: { key: unknown[]; value: TimelineEvent[] } | undefined;

/** The other events that share an actor with the selected one, in time order (filters aside). */
export function selectRelatedEvents(state: DatelineState): TimelineEvent[] {
  const key = [state.eventList, state.selectedEventId];
  if (relatedCache && relatedCache.key.every((part, index) => part === key[index])) return relatedCache.value;
  const selected = selectSelectedEvent(state);
  const actors = new Set(selected ? actorsOf(selected) : []);
  const value = selected
    ? selectEvents(state).filter(
        (event) => event.id !== selected.id && actorsOf(event).some((actorId) => actors.has(actorId)),
      )
    : NO_EVENTS;
  relatedCache = { key, value };
  return value;
}

/** Visible events that fall on the same date (same start and precision), in time order. */
export interface EventDateGroup {
  /** The shared date: `start` at `precision`, e.g. "2025-09-24" or "2022-02". */
  start: string;
  precision: TimelineEvent['date']['precision'];
  events: TimelineEvent[];
}

let groupsCache: { key: unknown[]; value: EventDateGroup[] } | undefined;

/** The visible events grouped by date; consecutive events with the same date share a group. */
export function selectVisibleEventGroups(state: DatelineState): EventDateGroup[] {
  const visible = selectVisibleEvents(state);
  if (groupsCache && groupsCache.key[0] === visible) return groupsCache.value;
  const groups: EventDateGroup[] = [];
  for (const event of visible) {
    const current = groups.at(-1);
    if (current && current.start === event.date.start && current.precision === event.date.precision) {
      current.events.push(event);
    } else {
      groups.push({ start: event.date.start, precision: event.date.precision, events: [event] });
    }
  }
  groupsCache = { key: [visible], value: groups };
  return groups;
}

/** The article a file name refers to, if the event list has it. */
export function selectArticle(state: DatelineState, file: string | null): Article | undefined {
  return file === null ? undefined : state.eventList?.articles.find((article) => article.file === file);
}
