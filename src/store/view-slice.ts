import type { StateCreator } from 'zustand';
import type { DatelineState } from './store.ts';

/** The visible time window, as epoch milliseconds. */
export interface TimeWindow {
  start: number;
  end: number;
}

export interface ViewSlice {
  /** What the timeline shows; null means "fit all events". */
  visibleWindow: TimeWindow | null;
  setVisibleWindow: (window: TimeWindow | null) => void;
}

export const createViewSlice: StateCreator<DatelineState, [], [], ViewSlice> = (set) => ({
  visibleWindow: null,
  setVisibleWindow: (visibleWindow) => set({ visibleWindow }),
});
