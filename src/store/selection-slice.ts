import type { StateCreator } from 'zustand';
import type { DatelineState } from './store.ts';

export interface SelectionSlice {
  /** The event whose details are open; null when the panel is closed. */
  selectedEventId: string | null;
  selectEvent: (eventId: string | null) => void;
}

export const createSelectionSlice: StateCreator<DatelineState, [], [], SelectionSlice> = (set) => ({
  selectedEventId: null,
  selectEvent: (selectedEventId) => set({ selectedEventId }),
});
