import type { StateCreator } from 'zustand';
import type { EventKind } from '../model/event-list.ts';
import type { DatelineState } from './store.ts';

export type MatchMode = 'any' | 'all';

export interface FilterSlice {
  /** Actor ids checked in the actor filter; empty means no actor filter. */
  actorFilter: string[];
  /** Event kinds checked; empty means every kind. */
  kindFilter: EventKind[];
  /** Whether an event needs any or all of the checked actors. */
  matchMode: MatchMode;
  toggleActor: (actorId: string) => void;
  setActorFilter: (actorIds: string[]) => void;
  toggleKind: (kind: EventKind) => void;
  setKindFilter: (kinds: EventKind[]) => void;
  setMatchMode: (mode: MatchMode) => void;
  clearFilters: () => void;
}

function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((entry) => entry !== value) : [...values, value];
}

export const createFilterSlice: StateCreator<DatelineState, [], [], FilterSlice> = (set) => ({
  actorFilter: [],
  kindFilter: [],
  matchMode: 'any',
  toggleActor: (actorId) => set((state) => ({ actorFilter: toggle(state.actorFilter, actorId) })),
  setActorFilter: (actorFilter) => set({ actorFilter }),
  toggleKind: (kind) => set((state) => ({ kindFilter: toggle(state.kindFilter, kind) })),
  setKindFilter: (kindFilter) => set({ kindFilter }),
  setMatchMode: (matchMode) => set({ matchMode }),
  clearFilters: () => set({ actorFilter: [], kindFilter: [], matchMode: 'any' }),
});
