/**
 * Everything derived from the store's source state. Selectors that build arrays are memoised on
 * their inputs so that components re-render only when the result really changes.
 */
import type { Actor, TimelineEvent } from '../model/event-list.ts';
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
