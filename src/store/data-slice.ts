import type { StateCreator } from 'zustand';
import type { EventList } from '../model/event-list.ts';
import type { DatelineState } from './store.ts';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface DataSlice {
  /** The compiled, validated event list; null until loaded. */
  eventList: EventList | null;
  loadStatus: LoadStatus;
  loadError: string | null;
  setEventList: (eventList: EventList) => void;
  setLoadError: (message: string) => void;
}

export const createDataSlice: StateCreator<DatelineState, [], [], DataSlice> = (set) => ({
  eventList: null,
  loadStatus: 'loading',
  loadError: null,
  setEventList: (eventList) => set({ eventList, loadStatus: 'ready', loadError: null }),
  setLoadError: (message) => set({ loadStatus: 'error', loadError: message }),
});
