import type { StateCreator } from 'zustand';
import type { DatelineState } from './store.ts';

export interface SelectionSlice {
  /** The event whose details are open; null when the panel is closed. */
  selectedEventId: string | null;
  /** The article open in the reader (its `file`); null when the reader is closed. */
  readerFile: string | null;
  selectEvent: (eventId: string | null) => void;
  openReader: (file: string) => void;
  closeReader: () => void;
}

export const createSelectionSlice: StateCreator<DatelineState, [], [], SelectionSlice> = (set) => ({
  selectedEventId: null,
  readerFile: null,
  selectEvent: (selectedEventId) => set({ selectedEventId }),
  openReader: (readerFile) => set({ readerFile }),
  closeReader: () => set({ readerFile: null }),
});
