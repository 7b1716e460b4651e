/**
 * Everything derived from the store's source state. Selectors that build arrays are memoised on
 * their inputs so that components re-render only when the result really changes.
 */
import { eventKindSchema, type Actor, type EventKind, type TimelineEvent } from '../model/event-list.ts';
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
